#include "connectors/hl7/outboundservice.h"

#include "connectors/hl7/dispatcher.h"
#include "connectors/hl7/message.h"
#include "core/constants.h"
#include "core/entities/patientservice.h"
#include "core/session/breakglass.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"

#include <QRegularExpression>

namespace Ambulo::Hl7 {

namespace C = OutboundConstants;
using Core::Permission;

namespace {

const QString Ok = QLatin1String(Core::Constants::OutcomeOk);

QString describe(const InterfaceConfig &c)
{
    return QStringLiteral("%1 %2:%3 types=%4 changes=%5%6")
        .arg(c.name, c.host)
        .arg(c.port)
        .arg(c.messageTypes.isEmpty() ? QStringLiteral("all") : c.messageTypes.join(u','),
             c.localChangesOnly ? QStringLiteral("here") : QStringLiteral("all"),
             c.tls.enabled ? QStringLiteral(" tls") : QString());
}

} // namespace

OutboundService::OutboundService(Core::ServiceContext &context)
    : m_context(context)
{}

QString OutboundService::validate(const InterfaceConfig &c)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    static const QRegularExpression type(QStringLiteral("^[A-Z0-9]{3}\\^[A-Z0-9]{3}$"));
    if (!name.match(c.name).hasMatch())
        return tr("An interface name is 1 to 40 letters, digits, '.', '_' or '-'.");
    if (c.host.trimmed().isEmpty())
        return tr("The interface needs a host.");
    if (c.port < 1 || c.port > 65535)
        return tr("The port must be between 1 and 65535.");
    for (const QString &t : c.messageTypes) {
        if (!type.match(t).hasMatch())
            return tr("'%1' is not a message type such as SIU^S12.").arg(t.left(20));
    }
    if (c.ackTimeoutMs < 100 || c.ackTimeoutMs > 600000)
        return tr("The ACK timeout must be between 0.1 and 600 seconds.");
    if (!c.tls.certFile.isEmpty() && c.tls.keyFile.isEmpty())
        return tr("A client certificate needs its private key file.");
    if ((!c.tls.caFile.isEmpty() || !c.tls.certFile.isEmpty()) && !c.tls.enabled)
        return tr("Certificate files are only used with TLS.");
    return {};
}

Core::Result<qint64> OutboundService::addInterface(const InterfaceConfig &config)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    if (const QString problem = validate(config); !problem.isEmpty())
        return Core::invalid(problem);
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Core::Result<std::optional<InterfaceConfig>> existing =
        OutboundQueue::interfaceByName(db, config.name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Core::conflict(tr("An interface named '%1' exists already.").arg(config.name));
    Core::Result<qint64> cursor = Dispatcher::startCursor(db);
    if (!cursor)
        return cursor.error();
    InterfaceConfig row = config;
    row.cursor = cursor.value();
    Core::Result<qint64> id = OutboundQueue::addInterface(db, row);
    if (!id)
        return id.error();
    if (Core::Status s = m_context.record(C::Audit::InterfaceAdd, Ok, 0, {}, describe(row)); !s)
        return s.error();
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Core::Status OutboundService::updateInterface(const InterfaceConfig &config)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    if (const QString problem = validate(config); !problem.isEmpty())
        return Core::invalid(problem);
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Core::Result<std::optional<InterfaceConfig>> existing =
        OutboundQueue::interfaceByName(db, config.name);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->id != config.id)
        return Core::conflict(tr("An interface named '%1' exists already.").arg(config.name));
    if (Core::Status s = OutboundQueue::updateInterface(db, config); !s)
        return s;
    if (db.changes() == 0)
        return Core::invalid(tr("There is no such interface."));
    if (Core::Status s = m_context.record(C::Audit::InterfaceUpdate, Ok, 0, {}, describe(config));
        !s)
        return s;
    return tx.commit();
}

Core::Status OutboundService::removeInterface(const QString &name)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Core::Result<std::optional<InterfaceConfig>> existing =
        OutboundQueue::interfaceByName(db, name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return Core::invalid(tr("There is no interface named '%1'.").arg(name.left(40)));
    Core::Result<QList<QueuedMessage>> undelivered =
        OutboundQueue::messages(db, existing.value()->id,
                                {QLatin1String(C::StatePending), QLatin1String(C::StateSent),
                                 QLatin1String(C::StateParked)},
                                1000000);
    if (!undelivered)
        return undelivered.error();
    if (Core::Status s = OutboundQueue::removeInterface(db, existing.value()->id); !s)
        return s;
    if (Core::Status s = m_context.record(
            C::Audit::InterfaceRemove, Ok, 0, {},
            QStringLiteral("%1 undelivered=%2").arg(name).arg(undelivered->size()));
        !s)
        return s;
    return tx.commit();
}

Core::Result<QList<InterfaceConfig>> OutboundService::interfaces()
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    return OutboundQueue::interfaces(m_context.db());
}

Core::Result<std::optional<InterfaceConfig>> OutboundService::interfaceByName(const QString &name)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    return OutboundQueue::interfaceByName(m_context.db(), name);
}

Core::Result<QList<QueueState>> OutboundService::queueStates()
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    return OutboundQueue::states(m_context.db());
}

Core::Result<QList<ListenerState>> OutboundService::listenerStates()
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    return ListenerStates::all(m_context.db());
}

Core::Result<QList<QueuedMessage>> OutboundService::parkedMessages(qint64 interfaceId)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    Core::Result<QList<QueuedMessage>> list =
        OutboundQueue::messages(m_context.db(), interfaceId, {QLatin1String(C::StateParked)});
    if (!list)
        return list;
    for (QueuedMessage &m : list.value())
        m.raw.clear();
    return list;
}

