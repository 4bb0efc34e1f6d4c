#include "connectors/hl7/adapters/adthandler.h"

#include "connectors/hl7/adapters/hl7patient.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace Ambulo::Hl7 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Hl7::AdtHandler", text);
}

} // namespace

AdtHandler::AdtHandler(HandlerContext &context)
    : m_context(context)
{}

QStringList AdtHandler::messageTypes() const
{
    return {QStringLiteral("ADT^A04"), QStringLiteral("ADT^A08"), QStringLiteral("ADT^A28"),
            QStringLiteral("ADT^A31"), QStringLiteral("ADT^A40"), QStringLiteral("ADT^A47")};
}

Outcome AdtHandler::apply(const Message &message)
{
    const QString trigger = text(message, QStringLiteral("MSH-9-2"));
    if (trigger == QLatin1String("A40"))
        return merge(message);
    if (trigger == QLatin1String("A47"))
        return changeIdentifiers(message);
    if (trigger == QLatin1String("A04") || trigger == QLatin1String("A28")
        || trigger == QLatin1String("A31"))
        return registerOrUpdate(message, true);
    if (trigger == QLatin1String("A08"))
        return registerOrUpdate(message, false);
    return Outcome::rejected(QStringLiteral("201"),
                             tr("ADT^%1 is not handled here.").arg(trigger.left(10)));
}

Outcome AdtHandler::registerOrUpdate(const Message &message, bool mayCreate)
{
    Core::PatientService &patients = m_context.services.patients();
    if (message.occurrences("PID") == 0)
        return Outcome::failed(QStringLiteral("100"), QStringLiteral("PID"),
                               tr("The message has no PID segment."));
    const QList<Core::PatientIdentifier> ids = readIdentifiers(message, QStringLiteral("PID-3"));
    if (ids.isEmpty())
        return Outcome::failed(QStringLiteral("101"), QStringLiteral("PID-3"),
                               QCoreApplication::translate("Ambulo::Hl7::AdtHandler",
                                                           "PID-3 holds no patient identifier."));
    const PatientLookup found = findPatient(patients, ids, QStringLiteral("PID-3"));
    if (found.failure)
        return *found.failure;

    QList<Core::PatientIdentifier> foreign;
    for (const Core::PatientIdentifier &id : ids) {
        if (id.authority != QLatin1String(OwnAuthority))
            foreign.append(id);
    }
    if (found.id == 0) {
        if (!mayCreate)
            return Outcome::failed(QStringLiteral("204"), QStringLiteral("PID-3"),
                                   tr("No patient is known by %1 (%2); ADT^A08 updates a "
                                      "registered patient only.")
                                       .arg(ids.first().value, ids.first().authority));
        if (foreign.isEmpty())
            return Outcome::failed(QStringLiteral("204"), QStringLiteral("PID-3"),
                                   tr("No patient has MRN %1 here.").arg(ids.first().value));
    }
    Core::Patient p;
    if (found.id != 0) {
        Core::Result<Core::Patient> existing = patients.open(found.id);
        if (!existing)
            return Outcome::fromError(existing.error(), QStringLiteral("PID-3"));
        p = existing.value();
    }
    if (std::optional<Outcome> bad = applyPid(message, 1, p))
        return *bad;
    // Several records that could be the person: none is taken, and the message's summary (the
    // interface monitor shows it) asks for someone to merge them if they are one patient.
    QStringList alikeMrns;
    Core::Patient matchedBefore; // the record as it was, when found by name
    if (found.id == 0 && m_context.services.practice().settings().matchSamePerson) {
        // Front desks register walk-ins before the hospital or PM system has heard of them: the
        // one record with the person's name and birth date and none of the sender's numbers is
        // that person. None, or several: a new record, as before.
        Core::Result<QList<qint64>> same = patients.findSamePerson(p, foreign);
        if (!same)
            return Outcome::fromError(same.error(), QStringLiteral("PID"));
        if (same->size() == 1) {
            Core::Result<Core::Patient> existing = patients.open(same->first());
            if (!existing)
                return Outcome::fromError(existing.error(), QStringLiteral("PID-3"));
            p = existing.value();
            matchedBefore = p;
            if (std::optional<Outcome> bad = applyPid(message, 1, p))
                return *bad;
        }
        for (const qint64 id : same->size() > 1 ? same.value() : QList<qint64>()) {
            Core::Result<QString> mrn = patients.mrnOf(id);
            if (!mrn)
                return Outcome::fromError(mrn.error());
            alikeMrns << mrn.value();
        }
    }
    const bool foundByName = found.id == 0 && p.id != 0;
    // PD1-12 "Y": the sender protects the record, and so do we. A message never lifts a
    // restriction; a practice admin does.
    if (text(message, QStringLiteral("PD1-12")) == QLatin1String("Y"))
        p.restricted = true;

    // One savepoint: the patient and its identifiers are kept together or not at all.
    Core::Transaction tx(m_context.services.context().db());
    if (!tx.active())
        return Outcome::fromError(tx.error());
    const bool creating = p.id == 0;
    if (creating) {
        Core::Result<Core::Patient> created = patients.createRecord(p, foreign);
        if (!created)
            return Outcome::fromError(created.error(), QStringLiteral("PID"));
        p.id = created->id;
        p.mrn = created->mrn;
    } else if (Core::Status s = patients.update(p); !s) {
        return Outcome::fromError(s.error(), QStringLiteral("PID"));
    }
    // A new patient got its identifiers with it; a known one may bring new ones.
    for (Core::PatientIdentifier id : creating ? QList<Core::PatientIdentifier>() : foreign) {
        id.patientId = p.id;
        if (Core::Status s = patients.addIdentifier(id); !s)
            return Outcome::fromError(s.error(), QStringLiteral("PID-3"));
    }
    // Flagged for an admin to review: a wrong match files the sender's messages in another
    // person's chart until the number is taken off it.
    if (foundByName) {
        if (Core::Status s = patients.noteSamePerson(
                matchedBefore, p, foreign,
                tr("%1 %2 from interface %3")
                    .arg(text(message, QStringLiteral("MSH-9-1")) + u'^'
                             + text(message, QStringLiteral("MSH-9-2")),
                         text(message, QStringLiteral("MSH-10")), m_context.interfaceName));
            !s)
            return Outcome::fromError(s.error());
    }
    if (Core::Status s = tx.commit(); !s)
        return Outcome::fromError(s.error());
    if (foundByName)
        return Outcome::done(tr("patient %1 found by name and birth date and updated; now also "
                                "known by %2 (%3)")
                                 .arg(p.mrn, foreign.first().value, foreign.first().authority));
    if (!alikeMrns.isEmpty())
        return Outcome::done(
            tr("patient %1 registered; %2 and %3 have the same name and birth "
               "date: merge them if they are one person")
                .arg(p.mrn, alikeMrns.mid(0, alikeMrns.size() - 1).join(QLatin1String(", ")),
                     alikeMrns.last()));
    return Outcome::done(creating ? tr("patient %1 registered").arg(p.mrn)
                                  : tr("patient %1 updated").arg(p.mrn));
}

