#include "core/constants.h"
#include "core/store/database.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Ambulo;

// Registrations another system sent that were taken to be a record by name and birth date: the
// admin's review (compare, confirm), the undo, and never matching the same numbers again. The
// matching itself is in tst_hl7adt (nameMatchFlaggedOrTurnedOff).
class tst_SamePersonMatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wrongNameMatchUndone();
    void reviewedByAdmins();

private:
    qint64 scalar(const QString &sql, qint64 arg);
    // Patient `id` taken to be the sender's by name: `change` applied, `number` added, noted.
    qint64 matched(qint64 id, const std::function<void(Core::Patient &)> &change,
                   const Core::PatientIdentifier &number);
    Core::PatientService &patients() { return m_t->services().patients(); }
    std::unique_ptr<Test::TestStore> m_t;
};

void tst_SamePersonMatch::init()
{
    m_t = std::make_unique<Test::TestStore>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(m_t->signInAdmin());
}

qint64 tst_SamePersonMatch::scalar(const QString &sql, qint64 arg)
{
    Core::Query q = m_t->store().db().query(sql);
    q.bind(1, arg);
    const qint64 v = q.next() ? q.int64(0) : -1;
    q.finish();
    return v;
}

qint64 tst_SamePersonMatch::matched(qint64 id, const std::function<void(Core::Patient &)> &change,
                                    const Core::PatientIdentifier &number)
{
    // As the HL7 handler does; a restricted record is opened with a reason.
    const Core::Result<Core::Patient> opened =
        patients().open(id, QStringLiteral("name match in a test"));
    if (!opened)
        return 0;
    const Core::Patient before = opened.value();
    Core::Patient after = before;
    change(after);
    if (!patients().update(after)
        || !patients().addIdentifier({id, number.value, number.authority, number.typeCode}))
        return 0;
    if (!patients().noteSamePerson(
            before, after, {number},
            QStringLiteral("ADT^A04 %1 from interface PM").arg(number.value)))
        return 0;
    return patients().samePersonMatches(id)->first().id;
}

