#include "connectors/sync/patientmerge.h"

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

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
