#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace Ambulo::Core {
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// Signs an encounter as its provider: the note, diagnoses and superbill lock, and after the
// commit EncounterSigned carries the charges (code, modifiers, units, fee, pointers) and the
// diagnoses, for billing to turn into claims. A second sign is refused.
class SignService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::SignService)

public:
    SignService(Core::ServiceContext &context, Core::EventHub &events);

    Core::Status sign(qint64 encounterId);

private:
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

} // namespace Ambulo::Charting