// A hospital's registration taken to be a walk-in by name and birth date, found wrong: the admin
// undoes the match. Its numbers come off; what it wrote is put back except what was changed
// again since; the next registration under those numbers makes a record of its own.
void tst_SamePersonMatch::wrongNameMatchUndone()
{
    Core::Patient walkIn =
        Test::samplePatient(QStringLiteral("Rivera"), QStringLiteral("Lucia"), QDate(1984, 2, 12));
    walkIn.addressLine = QStringLiteral("3 Pine Rd");
    walkIn.city = QStringLiteral("Springfield");
    walkIn.state = QStringLiteral("IL");
    walkIn.postalCode = QStringLiteral("62701");
    walkIn.phoneHome = QStringLiteral("(217) 5550000");
    auto created = patients().create(walkIn);
    QVERIFY(created.ok());
    const qint64 lucia = created.value();
    const QString mrn = patients().mrnOf(lucia).value();
    const QString a04 = QFINDTESTDATA("../connectors/hl7/fixtures/adapters/adt_a04_register.hl7");
    QVERIFY(!a04.isEmpty());

    auto [code, out, err] = Test::runAmbulo(*m_t, {"hl7", "import", a04});
    QVERIFY2(code == 0 && out.startsWith(QStringLiteral("AA")), qPrintable(out + err));
    QCOMPARE(patients().findByIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")).value(),
             lucia);
    const Core::Patient matched = patients().open(lucia).value();
    QCOMPARE(matched.addressLine, QStringLiteral("14 Oak Ave, Unit 2"));
    QCOMPARE(matched.email, QStringLiteral("lucia@example.org"));
    const QList<Core::SamePersonMatch> open = patients().samePersonMatches(lucia).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().identifiers.size(), 2);
    QVERIFY2(open.first().source.startsWith(QStringLiteral("ADT^A04 AD0001")),
             qPrintable(open.first().source));

    // The front desk corrects the mobile number after the match; it may not undo the match.
    Core::Patient edited = matched;
    edited.phoneMobile = QStringLiteral("(217) 5550777");
    QVERIFY(patients().update(edited));
    const QString password = m_t->addUser(QStringLiteral("desk3"), Core::Role::FrontDesk);
    QVERIFY(m_t->services().users().signIn(QStringLiteral("desk3"), password).ok());
    auto refused = patients().undoSamePerson(open.first().id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QVERIFY(m_t->signInAdmin());
    QCOMPARE(patients().samePersonMatches(lucia)->size(), 1);

    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "undo-match", mrn, "555-11-2222", "--authority", "SSA"});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("taken off: 900100 (HOSP), 555-11-2222 (SSA)")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("left as they are (check them): mobile phone")),
             qPrintable(out));
    const Core::Patient after = patients().open(lucia).value();
    QCOMPARE(after.addressLine, walkIn.addressLine);
    QCOMPARE(after.postalCode, walkIn.postalCode);
    QCOMPARE(after.phoneHome, walkIn.phoneHome);
    QCOMPARE(after.middle, QString());
    QCOMPARE(after.email, QString());
    QCOMPARE(after.language, QString());
    QCOMPARE(after.phoneMobile, edited.phoneMobile);
    QVERIFY(patients().identifiers(lucia)->isEmpty());
    QCOMPARE(patients().withdrawnIdentifiers(lucia)->size(), 2);
    QVERIFY(patients().samePersonMatches(lucia)->isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'patient.same-person-undo' AND patient_id = ?"),
                    lucia),
             qint64(1));
    // Undone: the numbers are kept (not to be matched again), the copies of the demographics not.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patient_same_person_matches WHERE "
                                   "patient_id = ? AND undone_at IS NOT NULL AND before_fields = "
                                   "'{}' AND after_fields = '{}'"),
                    lucia),
             qint64(1));
    auto again = patients().undoSamePerson(open.first().id);
    QVERIFY(!again);
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "undo-match", mrn, "900100", "--authority", "HOSP"});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral(
                 "No match by name and birth date that is waiting for review gave 900100")),
             qPrintable(err));

    // The hospital registers its patient again (a new message): not matched to Lucia by name
    // again, but a record of its own. Another hospital number still may be matched to her.
    QFile original(a04);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString again04 = dir.filePath(QStringLiteral("again.hl7"));
    QFile copy(again04);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(original.readAll().replace("|AD0001|", "|AD0002|"));
    copy.close();
    std::tie(code, out, err) = Test::runAmbulo(*m_t, {"hl7", "import", again04});
    QVERIFY2(code == 0 && out.startsWith(QStringLiteral("AA")), qPrintable(out + err));
    const qint64 theirs =
        patients().findByIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")).value();
    QVERIFY(theirs != 0 && theirs != lucia);
    QVERIFY(patients().identifiers(lucia)->isEmpty());
    Core::Patient same = walkIn;
    same.id = 0;
    QCOMPARE(patients()
                 .findSamePerson(same, {{0, QStringLiteral("900100"), QStringLiteral("HOSP"), {}}})
                 ->contains(lucia),
             false);
    QCOMPARE(patients()
                 .findSamePerson(same, {{0, QStringLiteral("L-1"), QStringLiteral("LAB"), {}}})
                 ->contains(lucia),
             true);
}

