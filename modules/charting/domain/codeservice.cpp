#include "modules/charting/domain/codeservice.h"

#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

namespace {

// The longest prefix the word index keeps (prefix="1,2,3,4,5" in the schema).
constexpr int MaxIndexedPrefix = 5;
// Rows of a long word's first five letters checked before asking the index for the full prefix.
constexpr int MaxExamined = 2000;

Core::Error lineError(int line, const QString &message)
{
    return Core::invalid(
        QCoreApplication::translate("Ambulo::Charting", "line %1: %2").arg(line).arg(message));
}

// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).
std::optional<QStringList> splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields << field;
    return fields;
}

std::optional<qint64> parseFee(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('$')))
        text.remove(0, 1);
    static const QRegularExpression money(QStringLiteral("^([0-9]{1,7})(?:\\.([0-9]{1,2}))?$"));
    const auto m = money.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    if (m.hasCaptured(2))
        cents += m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return cents;
}

// The words of a typed search or of a code's title, as the unicode61 tokenizer sees them:
// lower case, without diacritics, split at anything that is not a letter or digit.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString folded = text.normalized(QString::NormalizationForm_KD);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded.toLower().split(nonWord, Qt::SkipEmptyParts);
}

// Each typed word must begin a word of the title.
bool matchesAll(const QStringList &typed, const QString &title)
{
    const QStringList words = searchWords(title);
    for (const QString &t : typed) {
        if (std::none_of(words.begin(), words.end(),
                         [&](const QString &w) { return w.startsWith(t); }))
            return false;
    }
    return true;
}

} // namespace

CodeService::CodeService(Core::ServiceContext &context)
    : m_context(context)
{}

QString CodeService::normalize(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('.'));
    return c;
}

QString CodeService::withDot(const QString &code)
{
    return code.size() > 3 ? code.left(3) + QLatin1Char('.') + code.mid(3) : code;
}

Status CodeService::requireCodeRead()
{
    const Core::Session *s = m_context.session();
    return m_context.require(s && s->has(Permission::BillingRead) ? Permission::BillingRead
                                                                  : Permission::ChartRead);
}

Status CodeService::insertIcd10(Core::Database &db, const Icd10Code &c)
{
    Query q = db.query(QStringLiteral("INSERT OR REPLACE INTO icd10_codes (code, billable, "
                                      "short_description, long_description) VALUES (?, ?, ?, ?)"));
    q.bind(1, normalize(c.code)).bind(2, c.billable ? 1 : 0).bind(3, c.shortDescription);
    q.bind(4, c.longDescription);
    if (Status s = q.exec(); !s)
        return s;
    Query d = db.query(QStringLiteral("DELETE FROM icd10_search WHERE code = ?"));
    d.bind(1, normalize(c.code));
    if (Status s = d.exec(); !s)
        return s;
    Query f = db.query(QStringLiteral("INSERT INTO icd10_search (words, code) VALUES (?, ?)"));
    f.bind(1, c.longDescription + QLatin1Char(' ') + c.shortDescription);
    f.bind(2, normalize(c.code));
    return f.exec();
}

