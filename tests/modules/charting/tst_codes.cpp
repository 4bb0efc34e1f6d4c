#include "tests/modules/charting/chartingfixture.h"

#include <QBuffer>
#include <QtTest>

using namespace Ambulo;
using Core::ErrorCode;

namespace {

// One line of the CMS order file: order(5) code(7) flag(1) short(60) long.
QByteArray orderLine(int order, const QString &code, bool billable, const QString &shortText,
                     const QString &longText)
{
    return QStringLiteral("%1 %2 %3 %4 %5\n")
        .arg(order, 5, 10, QLatin1Char('0'))
        .arg(code.leftJustified(7, QLatin1Char(' ')))
        .arg(billable ? 1 : 0)
        .arg(shortText.leftJustified(60, QLatin1Char(' ')))
        .arg(longText)
        .toUtf8();
}

QByteArray fixture()
{
    QByteArray f;
    f += orderLine(1, QStringLiteral("A00"), false, QStringLiteral("Cholera"),
                   QStringLiteral("Cholera"));
    f += orderLine(2, QStringLiteral("A000"), true,
                   QStringLiteral("Cholera due to Vibrio cholerae 01, biovar cholerae"),
                   QStringLiteral("Cholera due to Vibrio cholerae 01, biovar cholerae"));
    f += orderLine(3, QStringLiteral("E11"), false, QStringLiteral("Type 2 diabetes mellitus"),
                   QStringLiteral("Type 2 diabetes mellitus"));
    f += orderLine(4, QStringLiteral("E119"), true,
                   QStringLiteral("Type 2 diabetes mellitus without complications"),
                   QStringLiteral("Type 2 diabetes mellitus without complications"));
    f += orderLine(5, QStringLiteral("E1165"), true,
                   QStringLiteral("Type 2 diabetes mellitus with hyperglycemia"),
                   QStringLiteral("Type 2 diabetes mellitus with hyperglycemia"));
    f += orderLine(6, QStringLiteral("I10"), true,
                   QStringLiteral("Essential (primary) hypertension"),
                   QStringLiteral("Essential (primary) hypertension"));
    f += orderLine(7, QStringLiteral("S72001A"), true,
                   QStringLiteral("Fracture of unsp part of neck of right femur, init"),
                   QStringLiteral("Fracture of unspecified part of neck of right femur, initial "
                                  "encounter for closed fracture"));
    return f;
}

Core::Result<int> importIcd(Test::ChartingFixture &f, QByteArray bytes)
{
    QBuffer b(&bytes);
    b.open(QIODevice::ReadOnly);
    return f.charting->codes().importIcd10(b);
}

Core::Result<int> importCsv(Test::ChartingFixture &f, QByteArray bytes)
{
    QBuffer b(&bytes);
    b.open(QIODevice::ReadOnly);
    return f.charting->codes().importProcedures(b);
}

} // namespace

// Code tables: the CMS ICD-10-CM order file, procedure CSV, search, and the superbill's checks.
class tst_Codes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importIcd10AndSearch();
    void search_data();
    void search();
    void badIcd10FileChangesNothing_data();
    void badIcd10FileChangesNothing();
    void proceduresCsvErrors_data();
    void proceduresCsvErrors();
    void importNeedsAdmin();
    void superbillRefusesBadInput();

private:
    Test::ChartingFixture f;
};

void tst_Codes::initTestCase()
{
    QVERIFY(f.build());
}

void tst_Codes::importIcd10AndSearch()
{
    f.asAdmin();
    auto n = importIcd(f, fixture());
    QVERIFY2(n.ok(), qPrintable(n.error().message));
    QCOMPARE(n.value(), 7);
    // The import replaced the fixture's hand-added set (J06.9 is gone).
    QCOMPARE(f.count(QStringLiteral("icd10_codes")), 7);
    auto c = Charting::CodeService::icd10(f.db(), QStringLiteral("s72.001a"));
    QVERIFY(c.ok());
    QCOMPARE(c->code, QStringLiteral("S72.001A"));
    QVERIFY(c->longDescription.endsWith(QLatin1String("closed fracture")));
    QVERIFY(!Charting::CodeService::icd10(f.db(), QStringLiteral("A00"))->billable);
}

void tst_Codes::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("code prefix") << "E11" << QStringList{"E11", "E11.9", "E11.65"};
    QTest::newRow("code with dot") << "e11.6" << QStringList{"E11.65"};
    QTest::newRow("words") << "diab hyperg" << QStringList{"E11.65"};
    QTest::newRow("words any order") << "mellitus type without" << QStringList{"E11.9"};
    QTest::newRow("word prefix, in code order")
        << "diabetes" << QStringList{"E11", "E11.9", "E11.65"};
    QTest::newRow("long description only") << "closed femur" << QStringList{"S72.001A"};
    QTest::newRow("punctuation") << "(primary)" << QStringList{"I10"};
    QTest::newRow("nothing") << "zebra" << QStringList{};
    // Words longer than the indexed prefixes are looked up by five letters and checked in full.
    QTest::newRow("long word") << "hypertensio" << QStringList{"I10"};
    QTest::newRow("long word, no such word") << "hypertensive" << QStringList{};
    QTest::newRow("long words, all must match") << "cholerae diabetes" << QStringList{};
    QTest::newRow("diacritics folded") << "chóléra vibrio" << QStringList{"A00.0"};
    QTest::newRow("code-like word") << "I10" << QStringList{"I10"};
}

void tst_Codes::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    f.asMoreno();
    auto r = f.charting->codes().searchIcd10(typed);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QStringList codes;
    for (const auto &c : r.value())
        codes << c.code;
    QCOMPARE(codes, expected);
}

