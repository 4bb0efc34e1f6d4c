#include "connectors/hl7/escaping.h"

#include <QStringDecoder>

namespace Ambulo::Hl7 {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendHex(QByteArray &out, unsigned char byte)
{
    static const char digits[] = "0123456789ABCDEF";
    out.append(digits[byte >> 4]).append(digits[byte & 0xf]);
}

// Decodes the body of one escape sequence (between the escape characters) into out; false when
// the sequence is not one we translate, so the caller keeps it verbatim.
bool decodeSequence(QByteArrayView body, const Delimiters &d, QByteArray &out)
{
    if (body.size() == 1) {
        switch (body[0]) {
        case 'F':
            out.append(d.field);
            return true;
        case 'S':
            out.append(d.component);
            return true;
        case 'T':
            out.append(d.subcomponent);
            return true;
        case 'R':
            out.append(d.repetition);
            return true;
        case 'E':
            out.append(d.escape);
            return true;
        case 'P':
            if (d.truncation == 0)
                return false;
            out.append(d.truncation);
            return true;
        default:
            return false;
        }
    }
    if (body == ".br") {
        out.append('\n');
        return true;
    }
    if (body.size() >= 3 && body[0] == 'X' && (body.size() - 1) % 2 == 0) {
        QByteArray bytes;
        for (qsizetype i = 1; i < body.size(); i += 2) {
            const int hi = hexDigit(body[i]);
            const int lo = hexDigit(body[i + 1]);
            if (hi < 0 || lo < 0)
                return false;
            bytes.append(char(hi * 16 + lo));
        }
        out.append(bytes);
        return true;
    }
    return false;
}

} // namespace

std::optional<Charset> charsetFromName(QByteArrayView name)
{
    const QByteArray n = name.trimmed().toByteArray().toUpper();
    if (n.isEmpty() || n == "UNICODE UTF-8")
        return Charset::Utf8;
    if (n == "ASCII")
        return Charset::Ascii;
    if (n == "8859/1")
        return Charset::Latin1;
    return std::nullopt;
}

QByteArray charsetName(Charset charset)
{
    switch (charset) {
    case Charset::Ascii:
        return "ASCII";
    case Charset::Latin1:
        return "8859/1";
    case Charset::Utf8:
        break;
    }
    return "UNICODE UTF-8";
}

QString decodeText(QByteArrayView bytes, Charset charset)
{
    // ASCII peers that send a stray high byte mean Latin-1 far more often than anything else, and
    // Latin-1 keeps every byte, so the value can be written back unchanged.
    if (charset == Charset::Utf8)
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

std::optional<QByteArray> encodeText(QStringView text, Charset charset)
{
    if (charset == Charset::Utf8)
        return text.toUtf8();
    const char16_t limit = charset == Charset::Ascii ? 0x7f : 0xff;
    for (QChar c : text) {
        if (c.unicode() > limit)
            return std::nullopt;
    }
    return text.toLatin1();
}

QByteArray unescape(QByteArrayView raw, const Delimiters &d)
{
    if (!raw.contains(d.escape))
        return raw.toByteArray();
    QByteArray out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const char c = raw[i];
        if (c != d.escape) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype close = i + 1;
        while (close < raw.size() && raw[close] != d.escape)
            ++close;
        if (close >= raw.size() || close == i + 1) {
            // An unterminated or empty sequence: keep the escape character as text.
            out.append(c);
            ++i;
            continue;
        }
        if (!decodeSequence(raw.sliced(i + 1, close - i - 1), d, out))
            out.append(raw.sliced(i, close - i + 1));
        i = close + 1;
    }
    return out;
}

QByteArray escape(QByteArrayView value, const Delimiters &d)
{
    if (value == "\"\"") {
        QByteArray out;
        out.append(d.escape).append("X2222").append(d.escape);
        return out;
    }
    QByteArray out;
    out.reserve(value.size() + 8);
    auto sequence = [&](QByteArrayView body) {
        out.append(d.escape).append(body).append(d.escape);
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        const auto u = static_cast<unsigned char>(c);
        if (c == d.field)
            sequence("F");
        else if (c == d.component)
            sequence("S");
        else if (c == d.subcomponent)
            sequence("T");
        else if (c == d.repetition)
            sequence("R");
        else if (c == d.escape)
            sequence("E");
        else if (d.truncation != 0 && c == d.truncation)
            sequence("P");
        else if (c == '\n' && !d.isDelimiter('.')) {
            sequence(".br");
        } else if (u < 0x20 && c != '\t') {
            // Also a line feed when '.' is a delimiter: \.br\ would then split the value.
            QByteArray hex("X");
            appendHex(hex, u);
            sequence(hex);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace Ambulo::Hl7
