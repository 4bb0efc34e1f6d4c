#include "app/shell/patientsearchdialog.h"

#include "app/shell/patienttext.h"
#include "app/shell/shellconstants.h"
#include "core/context/patientcontext.h"
#include "core/session/services.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QVBoxLayout>

namespace Ambulo::App {

namespace Names = Constants::ObjectNames;

PatientSearchDialog::PatientSearchDialog(Core::Services &services, Core::PatientContext &context,
                                         QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_context(context)
{
    setObjectName(QLatin1String(Names::PatientSearchDialog));
    setWindowTitle(tr("Find patient"));
    setModal(false);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QLatin1String(Names::PatientSearchEdit));
    m_edit->setPlaceholderText(tr("Name, MRN, date of birth or phone"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(200);
    m_edit->installEventFilter(this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QLatin1String(Names::PatientSearchList));
    m_list->setUniformItemSizes(true);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QLatin1String(Names::PatientSearchHint));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    connect(m_edit, &QLineEdit::textChanged, this, &PatientSearchDialog::search);
    connect(m_edit, &QLineEdit::returnPressed, this,
            [this] { openRow(m_list->currentRow() >= 0 ? m_list->currentRow() : 0); });
    connect(m_list, &QListWidget::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    resize(560, 380);
    search(QString());
}

void PatientSearchDialog::popup()
{
    if (QWidget *host = parentWidget()) {
        const QRect area = host->geometry();
        move(area.x() + (area.width() - width()) / 2, area.y() + 80);
    }
    show();
    raise();
    activateWindow();
    m_edit->setFocus();
    m_edit->selectAll();
}

void PatientSearchDialog::clearAndHide()
{
    hide();
    m_edit->clear();
    m_matches.clear();
    m_list->clear();
}

bool PatientSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the search field move through the results, so the hand stays on the keys.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PatientSearchDialog::search(const QString &typed)
{
    m_list->clear();
    m_matches.clear();
    if (typed.trimmed().size() < MinimumTyped) {
        m_hint->setText(tr("Type at least %1 characters: name, MRN, date of birth or phone.")
                            .arg(MinimumTyped));
        return;
    }
    auto result = m_services.patients().search(typed, ResultLimit,
                                               Core::PatientService::SearchUse::TypeAhead);
    if (!result) {
        m_hint->setText(result.error().message);
        return;
    }
    m_matches = result->matches;
    for (const Core::PatientMatch &match : std::as_const(m_matches))
        m_list->addItem(PatientText::matchLine(match));
    if (!m_matches.isEmpty())
        m_list->setCurrentRow(0);
    if (m_matches.isEmpty())
        m_hint->setText(tr("No patient matches."));
    else if (result->truncated)
        m_hint->setText(tr("More matches — keep typing."));
    else
        m_hint->setText(tr("%n patient(s) found.", nullptr, int(m_matches.size())));
}

void PatientSearchDialog::openRow(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    // The lock may close this dialog while a break-glass question is open; the guard notices.
    QPointer<PatientSearchDialog> self(this);
    Core::Result<Core::Patient> patient =
        m_context.openForPerson(m_services.patients(), m_matches.at(row).id);
    if (!self)
        return;
    if (!patient) {
        if (!patient.error().message.isEmpty())
            QMessageBox::warning(this, tr("Cannot open the record"), patient.error().message);
        return;
    }
    m_context.setCurrent(patient.value());
    clearAndHide();
}

} // namespace Ambulo::App
