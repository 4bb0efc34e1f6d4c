#pragma once

#include "connectors/hl7/message.h"
#include "core/result.h"
#include "core/sync/changelog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ambulo::Core {
class EventHub;
class Services;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

// What a message could not do to the application, answered as AE (or AR when `reject`) with an
// ERR segment: ERR-2 `location`, ERR-3 `code` (HL7 table 0357), ERR-4 severity E, ERR-8 `text`.
struct ApplicationError
{
    QString code = QStringLiteral("207"); // 100 segment sequence, 101 required field missing,
                                          // 102 data type, 103 table value not found, 200
                                          // unsupported message type, 204 unknown key,
                                          // 205 duplicate key, 207 application internal error
    QString location;                     // "PID-3", "SCH-11-4"; empty when no single field
    QString text;                         // readable, in the user's language
    bool reject = false;                  // AR/CR: the message as a whole is not acceptable
};

// The result of applying one inbound message.
struct Outcome
{
    bool ok = true;
    QString summary; // what was done, for the interface log ("patient 000123 updated")
    ApplicationError error;

    static Outcome done(QString summary) { return {true, std::move(summary), {}}; }
    static Outcome failed(QString code, QString location, QString text)
    {
        return {false, {}, {std::move(code), std::move(location), std::move(text), false}};
    }
    static Outcome rejected(QString code, QString text)
    {
        return {false, {}, {std::move(code), {}, std::move(text), true}};
    }
    // A service's refusal: Invalid → 102 (or `code`), Conflict → 207 with the collisions named,
    // Denied → AR.
    static Outcome fromError(const Core::Error &error, QString location = {});
};

// What a handler works with: the engine's own services, signed in as the interface principal
// (Role::Interface, origin "hl7:<interface>") on the engine's connection.
struct HandlerContext
{
    Core::Services &services;
    Core::EventHub &events;
    QString interfaceName;
};

// Applies one kind of inbound message through the owning module's services. Runs inside the
// engine's transaction (a savepoint per message): return an error and nothing it wrote is kept,
// while the message and its ACK still are.
class InboundHandler
{
public:
    virtual ~InboundHandler() = default;
    // MSH-9-1^MSH-9-2 values handled, e.g. {"ADT^A04", "ADT^A08"}.
    virtual QStringList messageTypes() const = 0;
    virtual Outcome apply(const Message &message) = 0;
};

// One message to send, built from a change; the engine fills MSH-3..MSH-7, MSH-10, MSH-11,
// MSH-12 (2.5.1) and queues it.
struct OutboundMessage
{
    QString messageType; // "SIU^S12", for interface filters and the monitor
    Message message;
    qint64 patientId = 0; // the patient it names in PID (0: none), see Dispatcher::PatientHold
};

// Turns local changes (core/sync/changelog.h) into messages, e.g. Appointment create → SIU^S12.
// Reads the record's current state through the services; returns no message for a change it
// does not send (e.g. a status the receiver does not care about).
class OutboundBuilder
{
public:
    virtual ~OutboundBuilder() = default;
    virtual QStringList entities() const = 0; // change_log entity names handled, e.g. {"Patient"}
    virtual Core::Result<QList<OutboundMessage>> build(const Core::Change &change) = 0;
};

// What a module (or core, through connectors/hl7/adapters) contributes; made once per engine.
struct AdapterSet
{
    std::function<std::unique_ptr<InboundHandler>(HandlerContext &)> inbound;
    std::function<std::unique_ptr<OutboundBuilder>(HandlerContext &)> outbound;
    // Every message type `outbound` may build ("ADT^A04", ...): what an interface can be set to
    // send. The adapter's tests check that it builds no other.
    QStringList outboundTypes;
};

} // namespace Ambulo::Hl7
