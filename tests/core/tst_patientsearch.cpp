#include "core/entities/patientsearch.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace Ambulo;

class tst_PatientSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void orderAndTruncation();
    void expressionShapes_data();
    void expressionShapes();

private:
    std::unique_ptr<Test::TestStore> m_t;
};

void tst_PatientSearch::initTestCase()
{
    m_t = std::make_unique<Test::TestStore>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(m_t->signInAdmin());
    struct Row
    {
        const char *mrn, *family, *given, *dob, *phone;
    };
    const Row rows[] = {
        {"M0000101", "Smith", "John", "1980-03-14", "(212) 555-0134"},
        {"M0000102", "Smith", "Joanna", "1980-11-02", "(212) 555-0177"},
        {"M0000103", "Smithers", "Waylon", "1955-06-30", "(312) 555-0101"},
        {"M0000104", "Jones", "Smitty", "1980-03-14", "(415) 555-0188"},
        {"M0000105", "O'Brien", "José", "1972-12-01", "(617) 555-0190"},
        {"M0000106", "Müller-Schmidt", "Zoë", "2015-08-09", "(773) 555-0145"},
        {"M0000107", "Smith", "John", "1999-01-05", "(212) 555-0199"},
    };
    for (const Row &r : rows) {
        Core::Patient p =
            Test::samplePatient(QString::fromUtf8(r.family), QString::fromUtf8(r.given),
                                QDate::fromString(QString::fromLatin1(r.dob), Qt::ISODate));
        p.mrn = QString::fromLatin1(r.mrn);
        p.phoneMobile = QString::fromLatin1(r.phone);
        QVERIFY(m_t->services().patients().create(p).ok());
    }
}

void tst_PatientSearch::finds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("mrns"); // in the order shown
    QTest::newRow("prefixes any order")
        << "smi jo 1980" << QStringList{"M0000104", "M0000102", "M0000101"};
    QTest::newRow("reversed order")
        << "1980 jo smi" << QStringList{"M0000104", "M0000102", "M0000101"};
    QTest::newRow("narrowed by month") << "smi jo 1980-11" << QStringList{"M0000102"};
    QTest::newRow("given then family") << "john smith" << QStringList{"M0000101", "M0000107"};
    QTest::newRow("us date") << "03/14/1980" << QStringList{"M0000104", "M0000101"};
    QTest::newRow("iso date") << "1980-03-14" << QStringList{"M0000104", "M0000101"};
    QTest::newRow("partial us date") << "smith 11/0" << QStringList{"M0000102"};
    QTest::newRow("birth year") << "smith 1999" << QStringList{"M0000107"};
    QTest::newRow("mrn") << "m0000103" << QStringList{"M0000103"};
    QTest::newRow("local phone") << "555-0134" << QStringList{"M0000101"};
    QTest::newRow("full phone") << "(212) 555-0177" << QStringList{"M0000102"};
    QTest::newRow("full phone no spaces") << "212-555-0177" << QStringList{"M0000102"};
    QTest::newRow("last four") << "0188" << QStringList{"M0000104"};
    QTest::newRow("accents folded") << "jose obr" << QStringList{"M0000105"};
    QTest::newRow("hyphenated name") << "schmidt zoe" << QStringList{"M0000106"};
    QTest::newRow("apostrophe typed") << "o'brien" << QStringList{"M0000105"};
    QTest::newRow("longer names match a prefix") << "smith 1955" << QStringList{"M0000103"};
    QTest::newRow("no match") << "smith 1966" << QStringList{};
    QTest::newRow("one letter") << "w" << QStringList{"M0000103"};
    QTest::newRow("four letters of a name") << "wayl" << QStringList{"M0000103"};
    QTest::newRow("five letters of a longer name")
        << "smith" << QStringList{"M0000102", "M0000101", "M0000107", "M0000103"};
    QTest::newRow("accented start") << "mü zo" << QStringList{"M0000106"};
    QTest::newRow("us month") << "smi 03/" << QStringList{"M0000104", "M0000101"};
    QTest::newRow("us month, tens of day") << "03/1" << QStringList{"M0000104", "M0000101"};
    QTest::newRow("us month, other tens") << "smi 03/2" << QStringList{};
    QTest::newRow("joined apostrophe name") << "obrien" << QStringList{"M0000105"};
    QTest::newRow("nothing searchable") << " , . " << QStringList{};
    QTest::newRow("fts syntax is inert") << "smith OR jones" << QStringList{};
    QTest::newRow("quotes are inert")
        << "\"smith" << QStringList{"M0000102", "M0000101", "M0000107", "M0000103"};
}

void tst_PatientSearch::finds()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, mrns);
    auto r =
        m_t->services().patients().search(typed, 10, Core::PatientService::SearchUse::TypeAhead);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QStringList got;
    for (const auto &m : r->matches)
        got << m.mrn;
    QCOMPARE(got, mrns);
}

void tst_PatientSearch::orderAndTruncation()
{
    auto r = m_t->services().patients().search(QStringLiteral("smith"), 2,
                                               Core::PatientService::SearchUse::TypeAhead);
    QVERIFY(r.ok());
    QCOMPARE(r->matches.size(), 2);
    QVERIFY(r->truncated);
    QCOMPARE(r->matches.at(0).given, QStringLiteral("Joanna")); // "smith joanna" < "smith john"
    auto bad = m_t->services().patients().search(QStringLiteral("smi"), 0,
                                                 Core::PatientService::SearchUse::TypeAhead);
    QVERIFY(!bad.ok());
    auto longText = m_t->services().patients().search(QString(300, QLatin1Char('a')), 5,
                                                      Core::PatientService::SearchUse::TypeAhead);
    QVERIFY(!longText.ok());
}

void tst_PatientSearch::expressionShapes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    // Starts of 1, 2, 3 or 5 letters are words of the index; other lengths are prefix queries.
    QTest::newRow("name") << "Smi"
                          << "smi";
    QTest::newRow("four letters") << "smit"
                                  << "smit*";
    QTest::newRow("five letters") << "smith"
                                  << "smith";
    QTest::newRow("whole name") << "smithers"
                                << "smithers*";
    QTest::newRow("short digits ignored") << "smi 19"
                                          << "smi";
    QTest::newRow("exchange start ignored") << "555-01"
                                            << "";
    QTest::newRow("short mrn ignored") << "M00"
                                       << "";
    QTest::newRow("year") << "1980"
                          << "11980 OR 61980* OR 51980* OR 31980*";
    QTest::newRow("three digits") << "smi 198"
                                  << "smi 5198* OR 3198*";
    QTest::newRow("accented name folded") << "José"
                                          << "jose*";
    QTest::newRow("joined phone") << "(212) 555-0177"
                                  << "42125550177*";
    QTest::newRow("us month") << "07/"
                              << "607";
    QTest::newRow("us month and tens of day") << "07/2"
                                              << "6072";
    QTest::newRow("us month and day") << "07/21"
                                      << "60721*";
    QTest::newRow("iso month") << "1980-07"
                               << "1198007*";
}

void tst_PatientSearch::expressionShapes()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(Core::PatientSearch::matchExpression(typed), expression);
}

QTEST_GUILESS_MAIN(tst_PatientSearch)
#include "tst_patientsearch.moc"