Outcome AdtHandler::eachPair(const Message &message, const QString &type, const PairStep &step)
{
    const int pairs = message.occurrences("PID");
    if (pairs == 0 || message.occurrences("MRG") == 0)
        return Outcome::failed(QStringLiteral("100"),
                               pairs == 0 ? QStringLiteral("PID") : QStringLiteral("MRG"),
                               tr("%1 needs a PID and an MRG segment.").arg(type));
    // One transaction: a message whose second pair is refused changes nothing.
    Core::Transaction tx(m_context.services.context().db());
    if (!tx.active())
        return Outcome::fromError(tx.error());
    QStringList done;
    for (int n = 1; n <= pairs; ++n) {
        const QList<Core::PatientIdentifier> pid =
            readIdentifiers(message, QStringLiteral("PID(%1)-3").arg(n));
        const QList<Core::PatientIdentifier> mrg =
            readIdentifiers(message, QStringLiteral("MRG(%1)-1").arg(n));
        if (pid.isEmpty())
            return Outcome::failed(
                QStringLiteral("101"), QStringLiteral("PID-3"),
                QCoreApplication::translate("Ambulo::Hl7::AdtHandler",
                                            "PID-3 holds no patient identifier."));
        if (mrg.isEmpty())
            return Outcome::failed(QStringLiteral("101"), QStringLiteral("MRG-1"),
                                   tr("MRG-1 holds no patient identifier."));
        if (std::optional<Outcome> refused = step(pid, mrg, done))
            return *refused;
    }
    if (Core::Status s = tx.commit(); !s)
        return Outcome::fromError(s.error());
    return Outcome::done(done.join(QStringLiteral("; ")));
}

