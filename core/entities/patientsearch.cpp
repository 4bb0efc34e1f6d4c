#include "core/entities/patientsearch.h"

#include <QRegularExpression>

namespace Ambulo::Core::PatientSearch {

namespace {

// Lower-cased words of letters and digits, split the way FTS4's unicode61 tokenizer splits.
QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

void addPhone(QStringList &tokens, const QString &phone)
{
    const QString digits = digitsOnly(phone);
    if (digits.size() < 4)
        return;
    tokens << digits;
    if (digits.size() > 7)
        tokens << digits.right(7);
    if (digits.size() > 4)
        tokens << digits.right(4);
}

// A typed date in one of the forms clerks use, as YYYYMMDD; empty if the term is no date.
QString typedDate(const QString &term)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    int y = 0, m = 0, d = 0;
    if (const auto match = iso.match(term); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (const auto match = us.match(term); match.hasMatch()) {
        m = match.captured(1).toInt();
        d = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else {
        return {};
    }
    const QDate date(y, m, d);
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

} // namespace

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

QString indexTokens(const Patient &p)
{
    QStringList tokens;
    tokens << words(p.family) << words(p.given) << words(p.middle) << words(p.mrn);
    if (p.birthDate.isValid())
        tokens << p.birthDate.toString(QStringLiteral("yyyyMMdd"));
    addPhone(tokens, p.phoneHome);
    addPhone(tokens, p.phoneMobile);
    return tokens.join(QLatin1Char(' '));
}

QString matchExpression(const QString &typed)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9()+.\\- ]*[0-9][0-9()+.\\-]*$"));
    QStringList terms;
    for (const QString &raw :
         typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (const QString date = typedDate(raw); !date.isEmpty()) {
            terms << date;
            continue;
        }
        // "555-0134" or "(212)555" is one number, not several words.
        if (phoneLike.match(raw).hasMatch()) {
            terms << digitsOnly(raw);
            continue;
        }
        terms << words(raw);
    }
    terms.removeDuplicates();
    QStringList parts;
    for (const QString &t : std::as_const(terms)) {
        if (!t.isEmpty())
            parts << t + QLatin1Char('*');
    }
    // Bounded so a pasted paragraph cannot make a pathological query.
    while (parts.size() > 8)
        parts.removeLast();
    return parts.join(QLatin1Char(' '));
}

} // namespace Ambulo::Core::PatientSearch
