#pragma once

#include "connectors/hl7/adapter.h"
#include "connectors/hl7/dispatcher.h"
#include "core/context/eventhub.h"
#include "core/session/services.h"

#include <QObject>

#include <memory>
#include <vector>

namespace Ambulo::Core {
class Database;
class Store;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {
class OutboundWorker;
} // namespace Ambulo::Hl7

namespace Ambulo::App {

// The modules' outbound HL7 builders over one connection, reading through their own services
// signed in as the interface principal, so what they read is not audited as a person's.
class OutboundBuilders
{
public:
    OutboundBuilders(Core::Store &store, Core::Database &db);
    OutboundBuilders(const OutboundBuilders &) = delete;
    OutboundBuilders &operator=(const OutboundBuilders &) = delete;

    QList<Hl7::OutboundBuilder *> list() const;
    // The Dispatcher::PatientHold of this store: while sync is configured, the messages naming a
    // patient wait until the FHIR server has the record, so no receiver ever learns an MRN the
    // first push may still change.
    Hl7::Dispatcher::PatientHold patientHold();
    // A dispatcher over `db` (the builders' connection) with the builders and the hold.
    std::unique_ptr<Hl7::Dispatcher> dispatcher(Core::Database &db);

private:
    Core::Services m_services;
    Core::EventHub m_events;
    Hl7::HandlerContext m_context;
    std::vector<std::unique_ptr<Hl7::OutboundBuilder>> m_builders;
};

// HL7 delivery for a running workstation: a worker thread with its own connection turns the
// change log into queued messages for every enabled outbound interface and sends them, for as
// long as the application runs. The shell starts it at the first sign-in and wakes it after each
// domain event, so a booking leaves within moments, never on the GUI thread.
class Hl7Delivery : public QObject
{
    Q_OBJECT
public:
    explicit Hl7Delivery(Core::Store &store, QObject *parent = nullptr);
    ~Hl7Delivery() override; // stops after the exchange in progress

    void start();
    bool isRunning() const;
    void wake();
    // Counts since start, and the last error (empty when none).
    int queued() const;
    int acked() const;
    QString lastError() const;

signals:
    void queueChanged();

private:
    Core::Store &m_store;
    std::unique_ptr<Hl7::OutboundWorker> m_worker;
};

} // namespace Ambulo::App
