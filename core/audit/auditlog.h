#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Ambulo::Core {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString workstation;
    QString action;
    QString outcome;
    qint64 patientId = 0; // 0: no patient involved
    QString patientMrn;
    QString detail;
    bool flagged = false; // break-glass and other entries a privacy officer must review
};

struct AuditFilter
{
    QDateTime from; // inclusive; invalid: open
    QDateTime to;   // inclusive; invalid: open
    QString user;
    QString patientMrn;
    // With patientMrn: entries about any of these records too, whatever MRN they were made under
    // (a person's records merged into one, a record renumbered; see Services::auditTrail).
    QList<qint64> patientIds;
    QString action; // exact, or a prefix ending in '.' ("patient.")
    int limit = 0;  // 0: all
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 brokenAt = 0; // the first entry whose chain does not hold
    QString message;
};

// Append-only, HMAC-chained log. Each entry's MAC covers its own fields and the previous
// entry's MAC; the head row pins the newest entry so truncation is noticed as well.
class AuditLog
{
public:
    AuditLog(Database &db, QByteArray key);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // Appends inside the caller's transaction if one is open, otherwise in its own.
    Status append(AuditEntry entry);
    Result<QList<AuditEntry>> list(const AuditFilter &filter) const;
    AuditVerification verify() const;

    static QString toCsv(const QList<AuditEntry> &entries);

private:
    Status appendLocked(AuditEntry &entry);
    QByteArray mac(const AuditEntry &entry, const QByteArray &previous) const;
    QByteArray headMac(qint64 lastId, const QByteArray &lastMac, qint64 brokenAt) const;

    QByteArray hmac(const QByteArray &message) const;

    Database &m_db;
    QByteArray m_key;
    // HMAC-SHA256 keyed once: every append signs two messages, and OpenSSL's one-shot HMAC()
    // looks the algorithms up and sets the key up again on each call.
    struct Signer;
    std::unique_ptr<Signer> m_signer;
};

} // namespace Ambulo::Core
