#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The charting commands of the real `ambulo` binary over the demo practice.
class tst_ChartingCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listAndShow();
    void billerSeesCodesNotNote();
    void signOnceAsTheProvider();
    void codesImportAndSearch();
    void badProcedureCsvNamesTheLine();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &user, const QString &password);
    Run doctor(const QStringList &args)
    {
        return run(args, QStringLiteral("drmoreno"), QStringLiteral("demo-doctor-1"));
    }

    QString m_bin;
    QTemporaryDir m_dir;
    QString m_mrn; // the first demo patient with charts
    QStringList m_encounters;
};

tst_ChartingCli::Run tst_ChartingCli::run(const QStringList &args, const QString &user,
                                          const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMBULO_PASSWORD"), password);
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                    QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("store.key"))};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    p.start(m_bin, all + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_ChartingCli::initTestCase()
{
    m_bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "AMBULO_BIN must name the ambulo binary");
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("40"),
                       QStringLiteral("--seed"), QStringLiteral("5")},
                      QString(), QString());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The demo charts its first patients; a restricted one needs a reason, so take the first
    // that lists without one.
    for (int n = 1; n <= 12 && m_mrn.isEmpty(); ++n) {
        const QString mrn = QStringLiteral("M%1").arg(n, 7, 10, QLatin1Char('0'));
        const Run list = doctor({QStringLiteral("encounters"), QStringLiteral("list"),
                                 QStringLiteral("--patient"), mrn});
        if (list.code == 0 && !list.out.isEmpty()) {
            m_mrn = mrn;
            m_encounters = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    }
    QVERIFY(!m_mrn.isEmpty());
}

void tst_ChartingCli::listAndShow()
{
    QVERIFY(m_encounters.size() >= 1);
    const QRegularExpression shape(
        QStringLiteral("^\\d+\\t\\d{4}-\\d{2}-\\d{2}\\tAlicia Moreno\\t(open|signed)$"));
    for (const QString &line : std::as_const(m_encounters))
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    QString signedId;
    for (const QString &line : std::as_const(m_encounters)) {
        if (line.endsWith(QLatin1String("\tsigned"))) {
            signedId = line.section(QLatin1Char('\t'), 0, 0);
            break;
        }
    }
    QVERIFY(!signedId.isEmpty());
    const Run show = doctor({QStringLiteral("encounters"), QStringLiteral("show"), signedId});
    QVERIFY2(show.code == 0, qPrintable(show.err));
    for (const char *part : {"Subjective:", "Objective:", "Vitals ", "BP ",
                             "Diagnoses:", "Procedures (place of service 11):", "Signed by"})
        QVERIFY2(show.out.contains(QLatin1String(part)), qPrintable(show.out));
    const Run missing =
        doctor({QStringLiteral("encounters"), QStringLiteral("show"), QStringLiteral("999999")});
    QCOMPARE(missing.code, 1);
    const Run usage = doctor({QStringLiteral("encounters"), QStringLiteral("list")});
    QCOMPARE(usage.code, 2);
}

void tst_ChartingCli::billerSeesCodesNotNote()
{
    const QString id = m_encounters.last().section(QLatin1Char('\t'), 0, 0);
    const Run show = run({QStringLiteral("encounters"), QStringLiteral("show"), id},
                         QStringLiteral("biller"), QStringLiteral("demo-biller-1"));
    QVERIFY2(show.code == 0, qPrintable(show.err));
    QVERIFY(show.out.contains(QLatin1String("Note: not shown")));
    QVERIFY(!show.out.contains(QLatin1String("Subjective:")));
    QVERIFY(show.out.contains(QLatin1String("Diagnoses:")));
    const Run clerk = run({QStringLiteral("encounters"), QStringLiteral("show"), id},
                          QStringLiteral("frontdesk"), QStringLiteral("demo-front-1"));
    QCOMPARE(clerk.code, 4);
}