Core::Result<QueuedMessage> OutboundService::loadMessage(qint64 messageId)
{
    Core::Result<std::optional<QueuedMessage>> m =
        OutboundQueue::message(m_context.db(), messageId);
    if (!m)
        return m.error();
    if (!m.value())
        return Core::invalid(tr("There is no queued message %1.").arg(messageId));
    return *m.value();
}

qint64 OutboundService::patientOf(const QueuedMessage &m, QString *mrn)
{
    const std::optional<Message> parsed = Message::parse(m.raw);
    const auto pid3 = [&parsed](int rep, const char *rest) {
        return parsed->get(QStringLiteral("PID-3(%1)").arg(rep) + QLatin1String(rest))
            .value_or(Value())
            .text();
    };
    QString own;
    for (int rep = 1; parsed && rep <= 20 && own.isEmpty(); ++rep) {
        if (pid3(rep, "-1").isEmpty())
            break;
        if (pid3(rep, "-4-1") == QLatin1String(C::SendingApplication))
            own = pid3(rep, "-1");
    }
    *mrn = own.isEmpty() && parsed ? pid3(1, "-1") : own;
    if (m.entity == QLatin1String("Patient"))
        return m.entityId;
    if (own.isEmpty())
        return 0;
    Core::Result<qint64> found = Core::PatientService(m_context).findByMrn(own);
    return found ? found.value() : 0;
}

Core::Result<bool> OutboundService::restricted(qint64 patientId)
{
    if (patientId == 0)
        return false;
    Core::Result<bool> r = Core::PatientService(m_context).isRestricted(patientId);
    // A message may name a record this store does not hold (an interface fed from elsewhere).
    if (!r && r.error().code != Core::ErrorCode::Invalid)
        return r.error();
    return r && r.value();
}

Core::Result<qint64> OutboundService::restrictedPatientOf(qint64 messageId)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    Core::Result<QueuedMessage> m = loadMessage(messageId);
    if (!m)
        return m.error();
    QString mrn;
    const qint64 patientId = patientOf(m.value(), &mrn);
    Core::Result<bool> r = restricted(patientId);
    if (!r)
        return r.error();
    return r.value() ? patientId : 0;
}

Core::Result<QByteArray> OutboundService::messageText(qint64 messageId,
                                                      const QString &breakGlassReason)
{
    Core::Result<QueuedMessage> m = loadMessage(messageId);
    QString mrn;
    const qint64 patientId = m ? patientOf(m.value(), &mrn) : 0;
    if (Core::Status s = m_context.require(Permission::PracticeAdmin, patientId, mrn); !s)
        return s.error();
    if (!m)
        return m.error();
    const QString detail =
        QStringLiteral("message %1 %2 %3").arg(messageId).arg(m->messageType, m->controlId);
    Core::Result<bool> isRestricted = restricted(patientId);
    if (!isRestricted)
        return isRestricted.error();
    if (isRestricted.value()) {
        const QString reason = breakGlassReason.trimmed();
        if (reason.isEmpty()) {
            (void)m_context.record(C::Audit::MessageRead,
                                   QLatin1String(Core::Constants::OutcomeDenied), patientId, mrn,
                                   detail + QStringLiteral(": restricted record; no reason"));
            return Core::denied(tr("Message %1 is about a restricted record. Give a reason to "
                                   "read it (break-glass).")
                                    .arg(messageId));
        }
        if (Core::Status s = Core::requireBreakGlass(m_context, reason, patientId, mrn); !s)
            return s.error();
    }
    if (Core::Status s = m_context.record(C::Audit::MessageRead, Ok, patientId, mrn,
                                          isRestricted.value() ? detail + QStringLiteral(": ")
                                                                     + breakGlassReason.trimmed()
                                                               : detail,
                                          isRestricted.value());
        !s)
        return s.error();
    return m->raw;
}

Core::Status OutboundService::resend(qint64 messageId)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Core::Result<QueuedMessage> m = loadMessage(messageId);
    if (!m)
        return m.error();
    if (m->state == QLatin1String(C::StateAcked))
        return Core::invalid(tr("Message %1 was delivered already.").arg(messageId));
    if (Core::Status s = OutboundQueue::setPending(db, messageId); !s)
        return s;
    if (Core::Status s = m_context.record(
            C::Audit::MessageResend, Ok, 0, {},
            QStringLiteral("message %1 %2 was %3").arg(messageId).arg(m->controlId, m->state));
        !s)
        return s;
    return tx.commit();
}

Core::Status OutboundService::discard(qint64 messageId)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Core::Result<QueuedMessage> m = loadMessage(messageId);
    if (!m)
        return m.error();
    if (m->state == QLatin1String(C::StateAcked) || m->state == QLatin1String(C::StateDiscarded))
        return Core::invalid(
            tr("Message %1 is %2; there is nothing to discard.").arg(messageId).arg(m->state));
    if (Core::Status s = OutboundQueue::setDiscarded(db, messageId); !s)
        return s;
    if (Core::Status s = m_context.record(
            C::Audit::MessageDiscard, Ok, 0, {},
            QStringLiteral("message %1 %2 was %3").arg(messageId).arg(m->controlId, m->state));
        !s)
        return s;
    return tx.commit();
}

Core::Result<int> OutboundService::pruneAcked(int days)
{
    if (Core::Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    return OutboundQueue::pruneAcked(m_context.db(),
                                     QDateTime::currentDateTimeUtc().addDays(-qMax(0, days)));
}

} // namespace Ambulo::Hl7
