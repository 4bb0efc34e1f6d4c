#include "app/bench/hl7bench.h"
#include "app/bench/benchreport.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "connectors/hl7/message.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <random>

namespace Ambulo::App {

namespace {

// python3-hl7's parse() over the same messages: one message per line (segments end in \r).
const char PythonParse[] = R"(
import sys, time, hl7
data = open(sys.argv[1], encoding='utf-8', newline='').read()
messages = [m for m in data.split('\n') if m]
size = len(data.encode('utf-8'))
rounds = 0
start = time.perf_counter()
while True:
    for m in messages:
        hl7.parse(m)
    rounds += 1
    elapsed = time.perf_counter() - start
    if elapsed > float(sys.argv[2]):
        break
print(size * rounds / elapsed / 1e6)
)";

// A practice's day of inbound traffic: registrations, schedules and lab results in the shapes
// real interfaces send (several PID identifiers, NK1s, a dozen OBX per result, escapes, notes).
QList<QByteArray> corpus(int count)
{
    std::mt19937 rng(11);
    static const char *const families[] = {"Smith",  "Garcia", "O'Neil",
                                           "Nguyen", "Müller", "Johnson"};
    static const char *const givens[] = {"John", "Maria", "Ana", "Li", "José", "Emma"};
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QByteArray::number(100000 + i);
        const QByteArray family = families[rng() % 6];
        const QByteArray given = givens[rng() % 6];
        QByteArray m = "MSH|^~\\&|EPIC|HOSP|AMBULO|CLINIC|20261122083000||";
        const int kind = i % 3;
        m += kind == 0 ? "ADT^A04^ADT_A01" : kind == 1 ? "SIU^S12^SIU_S12" : "ORU^R01^ORU_R01";
        m += "|MSG" + id + "|P|2.5.1|||AL|NE||UNICODE UTF-8\r";
        m += "EVN||20261122083000\r";
        m += "PID|1||" + id + "^^^HOSP^MR~9" + id + "^^^SSA^SS||" + family + "^" + given
             + "^Q^^^^L||19700101|F|||123 Main St^Apt 4^Springfield^IL^62701^USA^H||"
               "^PRN^PH^^1^217^5551234~^NET^Internet^x@example.org|||M||ACCT"
             + id + "\r";
        if (kind == 0) {
            m += "NK1|1|" + family + "^Pat^^^^^L|SPO^Spouse|123 Main St^^Springfield^IL^62701\r";
            m += "PV1|1|O|CLINIC^101^1||||1234^Welby^Marcus^^^Dr|||||||||||V" + id + "\r";
            m += "IN1|1|BCBS^Blue Cross|BC001|Blue Cross of Illinois||||GRP" + id + "\r";
        } else if (kind == 1) {
            m += "SCH|A" + id + "|F" + id
                 + "|||||ROUTINE^Routine visit|NORMAL|20|MIN|^^20^"
                   "20261123093000^20261123095000|||||1234^Welby^Marcus|^^^^^^^^217^5550000\r";
            m += "AIS|1||99213^Office visit^CPT|20261123093000|0|MIN|20|MIN\r";
            m += "AIP|1||1234^Welby^Marcus^^^Dr|MD\r";
            m += "AIL|1||CLINIC^101^1\r";
        } else {
            m += "OBR|1|ORD" + id + "|LAB" + id
                 + "|24323-8^Comprehensive metabolic panel^LN"
                   "|||20261122070000|||||||||1234^Welby^Marcus||||||20261122080000|||F\r";
            static const char *const tests[] = {"NM|2345-7^Glucose^LN||98|mg/dL|70-99|N",
                                                "NM|2160-0^Creatinine^LN||1.1|mg/dL|0.6-1.3|N",
                                                "NM|2951-2^Sodium^LN||141|mmol/L|136-145|N",
                                                "NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.1|H"};
            for (int k = 1; k <= 12; ++k)
                m += "OBX|" + QByteArray::number(k) + "|" + tests[(k + i) % 4]
                     + "|||F|||20261122080000\r";
            m += "NTE|1||Specimen slightly hemolyzed\\.br\\Repeat if \\T\\ when clinically "
                 "indicated\r";
        }
        out.append(m);
    }
    return out;
}

QString findPython(QString *why)
{
    for (const QString &candidate :
         {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import hl7")});
        if (p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    *why = QStringLiteral("no python3 with the hl7 module (Debian: apt-get install python3-hl7)");
    return {};
}

} // namespace

int benchHl7(CliContext &cli)
{
    const QList<QByteArray> messages = corpus(3000);
    qint64 bytes = 0;
    for (const QByteArray &m : messages)
        bytes += m.size();

    // Parse only, as an interface engine does before routing; then parse and read the fields an
    // adapter needs, to show what touching components and escapes costs.
    auto measure = [&](bool read) {
        QElapsedTimer timer;
        timer.start();
        qint64 parsed = 0;
        qint64 checksum = 0;
        static const Hl7::Path paths[] = {
            *Hl7::Path::parse(u"MSH-9-1"),  *Hl7::Path::parse(u"MSH-10"),
            *Hl7::Path::parse(u"PID-3-1"),  *Hl7::Path::parse(u"PID-5-1"),
            *Hl7::Path::parse(u"PID-5-2"),  *Hl7::Path::parse(u"PID-7"),
            *Hl7::Path::parse(u"OBX(4)-5"), *Hl7::Path::parse(u"NTE-3")};
        do {
            for (const QByteArray &m : messages) {
                const auto message = Hl7::Message::parse(m);
                checksum += message ? message->segmentCount() : -1000000;
                if (read && message) {
                    for (const Hl7::Path &p : paths)
                        checksum += message->get(p).text().size();
                }
                parsed += m.size();
            }
        } while (timer.elapsed() < 1500);
        if (checksum <= 0)
            std::fprintf(cli.err, "bench: the corpus did not parse\n");
        return parsed / (timer.nsecsElapsed() / 1e9) / 1e6;
    };
    const double ours = measure(false);
    const double oursRead = measure(true);

    QString why;
    const QString python = findPython(&why);
    if (python.isEmpty())
        return cli.fail({Core::ErrorCode::Invalid, why});
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("corpus.hl7")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return cli.fail({Core::ErrorCode::Invalid, QStringLiteral("cannot write the corpus")});
    for (const QByteArray &m : messages)
        file.write(m + '\n');
    file.close();
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QString::fromUtf8(PythonParse), file.fileName(),
                     QStringLiteral("3")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return cli.fail({Core::ErrorCode::Invalid,
                         QStringLiteral("python3-hl7 failed: %1")
                             .arg(QString::fromUtf8(p.readAllStandardError()).trimmed())});
    const double theirs = p.readAllStandardOutput().trimmed().toDouble();

    figure(cli, QStringLiteral("hl7.corpus"), double(bytes) / 1e6, QStringLiteral("MB"));
    figure(cli, QStringLiteral("hl7.parse_mbps"), ours, QStringLiteral("MB/s"));
    figure(cli, QStringLiteral("hl7.parse_get_mbps"), oursRead, QStringLiteral("MB/s"));
    figure(cli, QStringLiteral("hl7.python_mbps"), theirs, QStringLiteral("MB/s"));
    figure(cli, QStringLiteral("hl7.parse_ratio"), theirs > 0 ? ours / theirs : 0,
           QStringLiteral("x"));
    return ExitOk;
}

} // namespace Ambulo::App
