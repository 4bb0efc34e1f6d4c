#include "app/shell/patientbanner.h"

#include "app/shell/patienttext.h"
#include "app/shell/shellconstants.h"
#include "app/sync/syncconstants.h"
#include "core/context/patientcontext.h"
#include "core/module/uistyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>

namespace Ambulo::App {

namespace Names = Constants::ObjectNames;

namespace {

QLabel *makeLabel(const char *objectName, QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    // Patient data is never interpreted as markup.
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PatientBanner::PatientBanner(Core::PatientContext &context, QWidget *parent)
    : QToolBar(tr("Patient"), parent)
    , m_context(context)
{
    setObjectName(QLatin1String(Names::PatientBanner));
    setMovable(false);
    setFloatable(false);
    // The banner is not optional: hiding it would hide whose chart the docks show.
    toggleViewAction()->setVisible(false);
    setContextMenuPolicy(Qt::PreventContextMenu);

    auto strip = new QWidget(this);
    m_name = makeLabel(Names::BannerName, strip);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_details = makeLabel(Names::BannerDetails, strip);
    m_allergies = makeLabel(Names::BannerAllergies, strip);
    m_restricted = makeLabel(Names::BannerRestricted, strip);
    m_restricted->setText(tr("Restricted record"));
    m_restricted->setStyleSheet(
        QStringLiteral("color: white; background: %1; padding: 2px 6px; border-radius: 3px;")
            .arg(QLatin1String(Core::UiStyle::ErrorColor)));

    m_sync = makeLabel(SyncConstants::ObjectNames::BannerSync, strip);
    m_sync->hide();

    auto layout = new QHBoxLayout(strip);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(16);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_allergies);
    layout->addWidget(m_restricted);
    layout->addStretch(1);
    layout->addWidget(m_sync);
    addWidget(strip);

    connect(&m_context, &Core::PatientContext::changed, this, &PatientBanner::refresh);
    connect(&m_context, &Core::PatientContext::allergiesChanged, this, &PatientBanner::refresh);
    refresh();
}

void PatientBanner::setLocked(bool locked)
{
    m_locked = locked;
    refresh();
}

void PatientBanner::setSyncState(const QString &text, const QString &toolTip)
{
    m_sync->setText(text);
    m_sync->setToolTip(toolTip);
    m_sync->setVisible(!text.isEmpty() && !m_locked && m_context.current());
}

void PatientBanner::refresh()
{
    const auto &patient = m_context.current();
    if (m_locked || !patient) {
        // Cleared, not just hidden: a locked screen must not keep PHI in any widget.
        m_name->setText(m_locked ? tr("Screen locked") : tr("No patient selected"));
        m_details->clear();
        m_allergies->clear();
        m_details->hide();
        m_allergies->hide();
        m_restricted->hide();
        m_sync->clear();
        m_sync->hide();
        return;
    }
    m_name->setText(patient->displayName());
    m_details->setText(tr("%1 years · %2 · born %3 · MRN %4")
                           .arg(patient->ageOn(QDate::currentDate()))
                           .arg(PatientText::sex(patient->sex),
                                PatientText::birthDate(patient->birthDate), patient->mrn));
    // Charting owns allergies. Until it has said, or when nothing is recorded, the banner says so
    // rather than implying the patient has none.
    const auto &allergies = m_context.allergies();
    if (!allergies || allergies->isEmpty())
        m_allergies->setText(tr("Allergies: not recorded"));
    else
        m_allergies->setText(tr("Allergies: %1").arg(allergies->join(QLatin1String(", "))));
    m_details->show();
    m_allergies->show();
    m_restricted->setVisible(patient->restricted);
}

} // namespace Ambulo::App
