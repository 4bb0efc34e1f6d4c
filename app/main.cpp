#include "app/bench/calendarbench.h"
#include "app/cli/chartingcommands.h"
#include "app/cli/cli.h"
#include "app/shell/gui.h"
#include "app/translations.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ambulo"));
    QCoreApplication::setApplicationName(QStringLiteral("ambulo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMBULO_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Ambulo::App::benchNeedsWidgets(arguments) || Ambulo::App::chartingNeedsGui(arguments)) {
        // The calendar bench paints the real view and the visit summary lays out a PDF: widgets
        // and fonts, but no window on any screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        Ambulo::App::installTranslations(app);
        return Ambulo::App::runCli(arguments);
    }
    if (Ambulo::App::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Ambulo::App::installTranslations(app);
        return Ambulo::App::runCli(arguments);
    }
    QApplication app(argc, argv);
    setIdentity();
    Ambulo::App::installTranslations(app);
    return Ambulo::App::runGui(arguments);
}