void tst_Codes::badIcd10FileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("says");
    QByteArray shortLine = fixture() + "00008 B00    1 Herpes\n";
    QTest::newRow("short line") << shortLine << "line 8: too short";
    QByteArray badFlag = fixture();
    QByteArray flagLine =
        orderLine(8, QStringLiteral("B001"), true, QStringLiteral("x"), QStringLiteral("y"));
    flagLine[14] = '7';
    badFlag += flagLine;
    QTest::newRow("bad flag") << badFlag << "line 8: the header flag";
    QByteArray badCode =
        fixture()
        + orderLine(8, QStringLiteral("11ABC"), true, QStringLiteral("x"), QStringLiteral("y"));
    QTest::newRow("bad code") << badCode << "line 8: '11ABC' is not an ICD-10-CM code";
    QByteArray dup =
        fixture()
        + orderLine(8, QStringLiteral("I10"), true, QStringLiteral("x"), QStringLiteral("y"));
    QTest::newRow("duplicate") << dup << "I10 appears twice";
    QTest::newRow("empty") << QByteArray("\n\n") << "no codes";
}

void tst_Codes::badIcd10FileChangesNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, says);
    f.asAdmin();
    QVERIFY(importIcd(f, fixture()).ok());
    auto r = importIcd(f, file);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(f.count(QStringLiteral("icd10_codes")), 7);
    QCOMPARE(f.count(QStringLiteral("icd10_search")), 7);
}

void tst_Codes::proceduresCsvErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad fee") << QByteArray(
        "code,description,fee\n99202,New low,75\n99203,New,abc\n")
                             << "line 3: fee 'abc'";
    QTest::newRow("missing field")
        << QByteArray("99202,New low,75\n99203,New\n") << "line 2: expected 3 fields";
    QTest::newRow("bad code") << QByteArray("99202,New low,75\n\n9920,Short,10\n")
                              << "line 3: '9920' is not a CPT or HCPCS code";
    QTest::newRow("open quote") << QByteArray("99202,\"New, low,75\n") << "line 1: a quoted field";
    QTest::newRow("duplicate") << QByteArray("99202,A,1\n99202,B,2\n") << "line 2: code 99202";
    QTest::newRow("empty description") << QByteArray("99202, ,1\n") << "line 1: the description";
}

void tst_Codes::proceduresCsvErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, says);
    f.asAdmin();
    const qint64 before = f.count(QStringLiteral("procedure_codes"));
    auto r = importCsv(f, file);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(f.count(QStringLiteral("procedure_codes")), before);
    QVERIFY(!Charting::CodeService::procedure(f.db(), QStringLiteral("99202")).ok());
}

void tst_Codes::importNeedsAdmin()
{
    f.asMoreno();
    QCOMPARE(importIcd(f, fixture()).error().code, ErrorCode::Denied);
    QCOMPARE(importCsv(f, "99202,A,1\n").error().code, ErrorCode::Denied);
    f.asAdmin();
    auto ok = importCsv(f, "99202,\"New patient, straightforward\",$75.5\nG0439,AWV,160\n");
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    auto p = Charting::CodeService::procedure(f.db(), QStringLiteral("99202"));
    QCOMPARE(p->description, QStringLiteral("New patient, straightforward"));
    QCOMPARE(p->feeCents, 7550);
}

void tst_Codes::superbillRefusesBadInput()
{
    f.asAdmin();
    QVERIFY(importIcd(f, fixture()).ok());
    const qint64 id = f.openEncounter(1);
    auto unknownDx = f.charting->superbill().addDiagnosis(id, QStringLiteral("Z99.99"));
    QCOMPARE(unknownDx.error().code, ErrorCode::Invalid);
    QVERIFY(unknownDx.error().message.contains(QLatin1String("Unknown ICD-10-CM code Z99.99")));
    QCOMPARE(f.charting->superbill().addDiagnosis(id, QStringLiteral("E11")).error().code,
             ErrorCode::Invalid); // a category heading
    QCOMPARE(f.charting->superbill().addDiagnosis(id, QStringLiteral("E11.9")).value(), 1);
    QCOMPARE(f.charting->superbill().addDiagnosis(id, QStringLiteral("E119")).error().code,
             ErrorCode::Conflict);

    Charting::SuperbillLine line;
    line.encounterId = id;
    line.code = QStringLiteral("99999");
    line.pointers = {1};
    auto unknown = f.charting->superbill().addLine(line);
    QCOMPARE(unknown.error().code, ErrorCode::Invalid);
    QVERIFY(unknown.error().message.contains(QLatin1String("Unknown procedure code 99999")));
    line.code = QStringLiteral("99213");
    line.pointers = {1, 2};
    auto missing = f.charting->superbill().addLine(line);
    QCOMPARE(missing.error().code, ErrorCode::Invalid);
    QVERIFY2(missing.error().message.contains(QLatin1String("pointer 2")),
             qPrintable(missing.error().message));
    line.pointers = {};
    QCOMPARE(f.charting->superbill().addLine(line).error().code, ErrorCode::Invalid);
    line.pointers = {1};
    line.modifiers = {QStringLiteral("25"), QStringLiteral("59"), QStringLiteral("GT"),
                      QStringLiteral("95"), QStringLiteral("76")};
    QCOMPARE(f.charting->superbill().addLine(line).error().code, ErrorCode::Invalid);
    line.modifiers = {QStringLiteral("25")};
    line.units = 2;
    auto ok = f.charting->superbill().addLine(line);
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(f.count(QStringLiteral("superbill_lines")), 1);
    QCOMPARE(f.charting->superbill().lines(id)->first().feeCents, 22000);
    // A diagnosis a line points at cannot be removed.
    QCOMPARE(f.charting->superbill().removeDiagnosis(id, 1).error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(tst_Codes)
#include "tst_codes.moc"
