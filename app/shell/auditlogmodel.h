#pragma once

#include "core/audit/auditlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ambulo::App::Internal {

// Audit entries as a table. Display text is for people; Qt::UserRole holds the raw value so a
// sort proxy orders times and ids correctly.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TimeColumn,
        UserColumn,
        WorkstationColumn,
        ActionColumn,
        OutcomeColumn,
        PatientColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(QList<Core::AuditEntry> entries);
    const QList<Core::AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Core::AuditEntry> m_entries;
};

} // namespace Ambulo::App::Internal
