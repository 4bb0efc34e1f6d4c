// The autosave test's victim: opens the real store, signs in, shows the real visit dock on an
// encounter offscreen, types into the note, says "typed" once the autosave pause has passed and
// then waits to be killed.
//
// Usage: noteautosaveapp DATA_DIR KEY_FILE USERNAME PASSWORD ENCOUNTER_ID TEXT

#include "app/modulecatalog.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"
#include "core/store/store.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/encounterwidget.h"
#include "modules/charting/ui/noteeditor.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>

using namespace Ambulo;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: noteautosaveapp DATA_DIR KEY_FILE USER PASSWORD "
                             "ENCOUNTER_ID TEXT\n");
        return 2;
    }
    auto store = Core::Store::open({args[1], args[2]}, App::ModuleCatalog::migrations());
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().message));
        return 1;
    }
    Core::Services services(*store.value(), QStringLiteral("autosave-test"));
    if (auto session = services.users().signIn(args[3], args[4]); !session) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(session.error().message));
        return 1;
    }
    Core::EventHub events;
    Core::PatientContext patient;
    Core::ModuleContext context{services, patient, events};
    Charting::ChartingServices charting(services, events);
    Charting::ChartContext chart;
    const qint64 encounterId = args[5].toLongLong();
    auto encounter = charting.encounters().encounter(encounterId);
    if (!encounter) {
        std::fprintf(stderr, "encounter: %s\n", qPrintable(encounter.error().message));
        return 1;
    }
    auto opened = services.patients().open(encounter->patientId);
    if (!opened) {
        std::fprintf(stderr, "patient: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    patient.setCurrent(opened.value());
    chart.setEncounter(encounterId);

    Charting::Internal::EncounterWidget widget(charting, chart, context);
    widget.resize(600, 700);
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        return 1;
    auto edit = widget.findChild<QPlainTextEdit *>(
        QLatin1String(Charting::Constants::ObjectNames::NoteSubjective));
    if (!edit || edit->isReadOnly()) {
        std::fprintf(stderr, "no writable note editor: %s\n", qPrintable(widget.messageText()));
        return 1;
    }
    QTest::keyClicks(edit, args[6]);
    // Only the debounce may save: no focus change, no close, no Save.
    QTest::qWait(Charting::Internal::NoteEditor::AutosaveDelayMs + 500);
    std::printf("typed\n");
    std::fflush(stdout);
    return app.exec();
}
