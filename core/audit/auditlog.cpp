#include "core/audit/auditlog.h"

#include "core/store/database.h"
#include "core/store/isotime.h"

#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

#include <memory>

namespace Ambulo::Core {

namespace {

const QString Columns = QStringLiteral(
    "id, at, user_name, workstation, action, outcome, patient_id, patient_mrn, detail, flagged, "
    "hmac");

// Length-prefixed fields: no choice of values can make two different entries serialise alike.
void addField(QByteArray &out, const QByteArray &field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), out,
         &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

struct MacContextFree
{
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};
using MacContext = std::unique_ptr<EVP_MAC_CTX, MacContextFree>;

bool sameMac(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
           && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString timestamp(const QDateTime &at)
{
    return isoUtcMs(at);
}

AuditEntry readEntry(const Query &q, QByteArray *storedMac)
{
    AuditEntry e;
    e.id = q.int64(0);
    e.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
    e.user = q.text(2);
    e.workstation = q.text(3);
    e.action = q.text(4);
    e.outcome = q.text(5);
    e.patientId = q.isNull(6) ? 0 : q.int64(6);
    e.patientMrn = q.text(7);
    e.detail = q.text(8);
    e.flagged = q.int64(9) != 0;
    if (storedMac)
        *storedMac = q.blob(10);
    return e;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

// A context keyed once; each MAC works on a copy of it (the key's inner and outer pads are
// already hashed). Without a context (an empty key, an OpenSSL that refuses) HMAC() does it all.
struct AuditLog::Signer
{
    MacContext keyed;
};

AuditLog::AuditLog(Database &db, QByteArray key)
    : m_db(db)
    , m_key(std::move(key))
    , m_signer(std::make_unique<Signer>())
{
    if (m_key.isEmpty())
        return;
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!hmac)
        return;
    MacContext ctx(EVP_MAC_CTX_new(hmac));
    EVP_MAC_free(hmac);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (ctx
        && EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char *>(m_key.constData()),
                        size_t(m_key.size()), params)
               == 1)
        m_signer->keyed = std::move(ctx);
}

AuditLog::~AuditLog() = default;

QByteArray AuditLog::hmac(const QByteArray &message) const
{
    if (m_signer->keyed) {
        MacContext ctx(EVP_MAC_CTX_dup(m_signer->keyed.get()));
        unsigned char out[EVP_MAX_MD_SIZE];
        size_t len = 0;
        if (ctx
            && EVP_MAC_update(ctx.get(),
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              size_t(message.size()))
                   == 1
            && EVP_MAC_final(ctx.get(), out, &len, sizeof out) == 1)
            return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
    }
    return hmacSha256(m_key, message);
}

QByteArray AuditLog::mac(const AuditEntry &e, const QByteArray &previous) const
{
    QByteArray message;
    addField(message, previous);
    addField(message, QByteArray::number(e.id));
    addField(message, timestamp(e.at).toUtf8());
    addField(message, e.user.toUtf8());
    addField(message, e.workstation.toUtf8());
    addField(message, e.action.toUtf8());
    addField(message, e.outcome.toUtf8());
    addField(message, QByteArray::number(e.patientId));
    addField(message, e.patientMrn.toUtf8());
    addField(message, e.detail.toUtf8());
    addField(message, e.flagged ? "1" : "0");
    return hmac(message);
}

QByteArray AuditLog::headMac(qint64 lastId, const QByteArray &lastMac, qint64 brokenAt) const
{
    QByteArray message = "head:";
    addField(message, QByteArray::number(lastId));
    addField(message, lastMac);
    addField(message, QByteArray::number(brokenAt));
    return hmac(message);
}

Status AuditLog::append(AuditEntry entry)
{
    if (m_db.inTransaction())
        return appendLocked(entry);
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    if (Status s = appendLocked(entry); !s)
        return s;
    return tx.commit();
}

Status AuditLog::appendLocked(AuditEntry &entry)
{
    qint64 lastId = 0;
    QByteArray lastMac;
    qint64 brokenAt = 0;
    bool headForged = false;
    {
        Query head = m_db.query(
            QStringLiteral("SELECT last_id, last_hmac, broken_at, hmac FROM audit_head"));
        if (head.next()) {
            lastId = head.int64(0);
            lastMac = head.blob(1);
            brokenAt = head.int64(2);
            headForged = !sameMac(headMac(lastId, lastMac, brokenAt), head.blob(3));
        }
        if (head.failed())
            return head.error();
    }
    // Ids continue after the highest present, so a row slipped in from outside cannot block
    // appends; it still fails verification where it stands.
    {
        Query top = m_db.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
        if (top.next())
            lastId = std::max(lastId, top.int64(0));
        if (top.failed())
            return top.error();
    }
    entry.id = lastId + 1;
    // A head altered from outside is not silently made whole again by the next append: the
    // damage is carried forward, under a valid MAC, to be reported by verify().
    if (headForged && brokenAt == 0)
        brokenAt = entry.id;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Stored to the millisecond, so the MAC must be computed over the same value.
    entry.at = QDateTime::fromString(timestamp(entry.at), Qt::ISODateWithMs);
    const QByteArray entryMac = mac(entry, lastMac);

    Query insert = m_db.query(QStringLiteral("INSERT INTO audit_log (") + Columns
                              + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, entry.id)
        .bind(2, timestamp(entry.at))
        .bind(3, entry.user)
        .bind(4, entry.workstation)
        .bind(5, entry.action)
        .bind(6, entry.outcome);
    if (entry.patientId)
        insert.bind(7, entry.patientId);
    else
        insert.bindNull(7);
    insert.bind(8, entry.patientMrn.isNull() ? QString(QLatin1String("")) : entry.patientMrn)
        .bind(9, entry.detail.isNull() ? QString(QLatin1String("")) : entry.detail)
        .bind(10, entry.flagged ? 1 : 0)
        .bind(11, entryMac);
    if (Status s = insert.exec(); !s)
        return s;

    // The one head row is updated in place, OR FAIL: an INSERT OR REPLACE (or an UPDATE that
    // may abort) inside a transaction gets a statement journal, whose pages SQLCipher encrypts,
    // on every audited action. One row either way: FAIL leaves what ABORT would.
    const QByteArray mac = headMac(entry.id, entryMac, brokenAt);
    Query updateHead = m_db.query(
        QStringLiteral("UPDATE OR FAIL audit_head SET last_id = ?, last_hmac = ?, broken_at = ?, "
                       "hmac = ? WHERE id = 1"));
    updateHead.bind(1, entry.id).bind(2, entryMac).bind(3, brokenAt).bind(4, mac);
    if (Status s = updateHead.exec(); !s)
        return s;
    if (m_db.changes() > 0)
        return {};
    Query insertHead = m_db.query(
        QStringLiteral("INSERT OR FAIL INTO audit_head (id, last_id, last_hmac, broken_at, "
                       "hmac) VALUES (1, ?, ?, ?, ?)"));
    insertHead.bind(1, entry.id).bind(2, entryMac).bind(3, brokenAt).bind(4, mac);
    return insertHead.exec();
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter) const
{
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit_log WHERE 1");
    QList<QString> values;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at <= ?");
        values << timestamp(filter.to);
    }
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ? COLLATE NOCASE");
        values << filter.user;
    }
    if (!filter.patientMrn.isEmpty()) {
        if (filter.patientIds.isEmpty()) {
            sql += QStringLiteral(" AND patient_mrn = ?");
        } else {
            QStringList ids;
            for (const qint64 id : filter.patientIds)
                ids << QString::number(id);
            sql += QStringLiteral(" AND (patient_mrn = ? OR patient_id IN (%1))")
                       .arg(ids.join(QLatin1Char(',')));
        }
        values << filter.patientMrn;
    }
    if (!filter.action.isEmpty()) {
        if (filter.action.endsWith(QLatin1Char('.'))) {
            sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
            values << QString::number(filter.action.size()) << filter.action;
        } else {
            sql += QStringLiteral(" AND action = ?");
            values << filter.action;
        }
    }
    sql += QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(filter.limit);

