#include <QDate>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The scheduling commands of the real `ambulo` binary over a small demo practice.
class tst_SchedulingCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void providersAndTypes();
    void bookListAndConflict();
    void billerIsRefused();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void statusTransitions();
    void openings();
    void demoHasAVariedBook();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &user = QStringLiteral("frontdesk"),
            const QString &password = QStringLiteral("demo-front-1"));
    QStringList listDay(const QDate &day);

    QString m_bin;
    QTemporaryDir m_dir;
    QDate m_day; // a Monday with nothing booked yet
};

tst_SchedulingCli::Run tst_SchedulingCli::run(const QStringList &args, const QString &user,
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

QStringList tst_SchedulingCli::listDay(const QDate &day)
{
    const Run r = run({QStringLiteral("appointments"), QStringLiteral("list"),
                       QStringLiteral("--date"), day.toString(Qt::ISODate)});
    if (r.code != 0)
        return {QStringLiteral("error: ") + r.err};
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void tst_SchedulingCli::initTestCase()
{
    m_bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "AMBULO_BIN must name the ambulo binary");
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("300"),
                       QStringLiteral("--seed"), QStringLiteral("3")},
                      QString());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_day = QDate::currentDate().addDays(45);
    while (m_day.dayOfWeek() != Qt::Monday)
        m_day = m_day.addDays(1);
}

void tst_SchedulingCli::providersAndTypes()
{
    Run r = run({QStringLiteral("providers"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    static const QRegularExpression row(QStringLiteral("^\\d+\\t[^\\t]+\\t\\d{10}$"));
    for (const QString &line : lines)
        QVERIFY2(row.match(line).hasMatch(), qPrintable(line));
    QVERIFY(r.out.contains(QStringLiteral("\tAlicia Moreno, MD\t")));
    r = run({QStringLiteral("schedule"), QStringLiteral("types")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("FU\tFollow-up\t15\n")));
    QVERIFY(r.out.contains(QStringLiteral("NP\tNew patient\t30\n")));
}

void tst_SchedulingCli::bookListAndConflict()
{
    const QString start = m_day.toString(Qt::ISODate) + QStringLiteral("T09:00");
    Run r =
        run({QStringLiteral("appointments"), QStringLiteral("book"), QStringLiteral("--patient"),
             QStringLiteral("M0000010"), QStringLiteral("--provider"), QStringLiteral("1"),
             QStringLiteral("--type"), QStringLiteral("NP"), QStringLiteral("--start"), start});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(id).hasMatch(), qPrintable(id));
    const QStringList lines = listDay(m_day);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(fields, (QStringList{id, start, m_day.toString(Qt::ISODate) + QStringLiteral("T09:30"),
                                  QStringLiteral("M0000010"), QStringLiteral("1"),
                                  QStringLiteral("NP"), QStringLiteral("booked")}));
    // Another patient at 09:15 with the same provider: exit 3, saying who is in the way.
    r = run({QStringLiteral("appointments"), QStringLiteral("book"), QStringLiteral("--patient"),
             QStringLiteral("M0000011"), QStringLiteral("--provider"), QStringLiteral("1"),
             QStringLiteral("--type"), QStringLiteral("FU"), QStringLiteral("--start"),
             m_day.toString(Qt::ISODate) + QStringLiteral("T09:15")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("Alicia Moreno, MD already has")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("09:00–09:30")));
    QCOMPARE(listDay(m_day).size(), 1);
}

void tst_SchedulingCli::billerIsRefused()
{
    const int before = int(listDay(m_day.addDays(1)).size());
    const Run r =
        run({QStringLiteral("appointments"), QStringLiteral("book"), QStringLiteral("--patient"),
             QStringLiteral("M0000012"), QStringLiteral("--provider"), QStringLiteral("2"),
             QStringLiteral("--type"), QStringLiteral("FU"), QStringLiteral("--start"),
             m_day.addDays(1).toString(Qt::ISODate) + QStringLiteral("T10:00")},
            QStringLiteral("biller"), QStringLiteral("demo-biller-1"));
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QStringLiteral("schedule.write")));
    QCOMPARE(int(listDay(m_day.addDays(1)).size()), before);
}

