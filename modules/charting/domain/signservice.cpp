#include "modules/charting/domain/signservice.h"

#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"
#include "modules/charting/domain/superbillservice.h"

#include <QVariantList>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Status;
using Internal::tr;
namespace C = Constants;

SignService::SignService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Status SignService::sign(qint64 encounterId)
{
    Core::Database &db = m_context.db();
    auto e = Internal::loadEncounter(db, encounterId);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartSign, e->patientId, e->patientMrn); !s)
        return s;
    if (e->providerUserId == 0 || m_context.session()->userId != e->providerUserId) {
        (void)m_context.record(C::Audit::EncounterSign, QStringLiteral("denied"), e->patientId,
                               e->patientMrn,
                               QStringLiteral("%1: not the encounter's provider").arg(encounterId));
        return Core::denied(tr("Only %1, the encounter's provider, signs encounter %2.")
                                .arg(e->providerName)
                                .arg(encounterId));
    }
    if (e->status == EncounterStatus::Signed)
        return Core::invalid(tr("Encounter %1 was already signed by %2 at %3.")
                                 .arg(encounterId)
                                 .arg(e->signedBy, Internal::timeText(e->signedAt)));
    {
        Query n = db.query(QStringLiteral("SELECT subjective || objective || assessment || plan "
                                          "FROM notes WHERE encounter_id = ?"));
        n.bind(1, encounterId);
        const bool hasNote = n.next() && !n.text(0).trimmed().isEmpty();
        n.finish();
        if (!hasNote)
            return Core::invalid(tr("Encounter %1 has no note to sign.").arg(encounterId));
    }
    auto diagnoses = SuperbillService::readDiagnoses(db, encounterId);
    if (!diagnoses)
        return diagnoses.error();
    auto lines = SuperbillService::readLines(db, encounterId);
    if (!lines)
        return lines.error();
    const QString now = Internal::nowText();
    const QString by = Internal::userName(m_context);
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    // The status test in the WHERE makes a concurrent second sign change nothing.
    Query q = db.query(QStringLiteral("UPDATE encounters SET status = ?, signed_by = ?, "
                                      "signed_at = ?, updated_at = ? WHERE id = ? AND status = ?"));
    q.bind(1, C::EncounterStatus::Signed).bind(2, by).bind(3, now).bind(4, now);
    q.bind(5, encounterId).bind(6, C::EncounterStatus::Open);
    if (Status s = q.exec(); !s)
        return s;
    if (db.changes() != 1)
        return Core::invalid(tr("Encounter %1 was already signed.").arg(encounterId));
    Query d = db.query(QStringLiteral("DELETE FROM note_drafts WHERE encounter_id = ?"));
    d.bind(1, encounterId);
    if (Status s = d.exec(); !s)
        return s;
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Encounter), encounterId,
                                           QStringLiteral("update"), m_context.origin(),
                                           QStringLiteral("signed"));
        !s)
        return s;
    if (Status s =
            Internal::audit(m_context, C::Audit::EncounterSign, e->patientId, e->patientMrn,
                            QStringLiteral("%1: %2 lines").arg(encounterId).arg(lines->size()));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;

    QVariantList codes;
    for (const Diagnosis &dx : diagnoses.value())
        codes << dx.code;
    QVariantList charges;
    for (const SuperbillLine &l : lines.value()) {
        QVariantList pointers;
        for (int p : l.pointers)
            pointers << p;
        charges << QVariantMap{{QStringLiteral("code"), l.code},
                               {QStringLiteral("modifiers"), l.modifiers},
                               {QStringLiteral("units"), l.units},
                               {QStringLiteral("feeCents"), l.feeCents},
                               {QStringLiteral("pointers"), pointers}};
    }
    m_events.publish({QLatin1String(C::Events::EncounterSigned),
                      {{QLatin1String(C::Events::KeyEncounterId), encounterId},
                       {QLatin1String(C::Events::KeyPatientId), e->patientId},
                       {QLatin1String(C::Events::KeyProviderId), e->providerId},
                       {QLatin1String(C::Events::KeyDate), e->startedAt.date()},
                       {QLatin1String(C::Events::KeyPlaceOfService), e->placeOfService},
                       {QLatin1String(C::Events::KeyDiagnoses), codes},
                       {QLatin1String(C::Events::KeyCharges), charges}}});
    return {};
}

} // namespace Ambulo::Charting
