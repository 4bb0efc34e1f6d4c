#include "app/shell/breakglassdialog.h"

#include "app/shell/shellconstants.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::App {

BreakGlassDialog::BreakGlassDialog(const QString &mrn, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QLatin1String(Constants::ObjectNames::BreakGlassDialog));
    setWindowTitle(tr("Restricted record"));

    auto text = new QLabel(
        tr("Record %1 is restricted. Opening it is recorded and reviewed by the practice's "
           "privacy officer.\n\nWhy do you need this record? (at least %2 characters)")
            .arg(mrn)
            .arg(MinReasonLength),
        this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("breakGlassReason"));
    m_reason->setMaxLength(500);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("Open record"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("breakGlassOpen"));
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_open->setEnabled(reason().size() >= MinReasonLength); });

    auto layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString BreakGlassDialog::reason() const
{
    return m_reason->text().trimmed();
}

void BreakGlassDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

} // namespace Ambulo::App
