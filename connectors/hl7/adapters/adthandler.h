#pragma once

#include "connectors/hl7/adapter.h"
#include "core/entities/patient.h"

#include <functional>
#include <optional>

namespace Ambulo::Hl7 {

// Registration and merges from another system, applied through core's PatientService.
//   A04 register, A28 add person: the patient PID-3 names (identifier + assigning authority) is
//     updated, or created with those identifiers; a resend never makes a second patient. When
//     no patient has those identifiers, the one record here with the same name and birth date
//     that holds no number from the sender's authorities is taken to be the person (registered
//     here first, at the front desk) and gets them, with an audit entry flagged for review;
//     with none or several, a new record is made, and the summary names the several for a
//     person to merge. A practice can turn this matching off (PracticeSettings::matchSamePerson).
//   A08 update patient: the patient must be known; an unknown one is AE 204 at PID-3, because an
//     update for someone never registered means a registration went missing and a person should
//     look, rather than a partial record appearing.
//   A31 update person: as A04. It is the person-master feed's update and carries the whole
//     record, so a receiver that missed the A28 catches up instead of rejecting every later one.
//   A40 merge: the patient of MRG-1 is merged into the one of PID-3 (repeated PID/MRG pairs each
//     merged); a resend finds them merged already and succeeds without a second merge.
//   A47 change patient identifier list: the sender renumbered a patient (a temporary number
//     made permanent, a typo corrected). Each identifier of MRG-1 is replaced by PID-3's of the
//     same assigning authority; the rest of the record is left alone. A number that already names
//     someone else is refused (that is an A40's business), as is this practice's own MRN, which
//     only this practice changes; a resend finds the change made and succeeds.
class AdtHandler : public InboundHandler
{
public:
    explicit AdtHandler(HandlerContext &context);

    QStringList messageTypes() const override;
    Outcome apply(const Message &message) override;

private:
    Outcome registerOrUpdate(const Message &message, bool mayCreate);
    Outcome merge(const Message &message);
    Outcome changeIdentifiers(const Message &message);
    // The PID/MRG pairs of an A40 or A47 (`type`), each with its PID-3 and MRG-1 identifiers
    // read and present, handed to `step` in one transaction: a pair it refuses takes back the
    // pairs before it. `step` adds what it did to `done`, the summary's parts.
    using PairStep = std::function<std::optional<Outcome>(const QList<Core::PatientIdentifier> &pid,
                                                          const QList<Core::PatientIdentifier> &mrg,
                                                          QStringList &done)>;
    Outcome eachPair(const Message &message, const QString &type, const PairStep &step);

    HandlerContext &m_context;
};

} // namespace Ambulo::Hl7
