#include "app/shell/interfacemonitormodel.h"

#include <QLocale>

namespace Ambulo::App::Internal {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

InterfaceMonitorModel::InterfaceMonitorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InterfaceMonitorModel::setStates(QList<Hl7::QueueState> states)
{
    beginResetModel();
    m_states = std::move(states);
    endResetModel();
}

int InterfaceMonitorModel::rowOf(qint64 interfaceId) const
{
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        if (m_states[i].config.id == interfaceId)
            return int(i);
    }
    return -1;
}

QString InterfaceMonitorModel::stateText(const Hl7::QueueState &s)
{
    if (!s.config.enabled)
        return tr("Disabled");
    if (s.pending > 0 && s.nextAttemptAt.isValid()
        && s.nextAttemptAt > QDateTime::currentDateTimeUtc())
        return tr("Retrying");
    if (s.pending > 0)
        return tr("Sending");
    if (s.parked > 0)
        return tr("Needs attention");
    if (!s.config.waiting.isEmpty())
        return tr("Waiting");
    return tr("Idle");
}

int InterfaceMonitorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int InterfaceMonitorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterfaceMonitorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_states.size())
        return {};
    const Hl7::QueueState &s = m_states[index.row()];
    if (role == Qt::UserRole)
        return s.config.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.config.name;
    case EndpointColumn:
        return QStringLiteral("%1:%2").arg(s.config.host).arg(s.config.port);
    case ChangesColumn:
        if (role == Qt::ToolTipRole)
            return s.config.localChangesOnly
                       ? tr("Sends what is changed on this workstation. Changes made on other "
                            "workstations and pulled from the FHIR server are left to theirs.")
                       : tr("Sends every change, also those made on other workstations and pulled "
                            "from the FHIR server.");
        return s.config.localChangesOnly ? tr("This workstation's changes")
                                         : tr("Every workstation's changes");
    case StateColumn:
        if (role == Qt::ToolTipRole && !s.config.waiting.isEmpty())
            return s.config.waiting;
        return stateText(s);
    case PendingColumn:
        return s.pending;
    case ParkedColumn:
        return s.parked;
    case AckedColumn:
        return s.acked;
    case LastAckColumn:
        return when(s.lastAckAt);
    case LastErrorColumn:
        return s.lastError;
    default:
        return {};
    }
}

QVariant InterfaceMonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Interface");
    case EndpointColumn:
        return tr("Receiver");
    case ChangesColumn:
        return tr("Sends");
    case StateColumn:
        return tr("State");
    case PendingColumn:
        return tr("Pending");
    case ParkedColumn:
        return tr("Parked");
    case AckedColumn:
        return tr("Delivered");
    case LastAckColumn:
        return tr("Last ACK");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

ParkedMessagesModel::ParkedMessagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParkedMessagesModel::setMessages(QList<Hl7::QueuedMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

int ParkedMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int ParkedMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParkedMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const Hl7::QueuedMessage &m = m_messages[index.row()];
    if (role == Qt::UserRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return m.id;
    case TypeColumn:
        return m.messageType;
    case ControlIdColumn:
        return m.controlId;
    case AttemptsColumn:
        return m.attempts;
    case ErrorColumn:
        return m.lastError;
    case TimeColumn:
        return when(m.updatedAt);
    default:
        return {};
    }
}

QVariant ParkedMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case TypeColumn:
        return tr("Type");
    case ControlIdColumn:
        return tr("Control ID");
    case AttemptsColumn:
        return tr("Tries");
    case ErrorColumn:
        return tr("Receiver's answer");
    case TimeColumn:
        return tr("Parked at");
    default:
        return {};
    }
}

} // namespace Ambulo::App::Internal
