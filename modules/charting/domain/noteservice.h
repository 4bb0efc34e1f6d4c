#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>
#include <optional>

namespace Ambulo::Core {
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// The visit note: SOAP sections, templates, quick text, autosaved drafts, and after signing only
// addenda and the patient's amendment requests.
//
// Who reads note text: a holder of chart.note-read (providers), except that a note marked
// sensitive is read only by the encounter's own provider; anyone else with the break-glass
// permission reads it by giving a reason (flagged for review). Billers see an encounter's codes
// (SuperbillService) but not its text.
class NoteService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::NoteService)

public:
    explicit NoteService(Core::ServiceContext &context);

    Core::Status save(qint64 encounterId, const Note &note);
    Core::Result<Note> note(qint64 encounterId, const QString &breakGlassReason = {});

    // Autosave: one draft per encounter and user, overwritten each time; save() clears it.
    Core::Status saveDraft(qint64 encounterId, const Note &draft);
    Core::Result<std::optional<Note>> draft(qint64 encounterId);

    Core::Result<qint64> saveTemplate(const NoteTemplate &noteTemplate);
    Core::Result<QList<NoteTemplate>> templates();
    // The template's sections with {patient.name}, {patient.age}, {vitals} (the encounter's
    // latest) and {today} filled in.
    Core::Result<Note> applyTemplate(qint64 templateId, qint64 encounterId);

    Core::Status setQuickText(const QString &abbreviation, const QString &expansion);
    // Replaces each ".abbreviation" word with its expansion; unknown ones stay as typed.
    Core::Result<QString> expandQuickText(const QString &text);

    Core::Result<qint64> addAddendum(qint64 encounterId, const QString &text);
    Core::Result<QList<Addendum>> addenda(qint64 encounterId, const QString &breakGlassReason = {});

    // The patient asks for a change to a signed note; a provider accepts or denies it with a
    // reason. An accepted amendment is appended as an addendum naming the request.
    Core::Result<qint64> requestAmendment(qint64 encounterId, const QString &requestText);
    Core::Status decideAmendment(qint64 requestId, bool accept, const QString &reason);
    Core::Result<QList<AmendmentRequest>> amendments(qint64 encounterId);

private:
    Core::Status canReadNote(const Encounter &encounter, const QString &breakGlassReason);
    Core::Result<Encounter> writable(qint64 encounterId);

    Core::ServiceContext &m_context;
};

} // namespace Ambulo::Charting
