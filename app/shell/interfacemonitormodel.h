#pragma once

#include "connectors/hl7/outboundqueue.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ambulo::App::Internal {

// The outbound interfaces and their queues, one row each. Qt::UserRole on any column holds the
// interface id.
class InterfaceMonitorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EndpointColumn,
        ChangesColumn,
        StateColumn,
        PendingColumn,
        ParkedColumn,
        AckedColumn,
        LastAckColumn,
        LastErrorColumn,
        ColumnCount
    };

    explicit InterfaceMonitorModel(QObject *parent = nullptr);

    void setStates(QList<Hl7::QueueState> states);
    const QList<Hl7::QueueState> &states() const { return m_states; }
    int rowOf(qint64 interfaceId) const;
    static QString stateText(const Hl7::QueueState &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Hl7::QueueState> m_states;
};

// One interface's parked messages, without their text. Qt::UserRole holds the message id.
class ParkedMessagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TypeColumn,
        ControlIdColumn,
        AttemptsColumn,
        ErrorColumn,
        TimeColumn,
        ColumnCount
    };

    explicit ParkedMessagesModel(QObject *parent = nullptr);

    void setMessages(QList<Hl7::QueuedMessage> messages);
    const QList<Hl7::QueuedMessage> &messages() const { return m_messages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Hl7::QueuedMessage> m_messages;
};

} // namespace Ambulo::App::Internal
