#pragma once

#include <QStringList>

#include <cstdio>

namespace Ambulo::App {

// Exit codes of the headless commands.
enum ExitCode { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitConflict = 3, ExitDenied = 4 };

// True when the arguments name a headless command rather than the GUI.
bool isCliInvocation(const QStringList &arguments);

// Runs one headless command; arguments without the program name.
int runCli(const QStringList &arguments, FILE *in = stdin, FILE *out = stdout, FILE *err = stderr);

} // namespace Ambulo::App
