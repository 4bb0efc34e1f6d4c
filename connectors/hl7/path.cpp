#include "connectors/hl7/path.h"

namespace Ambulo::Hl7 {

namespace {

class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool take(QChar c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    // A positive decimal number of at most Path::MaxIndex; 0 when there is none or it is too big.
    int number()
    {
        const qsizetype start = m_pos;
        qint64 n = 0;
        while (!atEnd() && m_text[m_pos].isDigit() && m_text[m_pos].unicode() < 128) {
            n = n * 10 + (m_text[m_pos].unicode() - '0');
            if (n > Path::MaxIndex)
                return 0;
            ++m_pos;
        }
        return m_pos == start ? 0 : int(n);
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<Path> Path::parse(QStringView text, Error *error)
{
    auto fail = [&](qsizetype at, QString message) -> std::optional<Path> {
        if (error)
            *error = {at, QStringLiteral("bad path '%1': %2").arg(text.left(60), message)};
        return std::nullopt;
    };
    Reader r(text);
    r.take(QLatin1Char('/')); // HAPI writes /PID-5-1
    Path p;
    for (int i = 0; i < 3; ++i) {
        if (r.atEnd())
            return fail(r.pos(), QStringLiteral("expected a three-character segment name"));
        const QChar c = text[r.pos()];
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (i > 0 && c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ok)
            return fail(r.pos(), QStringLiteral("expected a segment name of an upper-case letter "
                                                "then two upper-case letters or digits"));
        p.segment.append(char(c.unicode()));
        r.take(c);
    }
    auto index = [&](int &into, const QString &what) -> bool {
        const qsizetype at = r.pos();
        into = r.number();
        if (into == 0) {
            fail(at, QStringLiteral("expected a %1 number from 1 to %2").arg(what).arg(MaxIndex));
            return false;
        }
        return true;
    };
    if (r.take(QLatin1Char('('))) {
        if (!index(p.occurrence, QStringLiteral("segment occurrence")))
            return std::nullopt;
        if (!r.take(QLatin1Char(')')))
            return fail(r.pos(), QStringLiteral("expected ')'"));
    }
    if (!r.take(QLatin1Char('-')))
        return fail(r.pos(), QStringLiteral("expected '-' and a field number"));
    if (!index(p.field, QStringLiteral("field")))
        return std::nullopt;
    if (r.take(QLatin1Char('('))) {
        if (!index(p.repetition, QStringLiteral("repetition")))
            return std::nullopt;
        if (!r.take(QLatin1Char(')')))
            return fail(r.pos(), QStringLiteral("expected ')'"));
    }
    if (r.take(QLatin1Char('-'))) {
        if (!index(p.component, QStringLiteral("component")))
            return std::nullopt;
        if (r.take(QLatin1Char('-')) && !index(p.subcomponent, QStringLiteral("subcomponent")))
            return std::nullopt;
    }
    if (!r.atEnd())
        return fail(r.pos(), QStringLiteral("unexpected '%1'").arg(text[r.pos()]));
    return p;
}

QString Path::toString() const
{
    QString s = QString::fromLatin1(segment);
    if (occurrence != 1)
        s += QStringLiteral("(%1)").arg(occurrence);
    s += QStringLiteral("-%1").arg(field);
    if (repetition != 1)
        s += QStringLiteral("(%1)").arg(repetition);
    s += QStringLiteral("-%1-%2").arg(component).arg(subcomponent);
    return s;
}

} // namespace Ambulo::Hl7
