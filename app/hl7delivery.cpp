#include "app/hl7delivery.h"

#include "app/modulecatalog.h"
#include "app/sync/syncsettings.h"
#include "connectors/hl7/dispatcher.h"
#include "connectors/hl7/outboundworker.h"
#include "connectors/sync/syncstore.h"
#include "core/session/interfacesession.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QCoreApplication>

namespace Ambulo::App {

namespace {

const QString Principal = QStringLiteral("hl7-outbound");
constexpr int IdleMs = 2000;

} // namespace

OutboundBuilders::OutboundBuilders(Core::Store &store, Core::Database &db)
    : m_services(store, db, Core::Services::thisWorkstation())
    , m_context{m_services, m_events, QStringLiteral("outbound")}
{
    m_services.context().setSession(Core::interfaceSession(Principal));
    for (const Hl7::AdapterSet &set : ModuleCatalog::hl7Adapters()) {
        if (set.outbound)
            m_builders.push_back(set.outbound(m_context));
    }
}

QList<Hl7::OutboundBuilder *> OutboundBuilders::list() const
{
    QList<Hl7::OutboundBuilder *> builders;
    for (const auto &b : m_builders)
        builders.append(b.get());
    return builders;
}

Hl7::Dispatcher::PatientHold OutboundBuilders::patientHold()
{
    return [&services = m_services](qint64 patientId) -> Core::Result<QString> {
        if (!SyncSettingsService(services.context()).settings().configured())
            return QString();
        Sync::SyncStore sync(services.context().db());
        Core::Result<std::optional<Sync::RecordMap>> map =
            sync.record(QStringLiteral("Patient"), patientId);
        if (!map)
            return map.error();
        if (map->has_value() && !map->value().serverId.isEmpty())
            return QString();
        // A lookup, not a read of the record: asked again at every dispatch while it waits.
        Core::Result<QString> mrn = services.patients().mrnOf(patientId);
        if (!mrn)
            return mrn.error();
        return QCoreApplication::translate(
                   "Ambulo::App::OutboundBuilders",
                   "Waiting for the FHIR server to take patient %1: a first sync can still change "
                   "a new patient's MRN, and the receiver knows patients by it. The messages go "
                   "after the next sync.")
            .arg(mrn.value());
    };
}

std::unique_ptr<Hl7::Dispatcher> OutboundBuilders::dispatcher(Core::Database &db)
{
    auto d = std::make_unique<Hl7::Dispatcher>(db, list());
    d->setPatientHold(patientHold());
    return d;
}

Hl7Delivery::Hl7Delivery(Core::Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

Hl7Delivery::~Hl7Delivery() = default; // the worker's destructor stops and joins it

void Hl7Delivery::start()
{
    if (m_worker)
        return;
    m_worker = std::make_unique<Hl7::OutboundWorker>(m_store, Hl7::SenderOptions{},
                                                     Hl7::OutboundWorker::Mode::Forever);
    // Not every change publishes a domain event (a registration does not): look every few
    // seconds as well.
    m_worker->setIdleMs(IdleMs);
    Core::Store &store = m_store;
    // The builders and the dispatcher live on the worker's connection, in its thread; the
    // shared_ptr keeps them as long as the round function that uses them.
    m_worker->setPrepare([&store](Core::Database &db) -> Core::Result<Hl7::OutboundWorker::Round> {
        auto builders = std::make_shared<OutboundBuilders>(store, db);
        std::shared_ptr<Hl7::Dispatcher> dispatcher = builders->dispatcher(db);
        return Hl7::OutboundWorker::Round(
            [builders, dispatcher] { return dispatcher->dispatchAll(); });
    });
    connect(m_worker.get(), &Hl7::OutboundWorker::queueChanged, this, &Hl7Delivery::queueChanged);
    m_worker->start(QThread::LowPriority);
}

bool Hl7Delivery::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

void Hl7Delivery::wake()
{
    if (m_worker)
        m_worker->wake();
}

int Hl7Delivery::queued() const
{
    return m_worker ? m_worker->queued() : 0;
}

int Hl7Delivery::acked() const
{
    return m_worker ? m_worker->acked() : 0;
}

QString Hl7Delivery::lastError() const
{
    return m_worker ? m_worker->error() : QString();
}

} // namespace Ambulo::App
