#include "core/constants.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/visitsummarysource.h"
#include "modules/charting/ui/visitsummary.h"
#include "tests/modules/charting/chartingfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;
using namespace Ambulo::Charting;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString Assessment = QStringLiteral("Viral URI <likely>; no sign of pneumonia.");
const QString Plan = QStringLiteral("Fluids & rest.\nReturn if fever > 3 days.");

// What a PDF reader needs first: the header, the end marker, and its pages.
void checkPdf(const QString &path, int pages)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    const qsizetype found = QString::fromLatin1(pdf).count(page);
    QVERIFY(found >= 1);
    if (pages > 0)
        QCOMPARE(found, pages);
}

// The first page as it is painted, at the PDF's resolution, on a white sheet.
QImage firstPage(const VisitSummaryData &data, int *pages)
{
    QImage image(1800, 2400, QImage::Format_RGB32);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    QPainter p(&image);
    *pages = VisitSummary::paint(data, p, QSizeF(image.size()), [] { return false; });
    p.end();
    return image;
}

int pixels(const QImage &image, const QRect &area, bool red)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (red ? (c.red() - c.green() > 30 && c.red() - c.blue() > 30) : c.value() < 100)
                ++n;
        }
    }
    return n;
}

} // namespace

// The visit summary handed to the patient: what it contains and leaves out, the PDF, the audit of
// its export, and `ambulo encounters summary` over the same encrypted store.
class tst_VisitSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void htmlHasTheVisitEscaped();
    void pdfWrittenAndExportAudited();
    void draftIsMarked();
    void draftWatermarkPainted();
    void sensitiveNoteLeftOutForOthers();
    void restrictedRecordNeedsBreakGlass();
    void unwritablePathRefusedNothingAudited();
    void commandLine();

private:
    qint64 exports(const QString &mrn);

    Test::ChartingFixture f;
    QTemporaryDir m_dir;
    qint64 m_patient = 0;
    QString m_mrn;
    qint64 m_signed = 0;
    qint64 m_draft = 0;
};

