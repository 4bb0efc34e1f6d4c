#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/encounterwidget.h"
#include "modules/charting/ui/noteeditor.h"
#include "tests/modules/charting/chartingfixture.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QtTest>

#include <csignal>

using namespace Ambulo;

// A crash mid-note loses nothing typed: a separate process shows the real visit dock, types, and
// is killed with SIGKILL (no close, no destructor); the store then holds the exact text as the
// draft, and a new dock restores it.
class tst_NoteAutosave : public QObject
{
    Q_OBJECT

private slots:
    void killMidNoteKeepsText();
};

void tst_NoteAutosave::killMidNoteKeepsText()
{
    Test::ChartingFixture f;
    QVERIFY(f.build());
    const qint64 id = f.openEncounter(901);
    QVERIFY(id > 0);
    const QString typed = QStringLiteral("Cough for 3 days, no fever; wheeze at night. ÄÖ ±");
    const QString dataDir = f.store->dataDir();
    const QString keyFile = f.store->keyFile();
    // The helper uses the store alone, as another workstation process would.
    f.charting.reset();
    f.store->close();

    QProcess helper;
    helper.setProcessChannelMode(QProcess::SeparateChannels);
    helper.start(QStringLiteral(AMBULO_NOTEAUTOSAVEAPP),
                 {dataDir, keyFile, QStringLiteral("moreno"), QStringLiteral("moreno-pass-1"),
                  QString::number(id), typed});
    QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("typed\n") && clock.elapsed() < 60000
           && helper.state() == QProcess::Running) {
        helper.waitForReadyRead(500);
        out += helper.readAllStandardOutput();
    }
    QVERIFY2(out.contains("typed\n"),
             qPrintable(QString::fromUtf8(out + helper.readAllStandardError())));
    QCOMPARE(helper.state(), QProcess::Running);
    ::kill(helper.processId(), SIGKILL);
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    // After the "restart".
    QVERIFY(f.store->reopen());
    f.makeServices();
    f.asMoreno();
    auto draft = f.charting->notes().draft(id);
    QVERIFY2(draft.ok(), qPrintable(draft.error().message));
    QVERIFY(draft->has_value());
    QCOMPARE((*draft)->subjective, typed);

    Core::PatientContext patient;
    Core::ModuleContext context{f.store->services(), patient, f.events};
    auto opened = f.store->services().patients().open(f.garcia);
    QVERIFY(opened.ok());
    patient.setCurrent(opened.value());
    Charting::ChartContext chart;
    chart.setEncounter(id);
    Charting::Internal::EncounterWidget widget(*f.charting, chart, context);
    QCOMPARE(widget.encounterId(), id);
    auto edit = widget.findChild<QPlainTextEdit *>(
        QLatin1String(Charting::Constants::ObjectNames::NoteSubjective));
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), typed);
    QVERIFY(widget.noteEditor()->restoredDraft());
    QVERIFY(widget.messageText().contains(QStringLiteral("Restored")));
}

QTEST_MAIN(tst_NoteAutosave)
#include "tst_noteautosave.moc"
