#include "connectors/hl7/delimiters.h"

namespace Ambulo::Hl7 {

namespace {

// Printable, not a letter or digit (those would collide with segment names and values).
bool usable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return !((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'));
}

QString show(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u > 0x20 && u < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArray Delimiters::encodingCharacters() const
{
    QByteArray out;
    out.append(component).append(repetition).append(escape).append(subcomponent);
    if (truncation != 0)
        out.append(truncation);
    return out;
}

bool Delimiters::isValid(QString *why) const
{
    const char all[] = {field, component, repetition, escape, subcomponent, truncation};
    const int count = truncation != 0 ? 6 : 5;
    for (int i = 0; i < count; ++i) {
        if (!usable(all[i])) {
            if (why)
                *why = QStringLiteral("%1 cannot be a delimiter").arg(show(all[i]));
            return false;
        }
        for (int j = 0; j < i; ++j) {
            if (all[i] == all[j]) {
                if (why)
                    *why = QStringLiteral("%1 is used for two delimiters").arg(show(all[i]));
                return false;
            }
        }
    }
    return true;
}

std::optional<Delimiters> Delimiters::fromHeader(QByteArrayView bytes, Error *error)
{
    auto fail = [&](qsizetype at, QString message) -> std::optional<Delimiters> {
        if (error)
            *error = {at, std::move(message)};
        return std::nullopt;
    };
    if (!bytes.startsWith("MSH"))
        return fail(0, QStringLiteral("expected 'MSH' at the start of the message"));
    if (bytes.size() < 4)
        return fail(bytes.size(), QStringLiteral("input ends; expected the field separator "
                                                 "(MSH-1) after 'MSH'"));
    Delimiters d;
    d.field = bytes[3];
    if (!usable(d.field))
        return fail(
            3, QStringLiteral("expected a field separator (MSH-1), found %1").arg(show(d.field)));
    qsizetype end = 4;
    while (end < bytes.size() && bytes[end] != d.field && bytes[end] != '\r' && bytes[end] != '\n'
           && end < 4 + 6)
        ++end;
    const qsizetype count = end - 4;
    if (count < 4 || count > 5) {
        if (end >= bytes.size() && count < 4)
            return fail(end, QStringLiteral("input ends; expected 4 or 5 encoding characters "
                                            "(MSH-2), found %1")
                                 .arg(count));
        return fail(4, QStringLiteral("expected 4 or 5 encoding characters (MSH-2) before the "
                                      "next field separator, found %1")
                           .arg(count));
    }
    d.component = bytes[4];
    d.repetition = bytes[5];
    d.escape = bytes[6];
    d.subcomponent = bytes[7];
    d.truncation = count == 5 ? bytes[8] : char(0);
    QString why;
    if (!d.isValid(&why)) {
        // Point at the first offending character.
        for (qsizetype i = 4; i < end; ++i) {
            const char c = bytes[i];
            bool repeated = c == d.field;
            for (qsizetype j = 4; j < i; ++j)
                repeated = repeated || bytes[j] == c;
            if (!usable(c) || repeated)
                return fail(i, QStringLiteral("bad encoding characters (MSH-2): %1").arg(why));
        }
        return fail(4, QStringLiteral("bad encoding characters (MSH-2): %1").arg(why));
    }
    return d;
}

} // namespace Ambulo::Hl7
