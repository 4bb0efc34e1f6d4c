// Renders the signed-in workstation to a PNG for the README; not a test. Usage:
//   shell_screenshot --data DIR --key-file FILE --user NAME --search TEXT [--lock | --login]
//                    --out FILE.png
// with the password in AMBULO_PASSWORD. Run it under xvfb-run for a real X11 rendering.

#include "app/modulecatalog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/patientsearchdialog.h"
#include "app/shell/shell.h"
#include "app/shell/shellconstants.h"
#include "core/store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>

#include <cstdio>

using namespace Ambulo;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"data", "key-file", "user", "search", "out"})
        parser.addOption({QLatin1String(name), QString(), QStringLiteral("value")});
    parser.addOption({QStringLiteral("lock"), QStringLiteral("show the lock screen")});
    parser.addOption({QStringLiteral("login"), QStringLiteral("show the login dialog only")});
    parser.process(app);

    auto store = Core::Store::open(
        {parser.value(QStringLiteral("data")), parser.value(QStringLiteral("key-file"))},
        App::ModuleCatalog::migrations());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    App::Shell shell(*store.value());
    if (parser.isSet(QStringLiteral("login"))) {
        shell.start();
        QTest::qWait(300);
        return shell.loginDialog()->grab().save(parser.value(QStringLiteral("out"))) ? 0 : 1;
    }
    if (Core::Status s = shell.signIn(parser.value(QStringLiteral("user")),
                                      qEnvironmentVariable("AMBULO_PASSWORD"));
        !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    App::MainWindow *window = shell.mainWindow();
    window->resize(1400, 900);
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    if (parser.isSet(QStringLiteral("search"))) {
        // The same path as a clerk: Ctrl+K, type, Enter.
        window->findPatientAction()->trigger();
        auto edit = window->patientSearch()->findChild<QLineEdit *>(
            QLatin1String(App::Constants::ObjectNames::PatientSearchEdit));
        QTest::keyClicks(edit, parser.value(QStringLiteral("search")));
        QTest::keyClick(edit, Qt::Key_Return);
        if (!shell.patientContext().current())
            std::fprintf(stderr, "no patient opened for '%s': %s\n",
                         qPrintable(parser.value(QStringLiteral("search"))),
                         qPrintable(edit->text()));
    }
    if (parser.isSet(QStringLiteral("lock")))
        shell.lockNow();
    QTest::qWait(500);
    if (!window->grab().save(parser.value(QStringLiteral("out")))) {
        std::fprintf(stderr, "cannot write the screenshot\n");
        return 1;
    }
    return 0;
}
