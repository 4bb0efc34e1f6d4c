#include "connectors/sync/patientmerge.h"
#include "connectors/sync/resourcemerge.h"

#include <QJsonArray>
#include <QTest>

using namespace Ambulo;
namespace PatientMerge = Sync::PatientMerge;

namespace {

Core::Patient base()
{
    Core::Patient p;
    p.id = 7;
    p.mrn = QStringLiteral("M0000007");
    p.family = QStringLiteral("Okafor");
    p.given = QStringLiteral("Ada");
    p.birthDate = QDate(1980, 5, 17);
    p.sex = QStringLiteral("female");
    p.addressLine = QStringLiteral("1 Oak St");
    p.city = QStringLiteral("Springfield");
    p.state = QStringLiteral("IL");
    p.postalCode = QStringLiteral("62704");
    p.phoneHome = QStringLiteral("217-555-0100");
    return p;
}

// Applies a named edit, so the rows read as what the two clerks did.
Core::Patient edited(const QString &edit)
{
    Core::Patient p = base();
    if (edit == QLatin1String("phone A"))
        p.phoneHome = QStringLiteral("217-555-0111");
    else if (edit == QLatin1String("phone B"))
        p.phoneHome = QStringLiteral("217-555-0122");
    else if (edit == QLatin1String("city"))
        p.city = QStringLiteral("Chatham");
    else if (edit == QLatin1String("street"))
        p.addressLine = QStringLiteral("9 Elm St");
    else if (edit == QLatin1String("email"))
        p.email = QStringLiteral("ada@example.org");
    else if (edit == QLatin1String("no mrn"))
        p.mrn.clear();
    else if (edit == QLatin1String("mrn 9"))
        p.mrn = QStringLiteral("M0000009");
    else if (edit == QLatin1String("mrn 3"))
        p.mrn = QStringLiteral("M0000003");
    return p;
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void partUnits_data();
    void partUnits();
};

void TestSyncMerge::merge_data()
{
    QTest::addColumn<QString>("baseEdit");
    QTest::addColumn<QString>("localEdit");
    QTest::addColumn<QString>("serverEdit");
    QTest::addColumn<QStringList>("clashes");
    QTest::addColumn<QStringList>("fromServer");
    QTest::addColumn<QStringList>("fromLocal");

    QTest::newRow("nothing changed") << ""
                                     << ""
                                     << "" << QStringList() << QStringList() << QStringList();
    QTest::newRow("phone here, address there")
        << ""
        << "phone A"
        << "city" << QStringList() << QStringList{"address"} << QStringList{"phoneHome"};
    QTest::newRow("same change on both sides")
        << ""
        << "phone A"
        << "phone A" << QStringList() << QStringList() << QStringList();
    QTest::newRow("same field, different values")
        << ""
        << "phone A"
        << "phone B" << QStringList{"phoneHome"} << QStringList() << QStringList();
    // A street from one side and a city from the other is an address nobody lives at.
    QTest::newRow("address is one unit")
        << ""
        << "street"
        << "city" << QStringList{"address"} << QStringList() << QStringList();
    QTest::newRow("server only") << ""
                                 << ""
                                 << "email" << QStringList() << QStringList{"email"}
                                 << QStringList();
    QTest::newRow("local only") << ""
                                << "email"
                                << "" << QStringList() << QStringList() << QStringList{"email"};
    QTest::newRow("server's first MRN wins")
        << "no mrn"
        << "mrn 9"
        << "mrn 3" << QStringList() << QStringList{"mrn"} << QStringList();
    QTest::newRow("MRNs changed apart clash")
        << ""
        << "mrn 9"
        << "mrn 3" << QStringList{"mrn"} << QStringList() << QStringList();
}

void TestSyncMerge::merge()
{
    QFETCH(QString, baseEdit);
    QFETCH(QString, localEdit);
    QFETCH(QString, serverEdit);
    QFETCH(QStringList, clashes);
    QFETCH(QStringList, fromServer);
    QFETCH(QStringList, fromLocal);
    const Core::Patient local = edited(localEdit);
    const Core::Patient server = edited(serverEdit);
    const PatientMerge::Outcome out = PatientMerge::merge(edited(baseEdit), local, server);
    QCOMPARE(out.clashes, clashes);
    QCOMPARE(out.fromServer, fromServer);
    QCOMPARE(out.fromLocal, fromLocal);
    QCOMPARE(out.merged.id, local.id);
    if (!clashes.isEmpty())
        return;
    // Every unit holds the side that changed it.
    for (const QString &unit : PatientMerge::fields()) {
        const Core::Patient &expected = fromServer.contains(unit) ? server : local;
        QVERIFY2(!PatientMerge::differences(out.merged, expected).contains(unit), qPrintable(unit));
    }
}

namespace {

const QString Hours =
    QStringLiteral("https://ambulo.example/fhir/StructureDefinition/working-hours");

// One working-hours interval, "mon 08:00-12:00".
QJsonObject interval(const QString &text)
{
    const QStringList parts = text.split(u' ');
    const QStringList times = parts.at(1).split(u'-');
    return QJsonObject{
        {"url", Hours},
        {"extension", QJsonArray{QJsonObject{{"url", "day"}, {"valueCode", parts[0]}},
                                 QJsonObject{{"url", "start"}, {"valueTime", times[0]}},
                                 QJsonObject{{"url", "end"}, {"valueTime", times[1]}}}}};
}

// A Schedule holding the intervals ("mon 08:00-12:00,fri 09:00-13:00") and, first, an extension
// of another system.
QJsonObject week(const QString &intervals, const QString &other = QStringLiteral("x"))
{
    QJsonArray extensions{
        QJsonObject{{"url", "https://other.example/ext"}, {"valueString", other}}};
    for (const QString &i : intervals.split(u',', Qt::SkipEmptyParts))
        extensions.append(interval(i));
    return QJsonObject{{"resourceType", "Schedule"}, {"extension", extensions}};
}

QStringList dayUnits()
{
    QStringList units;
    for (const char *day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
        units << QStringLiteral("extension[%1;day=%2]").arg(Hours, QLatin1String(day));
    return units;
}

} // namespace

// Units that are part of an array element: a provider's hours merge per weekday.
void TestSyncMerge::partUnits_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("serverOther"); // the other system's extension on the server
    QTest::addColumn<QStringList>("clashDays");
    QTest::addColumn<QString>("merged"); // the merged week's intervals, sorted