    Query q = m_db.query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(readEntry(q, nullptr));
    if (q.failed())
        return q.error();
    return entries;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    auto fail = [&](qint64 at, const QString &message) {
        result.ok = false;
        result.brokenAt = at;
        result.message = message;
        return result;
    };

    QByteArray previous;
    qint64 expectedId = 1;
    Query q = m_db.query(QStringLiteral("SELECT ") + Columns
                         + QStringLiteral(" FROM audit_log ORDER BY id"));
    while (q.next()) {
        QByteArray stored;
        const AuditEntry e = readEntry(q, &stored);
        if (e.id != expectedId)
            return fail(expectedId,
                        QStringLiteral("audit entry %1 is missing (the next entry is %2)")
                            .arg(expectedId)
                            .arg(e.id));
        if (!sameMac(mac(e, previous), stored))
            return fail(e.id, QStringLiteral("audit entry %1 does not match its chain (altered or "
                                             "inserted)")
                                  .arg(e.id));
        previous = stored;
        ++expectedId;
        ++result.entries;
    }
    if (q.failed())
        return fail(expectedId, q.error().message);

    Query head =
        m_db.query(QStringLiteral("SELECT last_id, last_hmac, broken_at, hmac FROM audit_head"));
    if (!head.next()) {
        if (result.entries > 0)
            return fail(1, QStringLiteral("the audit chain's head record is missing"));
        return result;
    }
    const qint64 lastId = head.int64(0);
    const QByteArray lastMac = head.blob(1);
    const qint64 brokenAt = head.int64(2);
    if (!sameMac(headMac(lastId, lastMac, brokenAt), head.blob(3)))
        return fail(result.entries + 1,
                    QStringLiteral("the audit chain's head record was altered"));
    if (brokenAt > 0)
        return fail(brokenAt, QStringLiteral("the audit chain's head record was altered before "
                                             "entry %1 was written")
                                  .arg(brokenAt));
    if (lastId > result.entries)
        return fail(result.entries + 1, QStringLiteral("audit entries %1 to %2 were deleted")
                                            .arg(result.entries + 1)
                                            .arg(lastId));
    if (lastId < result.entries || !sameMac(lastMac, previous))
        return fail(lastId + 1,
                    QStringLiteral("audit entry %1 was appended outside Ambulo").arg(lastId + 1));
    return result;
}

QString AuditLog::toCsv(const QList<AuditEntry> &entries)
{
    QString out =
        QStringLiteral("id,time_utc,user,workstation,action,outcome,patient_mrn,flagged,detail\n");
    for (const AuditEntry &e : entries) {
        const QStringList fields{QString::number(e.id),
                                 timestamp(e.at),
                                 e.user,
                                 e.workstation,
                                 e.action,
                                 e.outcome,
                                 e.patientMrn,
                                 e.flagged ? QStringLiteral("yes") : QString(),
                                 e.detail};
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Ambulo::Core
