#include "app/shell/auditlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Ambulo::App::Internal {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(QList<Core::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Core::AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::UserRole) {
        switch (index.column()) {
        case IdColumn:
            return role == Qt::UserRole ? QVariant(e.id) : QVariant(QString::number(e.id));
        case TimeColumn:
            if (role == Qt::UserRole)
                return e.at;
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return e.user;
        case WorkstationColumn:
            return e.workstation;
        case ActionColumn:
            return e.action;
        case OutcomeColumn:
            return e.outcome;
        case PatientColumn:
            return e.patientMrn;
        case DetailColumn:
            if (role == Qt::DisplayRole && e.flagged)
                return tr("⚑ %1").arg(e.detail);
            return e.detail;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && e.flagged)
        return tr("Flagged for review by the privacy officer");
    if (role == Qt::ForegroundRole && e.flagged)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && e.flagged) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case WorkstationColumn:
        return tr("Workstation");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case PatientColumn:
        return tr("Patient MRN");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace Ambulo::App::Internal