    const QString both = QStringLiteral("mon 08:00-12:00,fri 08:00-12:00");
    QTest::newRow("monday here, friday there")
        << both << "mon 07:00-12:00,fri 08:00-12:00"
        << "mon 08:00-12:00,fri 09:00-13:00"
        << "x" << QStringList() << "fri 09:00-13:00,mon 07:00-12:00";
    QTest::newRow("a day cleared here, one added there")
        << both << "fri 08:00-12:00"
        << "mon 08:00-12:00,fri 08:00-12:00,sat 09:00-11:00"
        << "x" << QStringList() << "fri 08:00-12:00,sat 09:00-11:00";
    QTest::newRow("same day, different hours") << both << "mon 07:00-12:00,fri 08:00-12:00"
                                               << "mon 09:00-12:00,fri 08:00-12:00"
                                               << "x" << QStringList{"mon"} << QString();
    QTest::newRow("same day, same hours")
        << both << "mon 07:00-12:00,fri 08:00-12:00"
        << "mon 07:00-12:00,fri 08:00-12:00"
        << "x" << QStringList() << "fri 08:00-12:00,mon 07:00-12:00";
    QTest::newRow("another system's extension stays the server's")
        << both << "mon 07:00-12:00,fri 08:00-12:00" << both << "y" << QStringList()
        << "fri 08:00-12:00,mon 07:00-12:00";
}

void TestSyncMerge::partUnits()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, server);
    QFETCH(QString, serverOther);
    QFETCH(QStringList, clashDays);
    QFETCH(QString, merged);
    namespace M = Sync::ResourceMerge;
    const M::Outcome out = M::merge(week(base), week(local), week(server, serverOther), dayUnits());
    QStringList clashes;
    for (const QString &day : clashDays)
        clashes << QStringLiteral("extension[%1;day=%2]").arg(Hours, day);
    QCOMPARE(out.clashes, clashes);
    if (!clashes.isEmpty())
        return;
    QStringList intervals;
    QString other;
    for (const QJsonValue &e : out.merged.value("extension").toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value("url").toString() != Hours) {
            other = o.value("valueString").toString();
            continue;
        }
        const QJsonArray parts = o.value("extension").toArray();
        intervals << QStringLiteral("%1 %2-%3")
                         .arg(parts[0].toObject().value("valueCode").toString(),
                              parts[1].toObject().value("valueTime").toString(),
                              parts[2].toObject().value("valueTime").toString());
    }
    intervals.sort();
    QCOMPARE(intervals.join(u','), merged);
    QCOMPARE(other, serverOther);
    QVERIFY(M::differences(out.merged, week(merged, serverOther), dayUnits()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
