#include "connectors/hl7/message.h"

namespace Ambulo::Hl7 {

namespace {

const QByteArrayView NullValue("\"\"");

bool isNameChar(char c, bool first)
{
    return (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

QString showBytes(QByteArrayView bytes)
{
    QString out;
    for (char c : bytes.first(std::min<qsizetype>(bytes.size(), 12))) {
        const auto u = static_cast<unsigned char>(c);
        out += u >= 0x20 && u < 0x7f ? QString(QLatin1Char(c))
                                     : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

// The n-th (1-based) piece of text split on sep; null when there are fewer pieces.
std::optional<QByteArrayView> nth(QByteArrayView text, char sep, int n)
{
    qsizetype start = 0;
    for (int i = 1; i < n; ++i) {
        const qsizetype at = text.indexOf(sep, start);
        if (at < 0)
            return std::nullopt;
        start = at + 1;
    }
    const qsizetype end = text.indexOf(sep, start);
    return text.sliced(start, (end < 0 ? text.size() : end) - start);
}

QList<QByteArray> split(QByteArrayView text, char sep)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    for (;;) {
        const qsizetype at = text.indexOf(sep, start);
        if (at < 0) {
            out.append(text.sliced(start).toByteArray());
            return out;
        }
        out.append(text.sliced(start, at - start).toByteArray());
        start = at + 1;
    }
}

QByteArray join(const QList<QByteArray> &parts, char sep)
{
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out.append(sep);
        out.append(parts[i]);
    }
    return out;
}

// Replaces the n-th piece of text (split on sep), adding empty pieces as needed.
template<typename Edit>
QByteArray editNth(QByteArrayView text, char sep, int n, Edit edit)
{
    QList<QByteArray> parts = split(text, sep);
    while (parts.size() < n)
        parts.append(QByteArray());
    parts[n - 1] = edit(parts[n - 1]);
    return join(parts, sep);
}

} // namespace

std::optional<Message> Message::parse(QByteArray bytes, Error *error, const ParseLimits &limits)
{
    auto fail = [&](qsizetype at, QString message) -> std::optional<Message> {
        if (error)
            *error = {at, std::move(message)};
        return std::nullopt;
    };
    if (bytes.size() > limits.maxBytes)
        return fail(limits.maxBytes, QStringLiteral("the message is larger than the limit of %1 "
                                                    "bytes; expected a segment separator and "
                                                    "the next message before it")
                                         .arg(limits.maxBytes));
    if (bytes.isEmpty())
        return fail(0, QStringLiteral("the input is empty; expected a message starting 'MSH'"));
    const auto delimiters = Delimiters::fromHeader(bytes, error);
    if (!delimiters)
        return std::nullopt;

    Message m;
    m.m_delimiters = *delimiters;
    m.m_maxSegments = limits.maxSegments;
    m.m_segments.reserve(16);
    m.m_pieces.reserve(bytes.size() / 8 + 16);
    const char *data = bytes.constData();
    const qint32 size = qint32(bytes.size());
    const char fieldSep = delimiters->field;
    qint32 pos = 0;
    while (pos < size) {
        if (m.m_segments.size() >= limits.maxSegments)
            return fail(pos, QStringLiteral("more than %1 segments; expected the message to end "
                                            "before this one")
                                 .arg(limits.maxSegments));
        Segment seg;
        seg.content.offset = pos;
        seg.firstPiece = qint32(m.m_pieces.size());
        qint32 pieceStart = pos;
        qint32 i = pos;
        for (; i < size; ++i) {
            const auto u = static_cast<unsigned char>(data[i]);
            if (u < 0x20) {
                if (u == '\r' || u == '\n')
                    break;
                if (u != '\t')
                    return fail(i, QStringLiteral("unexpected control byte 0x%1; expected text "
                                                  "or a segment separator")
                                       .arg(u, 2, 16, QLatin1Char('0')));
            } else if (data[i] == fieldSep) {
                m.m_pieces.append({pieceStart, i - pieceStart});
                pieceStart = i + 1;
            }
        }
        m.m_pieces.append({pieceStart, i - pieceStart});
        if (m.m_pieces.size() > limits.maxFields)
            return fail(pieceStart,
                        QStringLiteral("more than %1 fields in the message").arg(limits.maxFields));
        seg.content.length = i - pos;
        seg.pieceCount = qint32(m.m_pieces.size()) - seg.firstPiece;
        seg.terminator.offset = i;
        while (i < size && (data[i] == '\r' || data[i] == '\n'))
            ++i;
        seg.terminator.length = i - seg.terminator.offset;

        const Span name = m.m_pieces[seg.firstPiece];
        const QByteArrayView nameView(data + name.offset, name.length);
        if (name.length != 3 || !isNameChar(nameView[0], true) || !isNameChar(nameView[1], false)
            || !isNameChar(nameView[2], false))
            return fail(pos, QStringLiteral("expected a segment name (an upper-case letter then "
                                            "two upper-case letters or digits), found '%1'")
                                 .arg(showBytes(QByteArrayView(data + pos, seg.content.length))));
        if (!m.m_segments.isEmpty() && nameView == "MSH")
            return fail(pos, QStringLiteral("a second MSH segment; expected one message (split "
                                            "batches first)"));
        m.m_segments.append(seg);
        pos = i;
    }

    const Segment &msh = m.m_segments.first();
    if (msh.pieceCount < 12)
        return fail(msh.content.offset + msh.content.length,
                    QStringLiteral("MSH ends after MSH-%1; expected fields up to MSH-12 (the "
                                   "version) — is the message truncated?")
                        .arg(msh.pieceCount));
    m.m_raw = std::move(bytes);
    if (msh.pieceCount >= 18) {
        const QByteArrayView msh18 = m.piece(msh, 17);
        const QByteArrayView first =
            *nth(*nth(msh18, m.m_delimiters.repetition, 1), m.m_delimiters.component, 1);
        const auto charset = charsetFromName(first);
        if (!charset)
            return fail(m.m_pieces[msh.firstPiece + 17].offset,
                        QStringLiteral("unsupported character set '%1' in MSH-18; expected "
                                       "ASCII, 8859/1 or UNICODE UTF-8")
                            .arg(showBytes(first)));
        m.m_charset = *charset;
    }
    return m;
}

Message Message::create(const Delimiters &delimiters, Charset charset)
{
    QByteArray raw = "MSH";
    raw.append(delimiters.field).append(delimiters.encodingCharacters());
    raw.append(QByteArray(10, delimiters.field));
    if (charset != Charset::Utf8)
        raw.append(QByteArray(6, delimiters.field)).append(charsetName(charset));
    raw.append('\r');
    Error error;
    auto m = parse(raw, &error);
    Q_ASSERT_X(m, "Hl7::Message::create", qPrintable(error.toString()));
    return std::move(*m);
}

QByteArrayView Message::piece(const Segment &segment, int index) const
{
    if (segment.edited >= 0)
        return m_edited[std::size_t(segment.edited)][index];
    const Span s = m_pieces[segment.firstPiece + index];
    return QByteArrayView(m_raw.constData() + s.offset, s.length);
}

int Message::pieceCount(const Segment &segment) const
{
    return segment.edited >= 0 ? int(m_edited[std::size_t(segment.edited)].size())
                               : segment.pieceCount;
}

QByteArrayView Message::segmentNameView(const Segment &segment) const
{
    return piece(segment, 0);
}

QByteArray Message::segmentName(int index) const
{
    return segmentNameView(m_segments[index]).toByteArray();
}

int Message::occurrences(QByteArrayView segmentName) const
{
    int n = 0;
    for (const Segment &s : m_segments)
        n += segmentNameView(s) == segmentName ? 1 : 0;
    return n;
}

int Message::findSegment(QByteArrayView name, int occurrence) const
{
    int seen = 0;
    for (int i = 0; i < m_segments.size(); ++i) {
        if (segmentNameView(m_segments[i]) == name && ++seen == occurrence)
            return i;
    }
    return -1;
}

Value Message::get(const Path &path) const
{
    const int index = findSegment(path.segment, path.occurrence);
    if (index < 0)
        return Value::absent();
    const Segment &seg = m_segments[index];
    const bool msh = index == 0;
    if (msh && path.field <= 2) {
        if (path.repetition != 1 || path.component != 1 || path.subcomponent != 1)
            return Value::absent();
        return Value::valued(path.field == 1
                                 ? QString(QLatin1Char(m_delimiters.field))
                                 : QString::fromLatin1(m_delimiters.encodingCharacters()));
    }
    const int pieceIndex = msh ? path.field - 1 : path.field;
    if (pieceIndex >= pieceCount(seg))
        return Value::absent();
    auto leaf = nth(piece(seg, pieceIndex), m_delimiters.repetition, path.repetition);
    if (leaf)
        leaf = nth(*leaf, m_delimiters.component, path.component);
    if (leaf)
        leaf = nth(*leaf, m_delimiters.subcomponent, path.subcomponent);
    if (!leaf)
        return Value::absent();
    if (*leaf == NullValue)
        return Value::null();
    if (leaf->isEmpty())
        return Value::empty();
    return Value::valued(decodeText(unescape(*leaf, m_delimiters), m_charset));
}

std::optional<Value> Message::get(QStringView path, Error *error) const
{
    const auto p = Path::parse(path, error);
    if (!p)
        return std::nullopt;
    return get(*p);
}

bool Message::set(const Path &path, const QString &text, Error *error)
{
    const auto encoded = encodeText(text, m_charset);
    if (!encoded) {
        if (error)
            *error = {-1, QStringLiteral("%1 holds characters that the message's character set "
                                         "(%2) cannot carry")
                              .arg(path.toString(), QString::fromLatin1(charsetName(m_charset)))};
        return false;
    }
    return setEncoded(path, escape(*encoded, m_delimiters), error);
}

bool Message::set(QStringView path, const QString &text, Error *error)
{
    const auto p = Path::parse(path, error);
    return p && set(*p, text, error);
}

bool Message::setNull(const Path &path, Error *error)
{
    return setEncoded(path, NullValue.toByteArray(), error);
}

int Message::ensureSegment(const QByteArray &name, int occurrence, Error *error)
{
    int last = -1;
    int seen = 0;
    for (int i = 0; i < m_segments.size(); ++i) {
        if (segmentNameView(m_segments[i]) == name) {
            last = i;
            if (++seen == occurrence)
                return i;
        }
    }
    if (m_segments.size() + (occurrence - seen) > m_maxSegments) {
        if (error)
            *error = {-1, QStringLiteral("adding %1(%2) would pass the limit of %3 segments")
                              .arg(QString::fromLatin1(name))
                              .arg(occurrence)
                              .arg(m_maxSegments)};
        return -1;
    }
    // New occurrences go right after the last existing one, so repeated segments stay together.
    int at = last < 0 ? int(m_segments.size()) : last + 1;
    for (; seen < occurrence; ++seen, ++at) {
        Segment seg;
        seg.added = true;
        seg.edited = int(m_edited.size());
        // Name and an empty first field rather than a bare name, which some parsers (python3-hl7
        // among them) do not recognise as a segment.
        m_edited.push_back({name, QByteArray()});
        m_segments.insert(at, seg);
    }
    return at - 1;
}

bool Message::setEncoded(const Path &path, const QByteArray &leaf, Error *error)
{
    auto refuse = [&](QString message) {
        if (error)
            *error = {-1, std::move(message)};
        return false;
    };
    if (path.segment == "MSH") {
        if (path.occurrence != 1)
            return refuse(QStringLiteral("a message has exactly one MSH segment"));
        if (path.field <= 2 || path.field == 18)
            return refuse(QStringLiteral("MSH-%1 is fixed when the message is parsed or created")
                              .arg(path.field));
    }
    const int index = ensureSegment(path.segment, path.occurrence, error);
    if (index < 0)
        return false;
    Segment &seg = m_segments[index];
    if (seg.edited < 0) {
        QList<QByteArray> pieces;
        pieces.reserve(seg.pieceCount);
        for (int i = 0; i < seg.pieceCount; ++i)
            pieces.append(piece(seg, i).toByteArray());
        seg.edited = int(m_edited.size());
        m_edited.push_back(std::move(pieces));
    }
    QList<QByteArray> &pieces = m_edited[std::size_t(seg.edited)];
    const int pieceIndex = index == 0 ? path.field - 1 : path.field;
    while (pieces.size() <= pieceIndex)
        pieces.append(QByteArray());
    const Delimiters &d = m_delimiters;
    pieces[pieceIndex] = editNth(pieces[pieceIndex], d.repetition, path.repetition, [&](auto &rep) {
        return editNth(rep, d.component, path.component, [&](auto &component) {
            return editNth(component, d.subcomponent, path.subcomponent,
                           [&](auto &) { return leaf; });
        });
    });
    m_modified = true;
    return true;
}

QByteArray Message::serialize() const
{
    if (!m_modified)
        return m_raw;
    QByteArray out;
    out.reserve(m_raw.size() + 256);
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &seg = m_segments[i];
        if (seg.edited < 0) {
            out.append(QByteArrayView(m_raw.constData() + seg.content.offset, seg.content.length));
        } else {
            out.append(join(m_edited[std::size_t(seg.edited)], m_delimiters.field));
        }
        if (seg.added)
            out.append('\r');
        else if (seg.terminator.length > 0)
            out.append(
                QByteArrayView(m_raw.constData() + seg.terminator.offset, seg.terminator.length));
        else if (i + 1 < m_segments.size())
            out.append('\r'); // the input's last segment had no separator; one is needed now
    }
    return out;
}

} // namespace Ambulo::Hl7
