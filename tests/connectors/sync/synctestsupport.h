#pragma once

// Small things every sync test file uses.

#include "connectors/sync/syncengine.h"
#include "core/entities/npi.h"

#include <QString>

namespace Ambulo::Test {

// A round's result in one line, for a failed check's message.
inline QString describe(const Sync::RoundResult &r)
{
    return QStringLiteral(
               "ok %1 pushed %2 pulled %3 new conflicts %4 open %5 rejected %6 skipped %7 "
               "merges waiting %8: %9")
        .arg(r.ok)
        .arg(r.pushed)
        .arg(r.pulled)
        .arg(r.newConflicts)
        .arg(r.openConflicts)
        .arg(r.rejected)
        .arg(r.skipped)
        .arg(r.waitingMerges)
        .arg(r.message);
}

// One round of `ws` (a workstation of a sync test, anything with round()); the test fails,
// saying why, unless it went through.
#define ROUND_OK(ws)                                                                               \
    do {                                                                                           \
        const ::Ambulo::Sync::RoundResult r_ = (ws).round();                                       \
        QVERIFY2(r_.ok, qPrintable(::Ambulo::Test::describe(r_)));                                 \
    } while (false)

// A valid NPI (Luhn check digit), distinct per n.
inline QString npi(int n)
{
    const QString nine = QStringLiteral("1%1").arg(98765400 + n, 8, 10, QLatin1Char('0'));
    return nine + QString::number(Core::Npi::checkDigit(nine));
}

} // namespace Ambulo::Test
