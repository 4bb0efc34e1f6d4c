#include "app/shell/gui.h"

#include "app/modulecatalog.h"
#include "app/shell/shell.h"
#include "core/store/checkpointer.h"
#include "core/store/store.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

namespace Ambulo::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::App", text);
}

struct GuiOptions
{
    QString dataDir;
    QString keyFile;
    QString user;
    QString benchReport; // --bench-startup FILE: sign in as --user, report, quit
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
        static const QStringList known{QStringLiteral("--data"), QStringLiteral("--key-file"),
                                       QStringLiteral("--user"), QStringLiteral("--bench-startup")};
        if (!known.contains(name))
            return Core::Error{Core::ErrorCode::Usage,
                               tr("Unknown option '%1'. The workstation takes --data DIR, "
                                  "--key-file FILE and --user NAME; see 'ambulo help' for the "
                                  "commands.")
                                   .arg(name.left(60))};
        if (eq <= 0) {
            if (i + 1 >= arguments.size())
                return Core::Error{Core::ErrorCode::Usage, tr("%1 needs a value.").arg(name)};
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--data"))
            options.dataDir = value;
        else if (name == QLatin1String("--key-file"))
            options.keyFile = value;
        else if (name == QLatin1String("--user"))
            options.user = value;
        else
            options.benchReport = value;
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

// Milliseconds since this process was started by the kernel, and resident memory in MB: what
// `ambulo bench startup` reports for a cold start to a usable window.
std::pair<double, double> processFigures()
{
    double sinceStartMs = -1;
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (stat.open(QIODevice::ReadOnly) && uptime.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double startTicks = fields.value(19).toDouble(); // field 22 of proc(5)
        const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
        sinceStartMs = (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
    }
    double rssMb = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : status.readAll().split('\n')) {
            if (l.startsWith("VmRSS:"))
                rssMb = l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return {sinceStartMs, rssMb};
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

    // Checkpoints run on a worker so no booking or sign-in pays for copying the WAL back.
    Core::Checkpointer checkpointer(*store.value());
    (void)checkpointer.start(); // without it SQLite checkpoints inside commits, as by default

    // The shell decides when the application ends: between sessions no window may be visible.
    QApplication::setQuitOnLastWindowClosed(false);
    Shell shell(*store.value());
    QObject::connect(&shell, &Shell::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    if (!options->benchReport.isEmpty()) {
        const Core::Status signedIn =
            shell.signIn(options->user, qEnvironmentVariable("AMBULO_PASSWORD"));
        if (!signedIn) {
            std::fprintf(stderr, "ambulo: %s\n", qPrintable(signedIn.error().message));
            return 1;
        }
        // Reported once the window has been shown and the event loop has drawn it.
        QTimer::singleShot(0, qApp, [report = options->benchReport] {
            QCoreApplication::processEvents();
            const auto [ms, rss] = processFigures();
            QFile out(report);
            if (out.open(QIODevice::WriteOnly))
                out.write(QByteArray::number(ms, 'f', 1) + '\t' + QByteArray::number(rss, 'f', 1));
            QCoreApplication::exit(out.error() == QFile::NoError ? 0 : 1);
        });
        return QApplication::exec();
    }
    shell.start(options->user);
    return QApplication::exec();
}

} // namespace Ambulo::App
