#include "core/entities/patientsearch.h"

#include "core/store/database.h"

#include <QRegularExpression>
#include <QStringList>

namespace Ambulo::Core::PatientSearch {

namespace {

namespace Kind {
constexpr char Dob[] = "1";   // YYYYMMDD
constexpr char Local[] = "2"; // last seven digits of a phone number
constexpr char Last4[] = "3"; // last four digits of a phone number
constexpr char Phone[] = "4"; // a phone number's digits in full
constexpr char Mrn[] = "5";   // the MRN, lower-cased
constexpr char DobUs[] = "6"; // MMDDYYYY
} // namespace Kind

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

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

bool hasDigit(const QString &s)
{
    for (const QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// The lengths at which the start of a word is indexed as a word of its own, by the word's first
// character: what searches ask for. A name's first letters as they are typed; a birth date's
// year ("1980"); a US-style date's month and the tens of its day ("07/", "07/2"), which would
// otherwise read a range of thousands of words. Other starts a search reads as a range of words:
// a short range, for the lengths it asks.
const QList<int> &prefixLengths(QChar first)
{
    static const QList<int> name{1, 2, 3, 5};
    static const QList<int> dob{5};
    static const QList<int> dobUs{3, 4};
    static const QList<int> none;
    if (!first.isDigit())
        return name;
    if (first == QLatin1Char(Kind::Dob[0]))
        return dob;
    if (first == QLatin1Char(Kind::DobUs[0]))
        return dobUs;
    return none;
}

// `word` and its indexed starts.
void addWithPrefixes(QStringList &out, const QString &word)
{
    out << word;
    for (const int n : prefixLengths(word.at(0))) {
        if (word.size() > n)
            out << word.left(n);
    }
}

// The query term for words starting with `start`: the indexed start itself, or a prefix query.
QString startTerm(const QString &start)
{
    if (prefixLengths(start.at(0)).contains(int(start.size())))
        return start;
    return start + QLatin1Char('*');
}

QString prefix(const char *kind, const QString &value)
{
    return startTerm(QLatin1String(kind) + value);
}

// A date, whole or begun, in the forms clerks type, as a prefix of the matching token:
// "1980-03" -> YYYYMMDD "198003", "3/14" -> MMDDYYYY "0314". Empty when it is no date.
QString datePrefix(const QString &term)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})[-.](\\d{1,2})?(?:[-.](\\d{0,2}))?$"));
    static const QRegularExpression us(
        QStringLiteral("^(\\d{1,2})[/.-](?:(\\d{1,2})(?:[/.-](\\d{0,4}))?)?$"));
    auto pad = [](const QString &part, bool complete) {
        return (complete && part.size() == 1) ? QLatin1Char('0') + part : part;
    };
    if (const auto m = iso.match(term); m.hasMatch()) {
        const bool dayStarted = !m.captured(3).isNull();
        return prefix(Kind::Dob, m.captured(1) + pad(m.captured(2), dayStarted) + m.captured(3));
    }
    if (const auto m = us.match(term); m.hasMatch()) {
        const bool daySeen = !m.captured(2).isNull();
        const bool yearStarted = !m.captured(3).isNull();
        return prefix(Kind::DobUs, pad(m.captured(1), daySeen) + pad(m.captured(2), yearStarted)
                                       + m.captured(3));
    }
    return {};
}

// Which phone tokens typed digits are matched against. Up to four digits are the end of a
// number; seven a local number; more the full number. Five or six are the start of an exchange
// that half a town shares: they narrow nothing until more digits come.
QString phoneTerm(const QString &digits)
{
    if (digits.size() <= 4)
        return prefix(Kind::Last4, digits);
    if (digits.size() < 7)
        return {};
    if (digits.size() == 7)
        return prefix(Kind::Local, digits);
    return prefix(Kind::Phone, digits);
}

} // namespace

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    }
    return out;
}

QStringList nameWords(const QString &family, const QString &given, const QString &middle)
{
    QStringList out;
    for (const QString *name : {&family, &given, &middle}) {
        // Split at white space by hand: a first sync indexes thousands of names a second.
        for (qsizetype at = 0; at < name->size();) {
            while (at < name->size() && name->at(at).isSpace())
                ++at;
            qsizetype end = at;
            while (end < name->size() && !name->at(end).isSpace())
                ++end;
            if (end == at)
                break;
            const QStringList pieces = words(name->mid(at, end - at));
            out << pieces;
            // "O'Brien" is typed as "obrien" as often as "o brien".
            if (pieces.size() > 1)
                out << pieces.join(QString());
            at = end;
        }
    }
    return out;
}

