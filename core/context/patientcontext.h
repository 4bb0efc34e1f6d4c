#pragma once

#include "core/entities/patient.h"
#include "core/result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace Ambulo::Core {

class PatientService;

// The patient every dock follows. Set only with a patient that a service has opened (and so
// audited); cleared on sign-out and user switch.
class PatientContext : public QObject
{
    Q_OBJECT
public:
    explicit PatientContext(QObject *parent = nullptr);

    const std::optional<Patient> &current() const { return m_current; }
    void setCurrent(const Patient &patient);
    void clear();

    // The current patient's allergies as the banner shows them ("Penicillin (severe)"), set by
    // the module that owns them after `changed()`. Unset means nobody has said; an empty list
    // means none recorded. Cleared with the patient.
    const std::optional<QStringList> &allergies() const { return m_allergies; }
    void setAllergies(const QStringList &allergies);

    // Asks the person at the screen why they must open the restricted record `patientId`
    // (break-glass): their reason, or nothing when they decline. The shell installs one for a
    // session that may break the glass, and removes it when the session ends.
    using BreakGlassPrompt = std::function<std::optional<QString>(qint64 patientId)>;
    void setBreakGlassPrompt(BreakGlassPrompt prompt) { m_breakGlass = std::move(prompt); }
    // Opens a record for the person at the screen, as `patients.open()` does, except that a
    // restricted record is opened once the prompt has a reason (the service checks it, and flags
    // the audit entry). When the person declines, the error has no message: nothing to tell them.
    Result<Patient> openForPerson(PatientService &patients, qint64 patientId) const;
    // The person's reason to see something of the restricted record `patientId` (a message about
    // it, say), from the prompt; nothing when they decline or the session may not break the glass.
    std::optional<QString> breakGlassReason(qint64 patientId) const;

signals:
    void changed();
    void allergiesChanged();

private:
    std::optional<Patient> m_current;
    std::optional<QStringList> m_allergies;
    BreakGlassPrompt m_breakGlass;
};

} // namespace Ambulo::Core
