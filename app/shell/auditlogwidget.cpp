#include "app/shell/auditlogwidget.h"

#include "app/shell/auditlogmodel.h"
#include "app/shell/shellconstants.h"
#include "core/constants.h"
#include "core/module/module.h"
#include "core/session/services.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace {

const char *const Ok = Core::Constants::OutcomeOk;

} // namespace

AuditLogWidget::AuditLogWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    const QDate today = QDate::currentDate();
    m_from = new QDateTimeEdit(today.addDays(-7).startOfDay(), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new QDateTimeEdit(today.endOfDay(), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto edit = [this](const char *name, const QString &placeholder) {
        auto e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        e->setMaxLength(64);
        return e;
    };
    m_user = edit("auditUser", tr("any user"));
    m_patient = edit("auditPatient", tr("any patient"));
    m_action = edit("auditAction", tr("any action, or a prefix such as patient."));

    auto show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("auditShow"));
    show->setDefault(true);
    auto verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("auditVerify"));
    auto exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    connect(show, &QPushButton::clicked, this, &AuditLogWidget::reload);
    connect(verify, &QPushButton::clicked, this, &AuditLogWidget::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogWidget::exportCsv);
    for (QLineEdit *e : {m_user, m_patient, m_action})
        connect(e, &QLineEdit::returnPressed, this, &AuditLogWidget::reload);

    m_model = new AuditLogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QLatin1String(Constants::ObjectNames::AuditTable));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::IdColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);

    auto filters = new QHBoxLayout;
    auto left = new QFormLayout;
    left->addRow(tr("&From:"), m_from);
    left->addRow(tr("&To:"), m_to);
    auto middle = new QFormLayout;
    middle->addRow(tr("&User:"), m_user);
    middle->addRow(tr("&Patient MRN:"), m_patient);
    auto right = new QFormLayout;
    right->addRow(tr("&Action:"), m_action);
    auto rightButtons = new QHBoxLayout;
    rightButtons->addWidget(show);
    rightButtons->addWidget(verify);
    rightButtons->addWidget(exportButton);
    right->addRow(rightButtons);
    filters->addLayout(left);
    filters->addLayout(middle);
    filters->addLayout(right, 1);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

void AuditLogWidget::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

Core::AuditFilter AuditLogWidget::filter() const
{
    Core::AuditFilter f;
    f.from = m_from->dateTime().toUTC();
    f.to = m_to->dateTime().toUTC();
    f.user = m_user->text().trimmed();
    f.patientMrn = m_patient->text().trimmed();
    f.action = m_action->text().trimmed();
    f.limit = MaxRows + 1;
    return f;
}

bool AuditLogWidget::reload()
{
    m_loaded = true;
    const Core::AuditFilter f = filter();
    auto entries = m_context.services.auditTrail(f);
    if (!entries) {
        m_model->setEntries({});
        m_status->setText(entries.error().message);
        return false;
    }
    QList<Core::AuditEntry> rows = std::move(entries.value());
    const bool more = rows.size() > MaxRows;
    if (more)
        rows.resize(MaxRows);
    const int count = int(rows.size());
    m_model->setEntries(std::move(rows));
    m_view->resizeColumnsToContents();
    m_status->setText(
        more ? tr("Showing the first %1 entries; narrow the filter to see the rest.").arg(MaxRows)
             : tr("%n entries.", nullptr, count));
    // Who looked at the log, and for what, is itself on record.
    (void)m_context.services.context().record(
        Core::Constants::Audit::AuditView, QLatin1String(Ok), 0, f.patientMrn,
        QStringLiteral("from %1 to %2 user '%3' action '%4': %5 entries")
            .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), f.user, f.action)
            .arg(count));
    return true;
}

void AuditLogWidget::verifyChain()
{
    if (Core::Status s = m_context.services.context().require(Core::Permission::AuditRead); !s) {
        QMessageBox::warning(this, tr("Audit log"), s.error().message);
        return;
    }
    const Core::AuditVerification v = m_context.services.audit().verify();
    if (v.ok)
        QMessageBox::information(
            this, tr("Audit log"),
            tr("The audit chain is intact (%n entries).", nullptr, int(v.entries)));
    else
        QMessageBox::critical(
            this, tr("Audit log"),
            tr("The audit chain is broken at entry %1: %2").arg(v.brokenAt).arg(v.message));
}

void AuditLogWidget::exportCsv()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("audit-%1.csv")
                                  .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export audit log"), error);
    else
        m_status->setText(tr("Exported %n entries.", nullptr, int(m_model->entries().size())));
}

bool AuditLogWidget::exportTo(const QString &path, QString *error)
{
    Core::ServiceContext &service = m_context.services.context();
    if (Core::Status s = service.require(Core::Permission::AuditRead); !s) {
        *error = s.error().message;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(Core::AuditLog::toCsv(m_model->entries()).toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The export leaves the encrypted store, so where it went is recorded.
    (void)service.record(Core::Constants::Audit::AuditExport, QLatin1String(Ok), 0, {},
                         QStringLiteral("%1 entries to %2")
                             .arg(m_model->entries().size())
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Ambulo::App::Internal