// The admin's list of matches across records: what each changed, compared on request (a read,
// audited, and not of a restricted record without a reason); confirmed ones leave the list and
// can no longer be undone; a match whose number was taken off by hand is not listed.
void tst_SamePersonMatch::reviewedByAdmins()
{
    const auto walkIn = [this](const QString &family, int day, bool restricted) {
        Core::Patient p = Test::samplePatient(family, QStringLiteral("Walk"), QDate(1975, 5, day));
        p.phoneHome = QStringLiteral("(217) 555000%1").arg(day);
        p.restricted = restricted;
        auto id = patients().create(p);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? id.value() : 0;
    };
    const qint64 ann = walkIn(QStringLiteral("Ann"), 1, false);
    const qint64 bob = walkIn(QStringLiteral("Bob"), 2, false);
    const qint64 cara = walkIn(QStringLiteral("Cara"), 3, true);
    const qint64 dan = walkIn(QStringLiteral("Dan"), 4, false);
    QVERIFY(ann && bob && cara && dan);
    const qint64 annMatch =
        matched(ann, [](Core::Patient &p) { p.phoneHome = QStringLiteral("(217) 5550009"); },
                {0, QStringLiteral("H-1"), QStringLiteral("HOSP"), QStringLiteral("MR")});
    const qint64 bobMatch =
        matched(bob, [](Core::Patient &p) { p.email = QStringLiteral("bob@example.org"); },
                {0, QStringLiteral("L-1"), QStringLiteral("LAB"), {}});
    const qint64 caraMatch =
        matched(cara, [](Core::Patient &p) { p.city = QStringLiteral("Shelbyville"); },
                {0, QStringLiteral("H-3"), QStringLiteral("HOSP"), {}});
    const qint64 danMatch = matched(dan, [](Core::Patient &) {},
                                    {0, QStringLiteral("H-4"), QStringLiteral("HOSP"), {}});
    QVERIFY(annMatch && bobMatch && caraMatch && danMatch);
    QVERIFY(patients().removeIdentifier({dan, QStringLiteral("H-4"), QStringLiteral("HOSP"), {}}));

    QList<Core::SamePersonMatch> review = patients().samePersonReview().value();
    QCOMPARE(review.size(), 3);           // Dan's number is off already
    QCOMPARE(review.at(0).id, caraMatch); // newest first
    QCOMPARE(review.at(1).mrn, patients().mrnOf(bob).value());
    QCOMPARE(review.at(1).changed, QStringList{QStringLiteral("email")});
    QCOMPARE(review.at(2).changed, QStringList{QStringLiteral("home phone")});

    // Compared: before, the sender's value, and now (the front desk changed it again since).
    Core::Patient annNow = patients().open(ann).value();
    annNow.phoneHome = QStringLiteral("(217) 5550008");
    QVERIFY(patients().update(annNow));
    const qint64 readsBefore =
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                              "'patient.read' AND detail = 'name match "
                              "review' AND patient_id = ?"),
               ann);
    const QList<Core::SamePersonChange> changes = patients().samePersonChanges(annMatch).value();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().field, QStringLiteral("home phone"));
    QCOMPARE(changes.first().before, QStringLiteral("(217) 5550001"));
    QCOMPARE(changes.first().after, QStringLiteral("(217) 5550009"));
    QCOMPARE(changes.first().now, QStringLiteral("(217) 5550008"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.read' "
                                   "AND detail = 'name match review' AND patient_id = ?"),
                    ann),
             readsBefore + 1);
    // The match on Cara stands for one made before her record was restricted: a match never
    // picks a restricted record itself.
    Core::Patient someCara = patients().open(cara, QStringLiteral("name match in a test")).value();
    someCara.id = 0;
    QVERIFY(patients().findSamePerson(someCara, {})->isEmpty());
    auto restricted = patients().samePersonChanges(caraMatch);
    QVERIFY(!restricted);
    QCOMPARE(restricted.error().code, Core::ErrorCode::Denied);

    // The front desk neither reviews nor confirms.
    const QString password = m_t->addUser(QStringLiteral("desk4"), Core::Role::FrontDesk);
    QVERIFY(m_t->services().users().signIn(QStringLiteral("desk4"), password).ok());
    QCOMPARE(patients().samePersonReview().error().code, Core::ErrorCode::Denied);
    QCOMPARE(patients().confirmSamePerson(annMatch).error().code, Core::ErrorCode::Denied);
    QVERIFY(m_t->signInAdmin());

    // Confirmed: off the list, not undoable, the copies gone, audited; the number stays.
    QVERIFY(patients().confirmSamePerson(annMatch));
    QCOMPARE(patients().samePersonReview()->size(), 2);
    QVERIFY(patients().samePersonMatches(ann)->isEmpty());
    QVERIFY(!patients().undoSamePerson(annMatch));
    QVERIFY(!patients().confirmSamePerson(annMatch));
    QCOMPARE(patients().findByIdentifier(QStringLiteral("H-1"), QStringLiteral("HOSP")).value(),
             ann);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patient_same_person_matches WHERE id = ? "
                                   "AND before_fields = '{}' AND confirmed_at IS NOT NULL"),
                    annMatch),
             qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'patient.same-person-confirm' AND patient_id = ?"),
                    ann),
             qint64(1));

    // The same on the command line.
    const QString bobMrn = patients().mrnOf(bob).value();
    auto [code, out, err] = Test::runAmbulo(*m_t, {"patients", "matches"});
    QVERIFY2(code == 0, qPrintable(err));
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(bobMrn + u'\t'), qPrintable(out));
    QVERIFY2(
        lines.at(1).contains(QStringLiteral("\tL-1^LAB\tADT^A04 L-1 from interface PM\temail")),
        qPrintable(out));
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "confirm-match", bobMrn, "L-1", "--authority", "LAB"});
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(out.trimmed(),
             QStringLiteral("%1: confirmed ADT^A04 L-1 from interface PM").arg(bobMrn));
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "confirm-match", bobMrn, "L-1", "--authority", "LAB"});
    QCOMPARE(code, 1);
    std::tie(code, out, err) = Test::runAmbulo(*m_t, {"patients", "confirm-match", bobMrn, "L-1"});
    QCOMPARE(code, 2);
    std::tie(code, out, err) = Test::runAmbulo(*m_t, {"patients", "matches"});
    QCOMPARE(out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
}

QTEST_GUILESS_MAIN(tst_SamePersonMatch)
#include "tst_samepersonmatch.moc"
