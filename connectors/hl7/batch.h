#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Ambulo::Hl7 {

// One message's bytes within a file, and where they start.
struct BatchPart
{
    qsizetype offset = 0;
    QByteArray bytes;
};

// Splits a file of several messages at each MSH that starts a segment. FHS/BHS/BTS/FTS batch
// envelope segments and blank lines between messages are dropped. Any other text before the first
// MSH is returned as a part of its own, so parsing it reports the problem instead of losing it.
QList<BatchPart> splitBatch(QByteArrayView bytes);

} // namespace Ambulo::Hl7
