#include "app/cli/clicontext.h"

#include "app/cli/cli.h"
#include "app/modulecatalog.h"

#include <QDir>
#include <QFileInfo>

namespace Ambulo::App {

namespace {

// Options that take no value.
const QSet<QString> Flags{QStringLiteral("stdin"),      QStringLiteral("csv"),
                          QStringLiteral("restricted"), QStringLiteral("send"),
                          QStringLiteral("once"),       QStringLiteral("tls"),
                          QStringLiteral("help"),       QStringLiteral("all")};

// Every option a command reads (besides --data, --key-file and --user): any other is refused
// before the command runs, so a misspelt one (--chnages) is never silently ignored while the
// command goes ahead with its default. A command that reads a new option lists it here.
const QSet<QString> ValueOptions{
    QStringLiteral("ack-timeout"),
    QStringLiteral("action"),
    QStringLiteral("admin"),
    QStringLiteral("authority"),
    QStringLiteral("bench-dir"),
    QStringLiteral("bind"),
    QStringLiteral("by"),
    QStringLiteral("ca-file"),
    QStringLiteral("changes"),
    QStringLiteral("client-ca"),
    QStringLiteral("date"),
    QStringLiteral("display-name"),
    QStringLiteral("dob"),
    QStringLiteral("email"),
    QStringLiteral("family"),
    QStringLiteral("number"),
    QStringLiteral("fhir-server"),
    QStringLiteral("from"),
    QStringLiteral("from-server"),
    QStringLiteral("given"),
    QStringLiteral("host"),
    QStringLiteral("interval"),
    QStringLiteral("keep"),
    QStringLiteral("limit"),
    QStringLiteral("middle"),
    QStringLiteral("minutes"),
    QStringLiteral("mobile"),
    QStringLiteral("mrn"),
    QStringLiteral("name"),
    QStringLiteral("out"),
    QStringLiteral("override"),
    QStringLiteral("page-size"),
    QStringLiteral("patient"),
    QStringLiteral("patients"),
    QStringLiteral("phone"),
    QStringLiteral("port"),
    QStringLiteral("practice"),
    QStringLiteral("provider"),
    QStringLiteral("prune"),
    QStringLiteral("reason"),
    QStringLiteral("receiving-application"),
    QStringLiteral("receiving-facility"),
    QStringLiteral("resources"),
    QStringLiteral("role"),
    QStringLiteral("room"),
    QStringLiteral("seed"),
    QStringLiteral("sending-facility"),
    QStringLiteral("server"),
    QStringLiteral("sex"),
    QStringLiteral("start"),
    QStringLiteral("timeout"),
    QStringLiteral("tls-ca"),
    QStringLiteral("tls-cert"),
    QStringLiteral("tls-key"),
    QStringLiteral("to"),
    QStringLiteral("token-file"),
    QStringLiteral("type"),
    QStringLiteral("types"),
};

const QSet<QString> GlobalOptions{QStringLiteral("data"), QStringLiteral("key-file"),
                                  QStringLiteral("user")};

void checkListed(const QString &option)
{
    if (!ValueOptions.contains(option))
        qCritical("ambulo: the command line reads --%s, which ValueOptions does not list",
                  qPrintable(option));
}

} // namespace

CliContext::CliContext(FILE *input, FILE *output, FILE *error)
    : in(input)
    , out(output)
    , err(error)
{}

bool CliContext::parse(const QStringList &arguments, QString *error)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (!Flags.contains(name) && !ValueOptions.contains(name)
            && !GlobalOptions.contains(name)) {
            *error = QStringLiteral("unknown option --%1").arg(name.left(40));
            return false;
        }
        if (Flags.contains(name)) {
            if (hasValue) {
                *error = QStringLiteral("--%1 takes no value").arg(name);
                return false;
            }
            flags.insert(name);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("--%1 needs a value").arg(name);
                return false;
            }
            value = arguments[++i];
        }
        if (name == QLatin1String("data"))
            dataDir = value;
        else if (name == QLatin1String("key-file"))
            keyFile = value;
        else if (name == QLatin1String("user") && words.isEmpty())
            user = value;
        else if (name == QLatin1String("user"))
            usersAfterCommand << value;
        else
            options.insert(name, value);
    }
    // Before the command word --user names who runs it; after it, the first --user does the same
    // unless one was given before, and the next one is left to the command (audit list's filter).
    if (user.isEmpty() && !usersAfterCommand.isEmpty())
        user = usersAfterCommand.takeFirst();
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("AMBULO_DATA", Core::Store::defaultDataDir());
    if (keyFile.isEmpty())
        keyFile = qEnvironmentVariable("AMBULO_KEY_FILE");
    return true;
}

bool CliContext::has(const QString &option) const
{
    checkListed(option);
    return options.contains(option);
}

QString CliContext::option(const QString &name) const
{
    checkListed(name);
    return options.value(name);
}

QString CliContext::readLine()
{
    QByteArray line;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, in)) {
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    if (line.isEmpty())
        return {};
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString CliContext::password()
{
    if (qEnvironmentVariableIsSet("AMBULO_PASSWORD"))
        return qEnvironmentVariable("AMBULO_PASSWORD");
    return readLine();
}

void CliContext::print(const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), out);
}

void CliContext::printRaw(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), out);
}

int CliContext::fail(const Core::Error &error)
{
    const QByteArray utf8 = "ambulo: " + error.message.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), err);
    return exitCodeFor(error);
}

void CliContext::note(const QString &line)
{
    const QByteArray utf8 = "ambulo: " + line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), err);
    std::fflush(err);
}

int CliContext::usage(const QString &message)
{
    return fail({Core::ErrorCode::Usage, message + QStringLiteral(" (see 'ambulo help')")});
}

Core::StoreLocation CliContext::location() const
{
    return {QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath()), keyFile};
}

Core::Result<CliContext::Opened> CliContext::openAndSignIn()
{
    if (user.isEmpty())
        return Core::Error{Core::ErrorCode::Usage,
                           QStringLiteral("This command needs --user NAME (password from "
                                          "AMBULO_PASSWORD or the first line of stdin).")};
    Core::Result<std::unique_ptr<Core::Store>> store =
        Core::Store::open(location(), ModuleCatalog::migrations());
    if (!store)
        return store.error();
    Opened opened;
    opened.store = std::move(store.value());
    opened.services =
        std::make_unique<Core::Services>(*opened.store, Core::Services::thisWorkstation());
    Core::Result<Core::Session> session = opened.services->users().signIn(user, password());
    if (!session)
        return session.error();
    return opened;
}

int exitCodeFor(const Core::Error &error)
{
    switch (error.code) {
    case Core::ErrorCode::Invalid:
        return ExitError;
    case Core::ErrorCode::Usage:
        return ExitUsage;
    case Core::ErrorCode::Conflict:
        return ExitConflict;
    case Core::ErrorCode::Denied:
        return ExitDenied;
    }
    return ExitError;
}

} // namespace Ambulo::App
