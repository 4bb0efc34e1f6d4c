#pragma once

#include "connectors/hl7/delimiters.h"
#include "connectors/hl7/escaping.h"
#include "connectors/hl7/hl7error.h"
#include "connectors/hl7/path.h"
#include "connectors/hl7/value.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace Ambulo::Hl7 {

// Bounds on one message, so a hostile or broken peer costs a clear error, not the machine.
struct ParseLimits
{
    qsizetype maxBytes = 16 * 1024 * 1024;
    int maxSegments = 10000;
    int maxFields = 200000;
};

// One HL7 v2 message. Parsing keeps the original bytes and records where each segment and field
// lies in them; components, repetitions and escapes are only looked at when a path asks. An
// unmodified message serializes to exactly the bytes it was parsed from (segment separators
// included); set() re-encodes only the segments it touches.
class Message
{
public:
    static std::optional<Message> parse(QByteArray bytes, Error *error = nullptr,
                                        const ParseLimits &limits = {});
    // A message holding only an MSH with fields up to MSH-12 (and MSH-18 when not UTF-8).
    static Message create(const Delimiters &delimiters = {}, Charset charset = Charset::Utf8);

    QByteArray serialize() const;
    bool isModified() const { return m_modified; }
    const Delimiters &delimiters() const { return m_delimiters; }
    Charset charset() const { return m_charset; }

    int segmentCount() const { return int(m_segments.size()); }
    QByteArray segmentName(int index) const;
    int occurrences(QByteArrayView segmentName) const;

    Value get(const Path &path) const;
    // Null with *error set when the path is malformed.
    std::optional<Value> get(QStringView path, Error *error = nullptr) const;

    // Writes an unescaped value (escaping it), creating segments, fields, repetitions and
    // components as needed. An empty text writes an empty element; setNull writes HL7's `""`.
    // MSH-1, MSH-2 and MSH-18 are fixed at parse/create time and refused here.
    bool set(const Path &path, const QString &text, Error *error = nullptr);
    bool set(QStringView path, const QString &text, Error *error = nullptr);
    bool setNull(const Path &path, Error *error = nullptr);

private:
    struct Span
    {
        qint32 offset = 0;
        qint32 length = 0;
    };
    struct Segment
    {
        Span content;
        Span terminator;
        qint32 firstPiece = 0;
        qint32 pieceCount = 0;
        qint32 edited = -1; // index into m_edited once set() has touched the segment
        bool added = false; // made by set(); ends with \r
    };

    Message() = default;
    QByteArrayView piece(const Segment &segment, int index) const;
    int pieceCount(const Segment &segment) const;
    QByteArrayView segmentNameView(const Segment &segment) const;
    int findSegment(QByteArrayView name, int occurrence) const;
    bool setEncoded(const Path &path, const QByteArray &leaf, Error *error);
    int ensureSegment(const QByteArray &name, int occurrence, Error *error);

    QByteArray m_raw;
    QList<Segment> m_segments;
    QList<Span> m_pieces; // every segment's pieces, split on the field separator; [0] is the name
    std::vector<QList<QByteArray>> m_edited;
    Delimiters m_delimiters;
    Charset m_charset = Charset::Utf8;
    int m_maxSegments = ParseLimits{}.maxSegments;
    bool m_modified = false;
};

} // namespace Ambulo::Hl7
