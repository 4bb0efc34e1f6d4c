#pragma once

#include "core/result.h"
#include "core/session/services.h"
#include "core/store/store.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace Ambulo::App {

// One parsed command line plus the streams it talks to.
class CliContext
{
public:
    CliContext(FILE *in, FILE *out, FILE *err);

    // Splits global options (--data, --key-file, --user), other options and positional words.
    bool parse(const QStringList &arguments, QString *error);

    QString dataDir;
    QString keyFile;
    QString user;
    // --user given after the command word; for 'audit list' the second one filters by user.
    QStringList usersAfterCommand;
    QStringList words;
    QHash<QString, QString> options;
    QSet<QString> flags;

    // Only options parse() knows are given; reading one it does not list is reported as a
    // programming error.
    bool has(const QString &option) const;
    QString option(const QString &name) const;

    // The next line of standard input, without its line end; null at end of input.
    QString readLine();
    // AMBULO_PASSWORD, else the first line of standard input.
    QString password();

    void print(const QString &line);    // to stdout, with a newline
    void printRaw(const QString &text); // to stdout as is
    int fail(const Core::Error &error); // prints to stderr, returns the exit code
    // A line for the person at the terminal, on stderr, so it never mixes into output a script
    // reads (what to do next after an empty listing, say).
    void note(const QString &line);
    int usage(const QString &message);

    Core::StoreLocation location() const;

    // The store opened and the --user signed in; on failure the exit code to return.
    struct Opened
    {
        std::unique_ptr<Core::Store> store;
        std::unique_ptr<Core::Services> services;
    };
    Core::Result<Opened> openAndSignIn();

    FILE *in;
    FILE *out;
    FILE *err;
};

int exitCodeFor(const Core::Error &error);

int runBench(CliContext &cli);

} // namespace Ambulo::App