void tst_VisitSummary::initTestCase()
{
    QVERIFY(f.build());
    Core::Services &core = f.store->services();
    Core::PracticeSettings practice = core.practice().settings();
    practice.name = QStringLiteral("Elm <Street> Family Care");
    practice.address = QStringLiteral("12 Elm St, Springfield");
    QVERIFY(core.practice().save(practice));
    auto p = core.patients().create(Test::samplePatient(QStringLiteral("<b>Bold</b>"),
                                                        QStringLiteral("Ann"), QDate(1990, 7, 4)));
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    m_patient = p.value();
    auto opened = core.patients().open(m_patient);
    QVERIFY(opened);
    m_mrn = opened->mrn;

    f.asMoreno();
    auto id = f.charting->encounters().openAdHoc(
        m_patient, f.moreno, f.location, QStringLiteral("office"), QStringLiteral("Cough & fever"),
        QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    m_signed = id.value();
    VitalsEntry v;
    v.patientId = m_patient;
    v.encounterId = m_signed;
    v.systolic = 128;
    v.diastolic = 82;
    v.pulse = 88;
    v.temperature = 100.4;
    QVERIFY(f.charting->vitals().record(v));
    QVERIFY(f.charting->superbill().addDiagnosis(m_signed, QStringLiteral("J06.9")));
    SuperbillLine line;
    line.encounterId = m_signed;
    line.code = QStringLiteral("99213");
    line.pointers = {1};
    QVERIFY(f.charting->superbill().addLine(line));
    Medication med;
    med.patientId = m_patient;
    med.name = QStringLiteral("Benzonatate");
    med.dose = QStringLiteral("100 mg");
    med.route = QStringLiteral("oral");
    med.frequency = QStringLiteral("TID");
    med.start = QDate(2026, 3, 2);
    QVERIFY(f.charting->medications().add(med));
    Allergy allergy;
    allergy.patientId = m_patient;
    allergy.substance = QStringLiteral("Penicillin");
    allergy.reaction = QStringLiteral("Hives");
    allergy.severity = QStringLiteral("severe");
    QVERIFY(f.charting->allergies().add(allergy));
    Note note;
    note.subjective = QStringLiteral("Cough for 4 days.");
    note.objective = QStringLiteral("Lungs clear.");
    note.assessment = Assessment;
    note.plan = Plan;
    QVERIFY(f.charting->notes().save(m_signed, note));
    QVERIFY(f.charting->signing().sign(m_signed));
    QVERIFY(f.charting->notes().addAddendum(m_signed, QStringLiteral("Chest X-ray normal.")));

    auto draft = f.charting->encounters().openAdHoc(
        m_patient, f.moreno, f.location, QStringLiteral("phone"), QStringLiteral("Follow-up call"));
    QVERIFY(draft);
    m_draft = draft.value();
    note.assessment = QStringLiteral("Improving.");
    note.plan = QStringLiteral("Finish the course.");
    QVERIFY(f.charting->notes().save(m_draft, note));
}

void tst_VisitSummary::init()
{
    f.asMoreno();
}

qint64 tst_VisitSummary::exports(const QString &mrn)
{
    Core::AuditFilter filter;
    filter.action = QLatin1String(Charting::Constants::Audit::SummaryExport);
    filter.patientMrn = mrn;
    auto list = f.store->services().audit().list(filter);
    return list ? list->size() : -1;
}

void tst_VisitSummary::htmlHasTheVisitEscaped()
{
    VisitSummarySource source(*f.charting);
    auto data = source.collect(m_signed);
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    QVERIFY(!data->isDraft());
    const QString html = VisitSummary::html(data.value());
    for (const char *part :
         {"Visit summary", "&lt;b&gt;Bold&lt;/b&gt;, Ann", "Elm &lt;Street&gt; Family Care",
          "12 Elm St, Springfield", "Cough &amp; fever", "Alicia Moreno", "J06.9",
          "Acute upper respiratory infection", "99213", "BP 128/82", "Benzonatate", "100 mg",
          "Penicillin", "Hives", "severe", "Viral URI &lt;likely&gt;; no sign of pneumonia.",
          "Fluids &amp; rest.<br/>Return if fever &gt; 3 days.", "Chest X-ray normal.",
          "Signed by"})
        QVERIFY2(html.contains(QString::fromUtf8(part)), part);
    QVERIFY(html.contains(m_mrn));
    QVERIFY(html.contains(QLocale().toString(QDate(1990, 7, 4), QLocale::ShortFormat)));
    // Patient data never becomes markup.
    QVERIFY(!html.contains(QLatin1String("<b>Bold</b>")));
    QVERIFY(!html.contains(QLatin1String("<likely>")));
    QVERIFY(!html.contains(QLatin1String("DRAFT")));
    // The subjective and objective are the provider's working notes, not the summary's.
    QVERIFY(!html.contains(QLatin1String("Lungs clear.")));
}

void tst_VisitSummary::pdfWrittenAndExportAudited()
{
    const qint64 before = exports(m_mrn);
    const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
    auto pages = VisitSummary::exportPdf(*f.charting, m_signed, path);
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
    QVERIFY(pages.value() >= 1);
    checkPdf(path, pages.value());
    QCOMPARE(exports(m_mrn), before + 1);
    Core::AuditFilter filter;
    filter.action = QLatin1String(Charting::Constants::Audit::SummaryExport);
    filter.patientMrn = m_mrn;
    auto entries = f.store->services().audit().list(filter);
    QVERIFY(entries && !entries->isEmpty());
    const QString detail = entries->last().detail;
    QVERIFY2(detail.contains(QStringLiteral("encounter %1").arg(m_signed)), qPrintable(detail));
    QVERIFY(detail.contains(QLatin1String("signed")));
    QVERIFY(detail.contains(QLatin1String("summary.pdf")));
}

void tst_VisitSummary::draftIsMarked()
{
    VisitSummarySource source(*f.charting);
    auto data = source.collect(m_draft);
    QVERIFY(data);
    QVERIFY(data->isDraft());
    const QString html = VisitSummary::html(data.value());
    QVERIFY(html.contains(QStringLiteral("DRAFT — not signed").toHtmlEscaped()));
    QVERIFY(html.contains(QLatin1String("Improving.")));
    QVERIFY(!html.contains(QLatin1String("Signed by")));
    const QString path = m_dir.filePath(QStringLiteral("draft.pdf"));
    auto pages = VisitSummary::exportPdf(*f.charting, m_draft, path);
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
    checkPdf(path, pages.value());
}

void tst_VisitSummary::draftWatermarkPainted()
{
    VisitSummarySource source(*f.charting);
    auto signedData = source.collect(m_signed);
    auto draftData = source.collect(m_draft);
    QVERIFY(signedData && draftData);
    int pages = 0;
    const QImage signedPage = firstPage(signedData.value(), &pages);
    QVERIFY(pages >= 1);
    const QImage draftPage = firstPage(draftData.value(), &pages);
    QVERIFY(pages >= 1);
    const QRect all = signedPage.rect();
    const QRect middle(all.width() / 3, all.height() / 3, all.width() / 3, all.height() / 3);
    // Text is painted on both; only the draft has red on it, across the middle of the page.
    QVERIFY(pixels(signedPage, all, false) > 2000);
    QVERIFY(pixels(draftPage, all, false) > 2000);
    QCOMPARE(pixels(signedPage, all, true), 0);
    QVERIFY(pixels(draftPage, middle, true) > 1000);
}

void tst_VisitSummary::sensitiveNoteLeftOutForOthers()
{
    auto e = f.charting->encounters().openAdHoc(m_patient, f.moreno, f.location,
                                                QStringLiteral("office"),
                                                QStringLiteral("Private matter"));
    QVERIFY(e);
    Note note;
    note.assessment = QStringLiteral("Confidential assessment text");
    note.plan = QStringLiteral("Confidential plan text");
    QVERIFY(f.charting->notes().save(e.value(), note));
    QVERIFY(f.charting->encounters().setSensitive(e.value(), true));

    // Another provider gets the summary without the note, and is told so.
    f.asChen();
    VisitSummarySource source(*f.charting);
    auto other = source.collect(e.value());
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    QVERIFY(!other->note);
    const QString html = VisitSummary::html(other.value());
    QVERIFY(!html.contains(QLatin1String("Confidential")));
    QVERIFY(html.contains(QLatin1String("marked sensitive")));
    QVERIFY(html.contains(QLatin1String("Private matter")));
    const QString path = m_dir.filePath(QStringLiteral("sensitive.pdf"));
    QVERIFY(VisitSummary::exportPdf(*f.charting, e.value(), path));
    checkPdf(path, 0);

    // Its author sees it all.
    f.asMoreno();
    auto own = source.collect(e.value());
    QVERIFY(own && own->note);
    QVERIFY(VisitSummary::html(own.value()).contains(QLatin1String("Confidential plan text")));

    // The front desk does not read charts at all.
    f.asClerk();
    auto clerk = source.collect(e.value());
    QVERIFY(!clerk);
    QCOMPARE(clerk.error().code, Core::ErrorCode::Denied);
}

void tst_VisitSummary::restrictedRecordNeedsBreakGlass()
{
    f.asAdmin();
    Core::Patient vip =
        Test::samplePatient(QStringLiteral("Private"), QStringLiteral("Val"), QDate(1970, 1, 1));
    vip.restricted = true;
    auto id = f.store->services().patients().create(vip);
    QVERIFY(id);
    f.asMoreno();
    auto e = f.charting->encounters().openAdHoc(id.value(), f.moreno, f.location,
                                                QStringLiteral("office"), QStringLiteral("Visit"));
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    const QString path = m_dir.filePath(QStringLiteral("restricted.pdf"));
    auto refused = VisitSummary::exportPdf(*f.charting, e.value(), path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QVERIFY(!QFileInfo::exists(path));

    Core::AuditFilter filter;
    filter.action = QLatin1String(Core::Constants::Audit::BreakGlass);
    const qsizetype before = f.store->services().audit().list(filter)->size();
    auto pages = VisitSummary::exportPdf(*f.charting, e.value(), path,
                                         QStringLiteral("patient asked for the visit summary"));
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
    checkPdf(path, pages.value());
    auto entries = f.store->services().audit().list(filter);
    QCOMPARE(entries->size(), before + 1);
    QVERIFY(entries->last().flagged);
}

void tst_VisitSummary::unwritablePathRefusedNothingAudited()
{
    const qint64 before = exports(m_mrn);
    const QString path = m_dir.filePath(QStringLiteral("no-such-dir/summary.pdf"));
    auto pages = VisitSummary::exportPdf(*f.charting, m_signed, path);
    QVERIFY(!pages);
    QVERIFY2(pages.error().message.contains(QLatin1String("Cannot write")),
             qPrintable(pages.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(exports(m_mrn), before);
    auto unknown =
        VisitSummary::exportPdf(*f.charting, 987654, m_dir.filePath(QStringLiteral("unknown.pdf")));
    QVERIFY(!unknown);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("unknown.pdf"))));
}

void tst_VisitSummary::commandLine()
{
    const QString bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(bin), "AMBULO_BIN must name the ambulo binary");
    const QString data = f.store->dataDir();
    const QString key = f.store->keyFile();
    const qint64 before = exports(m_mrn);
    // The binary opens the same store; this process lets go of it meanwhile.
    f.charting.reset();
    f.store->close();
    auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AMBULO_PASSWORD"), QStringLiteral("moreno-pass-1"));
        // Headless: the command picks the offscreen platform itself when none is set.
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(bin, QStringList{QStringLiteral("--data"), data, QStringLiteral("--key-file"), key,
                                 QStringLiteral("--user"), QStringLiteral("moreno")}
                         + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    };
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    {
        const Run r = run({QStringLiteral("encounters"), QStringLiteral("summary"),
                           QString::number(m_signed), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("%1\t%2\t").arg(m_signed).arg(out)),
                 qPrintable(r.out));
        checkPdf(out, 0);
    }
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
        const Run r = run({QStringLiteral("encounters"), QStringLiteral("summary"),
                           QStringLiteral("987654"), QStringLiteral("--out"), missing});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("987654")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
    }
    {
        const QString bad = m_dir.filePath(QStringLiteral("no-such-dir/cli.pdf"));
        const Run r = run({QStringLiteral("encounters"), QStringLiteral("summary"),
                           QString::number(m_signed), QStringLiteral("--out"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Cannot write")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(bad));
    }
    {
        const Run r = run(
            {QStringLiteral("encounters"), QStringLiteral("summary"), QString::number(m_signed)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--out")), qPrintable(r.err));
    }
    QVERIFY(f.store->reopen());
    f.makeServices();
    QVERIFY(f.store->signInAdmin());
    QCOMPARE(exports(m_mrn), before + 1);
}

QTEST_MAIN(tst_VisitSummary)
#include "tst_visitsummary.moc"