void tst_SchedulingCli::badInputStoresNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QString d = QDate::currentDate().addDays(60).toString(Qt::ISODate);
    auto book = [](const QString &mrn, const QString &provider, const QString &type,
                   const QString &start) {
        return QStringList{QStringLiteral("appointments"), QStringLiteral("book"),
                           QStringLiteral("--patient"),    mrn,
                           QStringLiteral("--provider"),   provider,
                           QStringLiteral("--type"),       type,
                           QStringLiteral("--start"),      start};
    };
    QTest::newRow("31 February") << book("M0000010", "1", "FU", "2027-02-31T09:00") << 1
                                 << "not a real date";
    QTest::newRow("malformed time")
        << book("M0000010", "1", "FU", d + "T9.30") << 1 << "YYYY-MM-DDTHH:MM";
    QTest::newRow("25 o'clock") << book("M0000010", "1", "FU", d + "T25:00") << 1
                                << "not a real time";
    QTest::newRow("unknown type") << book("M0000010", "1", "ZZ", d + "T09:00") << 1
                                  << "no appointment type 'ZZ'";
    QTest::newRow("unknown provider")
        << book("M0000010", "999", "FU", d + "T09:00") << 1 << "no provider 999";
    QTest::newRow("unknown patient")
        << book("X404", "1", "FU", d + "T09:00") << 1 << "no patient with MRN 'X404'";
    QTest::newRow("provider not a number")
        << book("M0000010", "moreno", "FU", d + "T09:00") << 2 << "numeric id";
    QTest::newRow("no start") << QStringList{"appointments", "book", "--patient", "M0000010",
                                             "--provider",   "1",    "--type",    "FU"}
                              << 2 << "--start";
    QTest::newRow("list bad date")
        << QStringList{"appointments", "list", "--date", "2026-13-01"} << 1 << "not a real date";
}

void tst_SchedulingCli::badInputStoresNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, says);
    const QDate d = QDate::currentDate().addDays(60);
    const QStringList before = listDay(d);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(listDay(d), before);
}

void tst_SchedulingCli::statusTransitions()
{
    const QString day = m_day.addDays(2).toString(Qt::ISODate);
    Run r = run({QStringLiteral("appointments"), QStringLiteral("book"),
                 QStringLiteral("--patient"), QStringLiteral("M0000020"),
                 QStringLiteral("--provider"), QStringLiteral("3"), QStringLiteral("--type"),
                 QStringLiteral("FU"), QStringLiteral("--start"), day + QStringLiteral("T10:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    auto status = [&](const QString &to, const QStringList &extra = {}) {
        return run(QStringList{QStringLiteral("appointments"), QStringLiteral("status"), id, to}
                   + extra);
    };
    r = status(QStringLiteral("confirmed"));
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, id + QStringLiteral("\tconfirmed\n"));
    r = status(QStringLiteral("checked-out"));
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("cannot become checked out")));
    r = status(QStringLiteral("booked"));
    QCOMPARE(r.code, 2);
    r = status(QStringLiteral("cancelled"));
    QCOMPARE(r.code, 1);
    r = status(QStringLiteral("cancelled"), {QStringLiteral("--reason"), QStringLiteral("ill")});
    QCOMPARE(r.code, 0);
    r = status(QStringLiteral("arrived"));
    QCOMPARE(r.code, 1);
    QVERIFY(listDay(m_day.addDays(2)).join(QLatin1Char('\n')).contains(id + QLatin1Char('\t')));
}

void tst_SchedulingCli::openings()
{
    const QString from = m_day.addDays(7).toString(Qt::ISODate);
    const QString to = m_day.addDays(11).toString(Qt::ISODate);
    Run r = run({QStringLiteral("schedule"), QStringLiteral("openings"), QStringLiteral("--type"),
                 QStringLiteral("NP"), QStringLiteral("--provider"), QStringLiteral("2"),
                 QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                 QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first(),
             from + QStringLiteral("T08:00\t2\t") + lines.first().section(QLatin1Char('\t'), 2));
    static const QRegularExpression row(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}\\t2\\t\\d+$"));
    for (const QString &line : lines)
        QVERIFY2(row.match(line).hasMatch(), qPrintable(line));
    QVERIFY(lines[0] < lines[1]);
    r = run({QStringLiteral("schedule"), QStringLiteral("openings"), QStringLiteral("--type"),
             QStringLiteral("NP"), QStringLiteral("--from"), to, QStringLiteral("--to"), from});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("before the start date")));
}

void tst_SchedulingCli::demoHasAVariedBook()
{
    QSet<QString> seen;
    for (int offset : {-7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3}) {
        for (const QString &line : listDay(QDate::currentDate().addDays(offset)))
            seen.insert(line.section(QLatin1Char('\t'), 6));
    }
    for (const char *status : {"checked-out", "no-show", "cancelled", "booked"})
        QVERIFY2(seen.contains(QLatin1String(status)), status);
}

QTEST_GUILESS_MAIN(tst_SchedulingCli)
#include "tst_schedulingcli.moc"