QString fold(const QString &word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QString sortKey(const QString &family, const QString &given)
{
    return fold(family.trimmed() + QLatin1Char(' ') + given.trimmed());
}

QString indexTokens(const Patient &p)
{
    QStringList tokens;
    for (const QString &w : nameWords(p.family, p.given, p.middle)) {
        // A name word never starts with a digit here, or it would read as another kind.
        // Folded here, so its starts are counted in the letters a search's are.
        if (!w.at(0).isDigit())
            addWithPrefixes(tokens, fold(w));
    }
    for (const QString &w : words(p.mrn))
        tokens << QLatin1String(Kind::Mrn) + w;
    if (p.birthDate.isValid() && p.birthDate.year() > 0 && p.birthDate.year() <= 9999) {
        // Formatted by hand: QDate::toString reads its format string every time.
        const auto digits = [](int value, int width) {
            return QString::number(value).rightJustified(width, QLatin1Char('0'));
        };
        const QString year = digits(p.birthDate.year(), 4);
        const QString month = digits(p.birthDate.month(), 2);
        const QString day = digits(p.birthDate.day(), 2);
        addWithPrefixes(tokens, QLatin1String(Kind::Dob) + year + month + day);
        addWithPrefixes(tokens, QLatin1String(Kind::DobUs) + month + day + year);
    }
    for (const QString &number : {p.phoneHome, p.phoneMobile}) {
        const QString digits = digitsOnly(number);
        if (digits.size() < 4)
            continue;
        tokens << QLatin1String(Kind::Phone) + digits;
        tokens << QLatin1String(Kind::Local) + digits.right(7);
        tokens << QLatin1String(Kind::Last4) + digits.right(4);
    }
    tokens.removeDuplicates();
    return tokens.join(QLatin1Char(' '));
}

Status index(Database &db, const Patient &p)
{
    // A new record's words: nothing to delete first (an FTS4 delete of a docid it does not hold
    // still looks it up).
    Query q = db.query(QStringLiteral("INSERT INTO patient_search (docid, tokens) VALUES (?, ?)"));
    q.bind(1, p.id).bind(2, indexTokens(p));
    return q.exec();
}

Status unindex(Database &db, qint64 patientId)
{
    Query q = db.query(QStringLiteral("DELETE FROM patient_search WHERE docid = ?"));
    q.bind(1, patientId);
    return q.exec();
}

QString matchExpression(const QString &typed)
{
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9(][0-9()+.\\-]*[0-9]$"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    // "(212) 555-0177" is one number, not an area code and a number.
    static const QRegularExpression areaCode(QStringLiteral("\\((\\d{3})\\)\\s*(?=\\d)"));
    QString text = typed;
    text.replace(areaCode, QStringLiteral("\\1-"));
    QStringList terms;
    for (const QString &raw : text.split(spaces, Qt::SkipEmptyParts)) {
        if (const QString date = datePrefix(raw); !date.isEmpty()) {
            terms << date;
            continue;
        }
        if (raw.size() > 1 && phoneLike.match(raw).hasMatch() && !allDigits(raw)) {
            if (const QString term = phoneTerm(digitsOnly(raw)); !term.isEmpty())
                terms << term;
            continue;
        }
        for (const QString &w : words(raw)) {
            if (!hasDigit(w)) {
                terms << startTerm(fold(w));
                continue;
            }
            if (!allDigits(w)) {
                // MRNs are handed out in sequence and share long prefixes; a short start of one
                // would read most of the index.
                if (w.size() >= 6)
                    terms << prefix(Kind::Mrn, w);
                continue;
            }
            // Digits alone may be a birth date, an MRN or a phone number. One or two digits say
            // too little to narrow a search and would read most of the index; three are a
            // decade of birth dates, so they are only the end of a phone number or an MRN.
            if (w.size() < 3)
                continue;
            QStringList any;
            if (w.size() >= 4)
                any << prefix(Kind::Dob, w) << prefix(Kind::DobUs, w);
            any << prefix(Kind::Mrn, w);
            if (const QString phone = phoneTerm(w); !phone.isEmpty())
                any << phone;
            terms << any.join(QStringLiteral(" OR "));
        }
    }
    terms.removeDuplicates();
    // Bounded so a pasted paragraph cannot make a pathological query.
    return terms.mid(0, 6).join(QLatin1Char(' '));
}

} // namespace Ambulo::Core::PatientSearch
