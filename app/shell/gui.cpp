#include "app/shell/gui.h"

#include "app/modulecatalog.h"
#include "app/shell/shell.h"
#include "core/store/store.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace Ambulo::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::App::Gui", text);
}

struct GuiOptions
{
    QString dataDir;
    QString keyFile;
};

// The same --data and --key-file as the command line, with the same environment fallbacks.
Core::Result<GuiOptions> parseOptions(const QStringList &arguments)
{
    GuiOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (name != QLatin1String("--data") && name != QLatin1String("--key-file"))
            return Core::Error{Core::ErrorCode::Usage,
                               tr("Unknown option '%1'. The workstation takes --data DIR and "
                                  "--key-file FILE; see 'ambulo help' for the commands.")
                                   .arg(name.left(60))};
        if (eq <= 0) {
            if (i + 1 >= arguments.size())
                return Core::Error{Core::ErrorCode::Usage, tr("%1 needs a value.").arg(name)};
            value = arguments.at(++i);
        }
        (name == QLatin1String("--data") ? options.dataDir : options.keyFile) = value;
    }
    if (options.dataDir.isEmpty())
        options.dataDir = qEnvironmentVariable("AMBULO_DATA", Core::Store::defaultDataDir());
    if (options.keyFile.isEmpty())
        options.keyFile = qEnvironmentVariable("AMBULO_KEY_FILE");
    return options;
}

// main() hands over argv as it was; QApplication has since removed its own options (-platform,
// -style, ...) from its copy, and those are not ours to refuse.
QStringList withoutQtOptions(const QStringList &arguments)
{
    const QStringList remaining = QCoreApplication::arguments();
    QStringList ours;
    for (const QString &argument : arguments) {
        if (remaining.contains(argument))
            ours << argument;
    }
    return ours;
}

int fail(const QString &title, const QString &message)
{
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

} // namespace

int runGui(const QStringList &arguments)
{
    Core::Result<GuiOptions> options = parseOptions(withoutQtOptions(arguments));
    if (!options)
        return fail(tr("Ambulo cannot start"), options.error().message);

    const Core::StoreLocation location{
        QDir::cleanPath(QFileInfo(options->dataDir).absoluteFilePath()), options->keyFile};
    if (!Core::Store::exists(location.dataDir))
        return fail(tr("No practice store"),
                    tr("There is no Ambulo store in %1.\n\nCreate one with 'ambulo init "
                       "--practice NAME --admin USER', or start Ambulo with --data pointing to "
                       "the practice's store.")
                        .arg(QDir::toNativeSeparators(location.dataDir)));
    Core::Result<std::unique_ptr<Core::Store>> store =
        Core::Store::open(location, ModuleCatalog::migrations());
    if (!store)
        return fail(tr("Cannot open the practice store"),
                    tr("The store in %1 could not be opened:\n\n%2")
                        .arg(QDir::toNativeSeparators(location.dataDir), store.error().message));

    // The shell decides when the application ends: between sessions no window may be visible.
    QApplication::setQuitOnLastWindowClosed(false);
    Shell shell(*store.value());
    QObject::connect(&shell, &Shell::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    shell.start();
    return QApplication::exec();
}

} // namespace Ambulo::App
