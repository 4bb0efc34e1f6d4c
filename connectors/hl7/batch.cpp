#include "connectors/hl7/batch.h"

namespace Ambulo::Hl7 {

namespace {

bool startsSegment(QByteArrayView line, QByteArrayView name)
{
    if (!line.startsWith(name))
        return false;
    if (line.size() == name.size())
        return true;
    const char next = line[name.size()];
    return !((next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9'));
}

bool isEnvelope(QByteArrayView line)
{
    return startsSegment(line, "FHS") || startsSegment(line, "BHS") || startsSegment(line, "BTS")
           || startsSegment(line, "FTS");
}

} // namespace

QList<BatchPart> splitBatch(QByteArrayView bytes)
{
    QList<BatchPart> parts;
    qsizetype partStart = -1;
    auto close = [&](qsizetype end) {
        if (partStart >= 0 && end > partStart)
            parts.append({partStart, bytes.sliced(partStart, end - partStart).toByteArray()});
        partStart = -1;
    };
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = pos;
        while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
            ++end;
        qsizetype next = end;
        while (next < bytes.size() && (bytes[next] == '\r' || bytes[next] == '\n'))
            ++next;
        const QByteArrayView line = bytes.sliced(pos, end - pos);
        if (startsSegment(line, "MSH")) {
            close(pos);
            partStart = pos;
        } else if (isEnvelope(line)) {
            close(pos);
        } else if (partStart < 0 && !line.trimmed().isEmpty()) {
            partStart = pos; // stray text outside a message: kept so parsing can report it
        }
        pos = next;
    }
    close(bytes.size());
    return parts;
}

} // namespace Ambulo::Hl7