Result<int> CodeService::importIcd10(QIODevice &file)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    QList<Icd10Code> codes;
    int line = 0;
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z][0-9][0-9A-Z]{1,5}$"));
    while (!file.atEnd()) {
        ++line;
        QString text = QString::fromUtf8(file.readLine());
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        if (text.size() < 78)
            return lineError(line, tr("too short for the ICD-10-CM order format (%1 characters; "
                                      "the long description starts at column 78)")
                                       .arg(text.size()));
        bool ok = false;
        text.left(5).trimmed().toInt(&ok);
        if (!ok)
            return lineError(line, tr("the order number (columns 1–5) is not a number"));
        if (text.at(5) != QLatin1Char(' ') || text.at(13) != QLatin1Char(' ')
            || text.at(15) != QLatin1Char(' ') || text.at(76) != QLatin1Char(' '))
            return lineError(line, tr("fields are not separated by spaces at columns 6, 14, 16 "
                                      "and 77"));
        Icd10Code c;
        c.code = text.mid(6, 7).trimmed();
        if (!codeShape.match(c.code).hasMatch())
            return lineError(line, tr("'%1' is not an ICD-10-CM code").arg(c.code));
        const QChar flag = text.at(14);
        if (flag != QLatin1Char('0') && flag != QLatin1Char('1'))
            return lineError(line, tr("the header flag (column 15) must be 0 or 1"));
        c.billable = flag == QLatin1Char('1');
        c.shortDescription = text.mid(16, 60).trimmed();
        c.longDescription = text.mid(77).trimmed();
        if (c.shortDescription.isEmpty() || c.longDescription.isEmpty())
            return lineError(line, tr("a description is empty"));
        codes << c;
    }
    if (codes.isEmpty())
        return Core::invalid(tr("The file holds no codes."));
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    for (const char *sql : {"DELETE FROM icd10_codes", "DELETE FROM icd10_search"}) {
        if (Status s = db.query(QLatin1String(sql)).exec(); !s)
            return s.error();
    }
    Query q = db.query(QStringLiteral("INSERT INTO icd10_codes (code, billable, "
                                      "short_description, long_description) VALUES (?, ?, ?, ?)"));
    Query f = db.query(QStringLiteral("INSERT INTO icd10_search (words, code) VALUES (?, ?)"));
    for (const Icd10Code &c : std::as_const(codes)) {
        q.bind(1, c.code).bind(2, c.billable ? 1 : 0).bind(3, c.shortDescription);
        q.bind(4, c.longDescription);
        if (Status s = q.exec(); !s) {
            if (s.error().message.contains(QLatin1String("UNIQUE")))
                return Core::invalid(tr("Code %1 appears twice in the file.").arg(c.code));
            return s.error();
        }
        q.finish(); // reset before the next row's binds
        f.bind(1, c.longDescription + QLatin1Char(' ') + c.shortDescription).bind(2, c.code);
        if (Status s = f.exec(); !s)
            return s.error();
        f.finish();
    }
    if (Status s = Internal::audit(m_context, C::Audit::CodeImport, 0, {},
                                   QStringLiteral("icd10 %1 codes").arg(codes.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(codes.size());
}

Status CodeService::addIcd10(const QList<Icd10Code> &codes)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    for (const Icd10Code &c : codes) {
        if (Status s = insertIcd10(db, c); !s)
            return s;
    }
    if (Status s = Internal::audit(m_context, C::Audit::CodeImport, 0, {},
                                   QStringLiteral("icd10 %1 codes added").arg(codes.size()));
        !s)
        return s;
    return tx.commit();
}

Result<int> CodeService::importProcedures(QIODevice &file)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    QList<ProcedureCode> codes;
    QSet<QString> seen;
    static const QRegularExpression codeShape(QStringLiteral("^([0-9]{4}[0-9A-Z]|[A-Z][0-9]{4})$"));
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        QString text = QString::fromUtf8(file.readLine());
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        const auto fields = splitCsv(text);
        if (!fields)
            return lineError(line, tr("a quoted field is not closed"));
        if (line == 1
            && fields->value(0).trimmed().compare(QLatin1String("code"), Qt::CaseInsensitive) == 0)
            continue;
        if (fields->size() != 3)
            return lineError(
                line, tr("expected 3 fields (code,description,fee), found %1").arg(fields->size()));
        ProcedureCode c;
        c.code = fields->at(0).trimmed().toUpper();
        if (!codeShape.match(c.code).hasMatch())
            return lineError(line, tr("'%1' is not a CPT or HCPCS code").arg(c.code.left(20)));
        c.description = fields->at(1).trimmed();
        if (c.description.isEmpty())
            return lineError(line, tr("the description is empty"));
        const auto fee = parseFee(fields->at(2));
        if (!fee)
            return lineError(
                line, tr("fee '%1' is not an amount like 125.00").arg(fields->at(2).left(20)));
        c.feeCents = *fee;
        if (seen.contains(c.code))
            return lineError(line, tr("code %1 appears twice").arg(c.code));
        seen.insert(c.code);
        codes << c;
    }
    if (codes.isEmpty())
        return Core::invalid(tr("The file holds no procedure codes."));
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("INSERT OR REPLACE INTO procedure_codes (code, description, "
                                      "fee_cents, active) VALUES (?, ?, ?, 1)"));
    for (const ProcedureCode &c : std::as_const(codes)) {
        q.bind(1, c.code).bind(2, c.description).bind(3, c.feeCents);
        if (Status s = q.exec(); !s)
            return s.error();
        q.finish(); // reset before the next row's binds
    }
    if (Status s = Internal::audit(m_context, C::Audit::CodeImport, 0, {},
                                   QStringLiteral("procedures %1 codes").arg(codes.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(codes.size());
}

Result<QList<Icd10Code>> CodeService::searchIcd10(const QString &text, int limit)
{
    if (Status s = requireCodeRead(); !s)
        return s.error();
    const QString typed = text.trimmed();
    QList<Icd10Code> list;
    if (typed.isEmpty())
        return list;
    static const QRegularExpression codeLike(QStringLiteral("^[A-Za-z][0-9][0-9A-Za-z.]{0,6}$"));
    Core::Database &db = m_context.db();
    auto read = [&](Query &q) {
        while (q.next())
            list << Icd10Code{withDot(q.text(0)), q.int64(1) != 0, q.text(2), q.text(3)};
    };
    if (codeLike.match(typed).hasMatch()) {
        // A code prefix: a range scan of the primary key, shortest (least specific) first.
        const QString prefix = normalize(typed);
        Query q = db.query(QStringLiteral(
            "SELECT code, billable, short_description, long_description FROM icd10_codes "
            "WHERE code >= ? AND code < ? ORDER BY length(code), code LIMIT ?"));
        q.bind(1, prefix).bind(2, prefix + QChar(0xFFFF)).bind(3, limit);
        read(q);
        if (q.failed())
            return q.error();
        if (!list.isEmpty())
            return list;
    }
    const QStringList words = searchWords(typed);
    if (words.isEmpty())
        return list;
    // Matches come in docid order, which is the order file's (code) order, so the first rows are
    // the answer and nothing is sorted. A prefix as long as one of the index's prefix lengths
    // (1-5 letters) is read incrementally: the scan stops after the rows it needs, however
    // common the word ("unspecified" is in a fifth of the code set). A longer word is looked up
    // by its first five letters and the rows checked against it here; if that examines too many
    // rows without filling the list, the full prefixes go to the index instead.
    QStringList shortTerms;
    QStringList fullTerms;
    bool longWord = false;
    for (const QString &w : words) {
        shortTerms << w.left(MaxIndexedPrefix) + QLatin1Char('*');
        fullTerms << w + QLatin1Char('*');
        longWord = longWord || w.size() > MaxIndexedPrefix;
    }
    QStringList codes;
    bool complete = true;
    {
        Query q = db.query(QStringLiteral("SELECT code, words FROM icd10_search WHERE "
                                          "icd10_search MATCH ? ORDER BY docid"));
        q.bind(1, shortTerms.join(QLatin1Char(' ')));
        int examined = 0;
        while (codes.size() < limit && q.next()) {
            if (!longWord || matchesAll(words, q.text(1)))
                codes << q.text(0);
            if (++examined >= MaxExamined && codes.size() < limit) {
                complete = false;
                break;
            }
        }
        if (q.failed())
            return q.error();
        q.finish();
    }
    if (!complete) {
        codes.clear();
        Query q = db.query(QStringLiteral("SELECT code FROM icd10_search WHERE icd10_search MATCH "
                                          "? ORDER BY docid LIMIT ?"));
        q.bind(1, fullTerms.join(QLatin1Char(' '))).bind(2, limit);
        while (q.next())
            codes << q.text(0);
        if (q.failed())
            return q.error();
    }
    Query c = db.query(QStringLiteral("SELECT code, billable, short_description, "
                                      "long_description FROM icd10_codes WHERE code = ?"));
    for (const QString &code : std::as_const(codes)) {
        c.bind(1, code);
        read(c);
        if (c.failed())
            return c.error();
        c.finish();
    }
    return list;
}

Result<QList<ProcedureCode>> CodeService::searchProcedures(const QString &text, int limit)
{
    if (Status s = requireCodeRead(); !s)
        return s.error();
    const QString typed = text.trimmed();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT code, description, fee_cents FROM procedure_codes WHERE active = 1 AND "
        "(code LIKE ? || '%' OR description LIKE '%' || ? || '%') ORDER BY code LIMIT ?"));
    q.bind(1, typed.toUpper()).bind(2, typed).bind(3, limit);
    QList<ProcedureCode> list;
    while (q.next())
        list << ProcedureCode{q.text(0), q.text(1), q.int64(2)};
    if (q.failed())
        return q.error();
    return list;
}

Result<Icd10Code> CodeService::icd10(Core::Database &db, const QString &code)
{
    Query q = db.query(QStringLiteral("SELECT code, billable, short_description, "
                                      "long_description FROM icd10_codes WHERE code = ?"));
    q.bind(1, normalize(code));
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return Core::invalid(tr("Unknown ICD-10-CM code %1.").arg(code.left(20)));
    }
    Icd10Code c{withDot(q.text(0)), q.int64(1) != 0, q.text(2), q.text(3)};
    q.finish();
    return c;
}

Result<ProcedureCode> CodeService::procedure(Core::Database &db, const QString &code)
{
    Query q = db.query(QStringLiteral(
        "SELECT code, description, fee_cents FROM procedure_codes WHERE code = ? AND active = 1"));
    q.bind(1, code.trimmed().toUpper());
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return Core::invalid(tr("Unknown procedure code %1; it is not in the practice's code list.")
                                 .arg(code.left(20)));
    }
    ProcedureCode c{q.text(0), q.text(1), q.int64(2)};
    q.finish();
    return c;
}

} // namespace Ambulo::Charting
