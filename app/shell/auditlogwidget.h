#pragma once

#include "core/audit/auditlog.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::App::Internal {

class AuditLogModel;

// The privacy officer's view of the audit log: filter, sort, verify the chain, export. Reading
// the log is itself audited.
class AuditLogWidget : public QWidget
{
    Q_OBJECT
public:
    AuditLogWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

    Core::AuditFilter filter() const;
    bool reload();
    void verifyChain();
    void exportCsv();
    // Writes the entries shown to a file; false with a message when refused or failed.
    bool exportTo(const QString &path, QString *error);

    AuditLogModel *model() const { return m_model; }

    static constexpr int MaxRows = 20000;

protected:
    void showEvent(QShowEvent *event) override;

private:
    Core::ModuleContext &m_context;
    bool m_loaded = false;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_patient = nullptr;
    QLineEdit *m_action = nullptr;
    QLabel *m_status = nullptr;
    AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Ambulo::App::Internal
