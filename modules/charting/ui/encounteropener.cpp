#include "modules/charting/ui/encounteropener.h"

#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

namespace Ambulo::Charting::Internal {

namespace E = Core::Constants::Events;

Core::Result<qint64> openChart(ChartingServices &services, Core::ModuleContext &context,
                               ChartContext &chart, const QVariantMap &data)
{
    AppointmentRef ref;
    ref.appointmentId = data.value(QLatin1String(E::KeyAppointmentId)).toLongLong();
    ref.patientId = data.value(QLatin1String(E::KeyPatientId)).toLongLong();
    ref.providerId = data.value(QLatin1String(E::KeyProviderId)).toLongLong();
    ref.locationId = data.value(QLatin1String(E::KeyLocationId)).toLongLong();
    ref.status = data.value(QLatin1String(E::KeyStatus)).toString();
    ref.reason = data.value(QLatin1String(E::KeyReason)).toString();
    // The patient first: a chart this user may not open (restricted, no break-glass reason) must
    // not leave an encounter opened behind the refusal.
    auto patient = context.patient.openForPerson(context.services.patients(), ref.patientId);
    if (!patient)
        return patient.error();
    auto id = services.encounters().openFromAppointment(ref);
    if (!id)
        return id;
    const auto &current = context.patient.current();
    if (!current || current->id != patient->id)
        context.patient.setCurrent(patient.value());
    chart.setEncounter(id.value());
    context.events.publish(
        {QLatin1String(E::ShowDock),
         {{QLatin1String(E::KeyDock), QString::fromLatin1(Constants::DockEncounter)}}});
    return id;
}

void showOpenChartError(const QString &message)
{
    auto box =
        new QMessageBox(QMessageBox::Warning,
                        QCoreApplication::translate("Ambulo::Charting::Internal::EncounterWidget",
                                                    "The chart did not open"),
                        message, QMessageBox::Ok, QApplication::activeWindow());
    box->setObjectName(QLatin1String(Constants::ObjectNames::EncounterOpenError));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Ambulo::Charting::Internal