Outcome AdtHandler::merge(const Message &message)
{
    Core::PatientService &patients = m_context.services.patients();
    const QString reason =
        tr("ADT^A40 %1 from interface %2")
            .arg(text(message, QStringLiteral("MSH-10")), m_context.interfaceName);
    return eachPair(
        message, QStringLiteral("ADT^A40"),
        [&](const QList<Core::PatientIdentifier> &survivorIds,
            const QList<Core::PatientIdentifier> &mergedIds,
            QStringList &done) -> std::optional<Outcome> {
            const PatientLookup survivor =
                findPatient(patients, survivorIds, QStringLiteral("PID-3"));
            if (survivor.failure)
                return *survivor.failure;
            if (survivor.id == 0)
                return Outcome::failed(
                    QStringLiteral("204"), QStringLiteral("PID-3"),
                    tr("The surviving patient %1 (%2) is not known here.")
                        .arg(survivorIds.first().value, survivorIds.first().authority));
            const PatientLookup merged = findPatient(patients, mergedIds, QStringLiteral("MRG-1"));
            if (merged.failure)
                return *merged.failure;
            if (merged.id == 0)
                return Outcome::failed(
                    QStringLiteral("204"), QStringLiteral("MRG-1"),
                    tr("The patient to merge, %1 (%2), is not known here.")
                        .arg(mergedIds.first().value, mergedIds.first().authority));
            // A resend: the merged identifiers already lead to the survivor.
            if (merged.id == survivor.id) {
                done << tr("%1 already merged").arg(mergedIds.first().value);
                return std::nullopt;
            }
            if (Core::Status s = patients.merge(survivor.id, merged.id, reason); !s)
                return Outcome::fromError(s.error(), QStringLiteral("MRG-1"));
            done << tr("%1 merged into %2").arg(mergedIds.first().value, survivorIds.first().value);
            return std::nullopt;
        });
}

Outcome AdtHandler::changeIdentifiers(const Message &message)
{
    Core::PatientService &patients = m_context.services.patients();
    return eachPair(
        message, QStringLiteral("ADT^A47"),
        [&](const QList<Core::PatientIdentifier> &newIds,
            const QList<Core::PatientIdentifier> &oldIds,
            QStringList &done) -> std::optional<Outcome> {
            // PID-3's other identifiers (our MRN, say) must name the same patient, if anyone.
            const PatientLookup named = findPatient(patients, newIds, QStringLiteral("PID-3"));
            if (named.failure)
                return *named.failure;
            for (const Core::PatientIdentifier &old : oldIds) {
                if (old.authority == QLatin1String(OwnAuthority))
                    return Outcome::failed(QStringLiteral("102"), QStringLiteral("MRG-1"),
                                           tr("MRG-1 names MRN %1, this practice's own number, "
                                              "which only this practice changes.")
                                               .arg(old.value));
                const auto sameAuthority = std::find_if(newIds.cbegin(), newIds.cend(),
                                                        [&](const Core::PatientIdentifier &id) {
                                                            return id.authority == old.authority;
                                                        });
                if (sameAuthority == newIds.cend())
                    return Outcome::failed(QStringLiteral("101"), QStringLiteral("PID-3"),
                                           tr("PID-3 holds no identifier of %1 to replace %2 with.")
                                               .arg(old.authority, old.value));
                Core::PatientIdentifier replacement = *sameAuthority;
                const PatientLookup holder = findPatient(patients, {old}, QStringLiteral("MRG-1"));
                if (holder.failure)
                    return *holder.failure;
                const PatientLookup taken =
                    findPatient(patients, {replacement}, QStringLiteral("PID-3"));
                if (taken.failure)
                    return *taken.failure;
                // A resend: the old number is gone and the new one is someone's.
                if (replacement.value == old.value || (holder.id == 0 && taken.id != 0)) {
                    done << tr("%1 already known by %2").arg(old.value, replacement.value);
                    continue;
                }
                if (holder.id == 0)
                    return Outcome::failed(
                        QStringLiteral("204"), QStringLiteral("MRG-1"),
                        tr("No patient is known by %1 (%2) here.").arg(old.value, old.authority));
                for (const qint64 other : {taken.id, named.id}) {
                    if (other == 0 || other == holder.id)
                        continue;
                    Core::Result<QString> mrn = patients.mrnOf(other);
                    if (!mrn)
                        return Outcome::fromError(mrn.error());
                    return Outcome::failed(QStringLiteral("205"), QStringLiteral("PID-3"),
                                           tr("PID-3 names patient %1 here, not the patient of %2 "
                                              "(%3); two records of one person are merged by "
                                              "ADT^A40.")
                                               .arg(mrn.value(), old.value, old.authority));
                }
                Core::PatientIdentifier gone = old;
                gone.patientId = holder.id;
                if (Core::Status s = patients.removeIdentifier(gone); !s)
                    return Outcome::fromError(s.error(), QStringLiteral("MRG-1"));
                replacement.patientId = holder.id;
                if (replacement.typeCode.isEmpty())
                    replacement.typeCode = old.typeCode;
                if (Core::Status s = patients.addIdentifier(replacement); !s)
                    return Outcome::fromError(s.error(), QStringLiteral("PID-3"));
                Core::Result<QString> mrn = patients.mrnOf(holder.id);
                if (!mrn)
                    return Outcome::fromError(mrn.error());
                done << tr("patient %1 now known by %2 (%3) instead of %4")
                            .arg(mrn.value(), replacement.value, replacement.authority, old.value);
            }
            return std::nullopt;
        });
}

} // namespace Ambulo::Hl7