void tst_ChartingCli::signOnceAsTheProvider()
{
    // The demo leaves today's visit of its first charted patient open.
    QString openId;
    const Run list =
        doctor({QStringLiteral("encounters"), QStringLiteral("list"), QStringLiteral("--patient"),
                QStringLiteral("M0000001"), QStringLiteral("--reason"),
                QStringLiteral("testing the sign command")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.endsWith(QLatin1String("\topen")))
            openId = line.section(QLatin1Char('\t'), 0, 0);
    }
    QVERIFY(!openId.isEmpty());
    const Run clerk = run({QStringLiteral("encounters"), QStringLiteral("sign"), openId},
                          QStringLiteral("frontdesk"), QStringLiteral("demo-front-1"));
    QCOMPARE(clerk.code, 4);
    const Run first = doctor({QStringLiteral("encounters"), QStringLiteral("sign"), openId});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QCOMPARE(first.out.trimmed(), openId + QStringLiteral("\tsigned"));
    const Run second = doctor({QStringLiteral("encounters"), QStringLiteral("sign"), openId});
    QCOMPARE(second.code, 1);
    QVERIFY2(second.err.contains(QLatin1String("already signed")), qPrintable(second.err));
}

void tst_ChartingCli::codesImportAndSearch()
{
    const Run demoCodes = doctor({QStringLiteral("codes"), QStringLiteral("search"),
                                  QStringLiteral("diabetes"), QStringLiteral("without")});
    QVERIFY2(demoCodes.code == 0, qPrintable(demoCodes.err));
    QVERIFY2(demoCodes.out.startsWith(QLatin1String("E11.9\tType 2 diabetes mellitus without")),
             qPrintable(demoCodes.out));
    QFile file(m_dir.filePath(QStringLiteral("order.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    auto line = [](int n, const char *code, int flag, const QString &text) {
        return QStringLiteral("%1 %2 %3 %4 %5\n")
            .arg(n, 5, 10, QLatin1Char('0'))
            .arg(QString::fromLatin1(code).leftJustified(7, QLatin1Char(' ')))
            .arg(flag)
            .arg(text.left(60).leftJustified(60, QLatin1Char(' ')))
            .arg(text)
            .toUtf8();
    };
    file.write(line(1, "R05", 0, QStringLiteral("Cough")));
    file.write(line(2, "R051", 1, QStringLiteral("Acute cough")));
    file.write(line(3, "R052", 1, QStringLiteral("Subacute cough")));
    file.close();
    const QStringList import{QStringLiteral("codes"), QStringLiteral("import-icd10"),
                             file.fileName()};
    QCOMPARE(doctor(import).code, 4);
    const Run admin = run(import, QStringLiteral("admin"), QStringLiteral("demo-admin-1"));
    QVERIFY2(admin.code == 0, qPrintable(admin.err));
    QCOMPARE(admin.out.trimmed(), QStringLiteral("Imported 3 ICD-10-CM codes."));
    const Run words =
        doctor({QStringLiteral("codes"), QStringLiteral("search"), QStringLiteral("cou")});
    QCOMPARE(words.out, QStringLiteral("R05\tCough\nR05.1\tAcute cough\nR05.2\tSubacute cough\n"));
    const Run code =
        doctor({QStringLiteral("codes"), QStringLiteral("search"), QStringLiteral("r05.2")});
    QCOMPARE(code.out, QStringLiteral("R05.2\tSubacute cough\n"));
}

void tst_ChartingCli::badProcedureCsvNamesTheLine()
{
    QFile file(m_dir.filePath(QStringLiteral("fees.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,description,fee\n99213,Visit,92.00\n99214,Visit,lots\n");
    file.close();
    const Run r =
        run({QStringLiteral("codes"), QStringLiteral("import-procedures"), file.fileName()},
            QStringLiteral("admin"), QStringLiteral("demo-admin-1"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("line 3: fee 'lots'")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_ChartingCli)
#include "tst_chartingcli.moc"
