#include "modules/charting/ui/vitalspanel.h"

#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

namespace {

QLineEdit *field(QWidget *parent, const char *name, bool decimals)
{
    auto edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (decimals) {
        auto v = new QDoubleValidator(0, 9999, 1, edit);
        v->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(v);
    } else {
        edit->setValidator(new QIntValidator(0, 999, edit));
    }
    edit->setMaximumWidth(80);
    return edit;
}

QWidget *withUnit(QWidget *parent, QWidget *edit, QWidget *unit)
{
    auto box = new QWidget(parent);
    auto row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit);
    row->addWidget(unit);
    row->addStretch(1);
    return box;
}

QLabel *unitLabel(QWidget *parent, const QString &text)
{
    auto label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

VitalsPanel::VitalsPanel(ChartingServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    m_systolic = field(this, Names::VitalsSystolic, false);
    m_diastolic = field(this, Names::VitalsDiastolic, false);
    m_pulse = field(this, Names::VitalsPulse, false);
    m_temperature = field(this, Names::VitalsTemperature, true);
    m_temperatureUnit = new QComboBox(this);
    m_temperatureUnit->setObjectName(QLatin1String(Names::VitalsTemperatureUnit));
    m_temperatureUnit->addItem(tr("°F"), int(TemperatureUnit::Fahrenheit));
    m_temperatureUnit->addItem(tr("°C"), int(TemperatureUnit::Celsius));
    m_weight = field(this, Names::VitalsWeight, true);
    m_weightUnit = new QComboBox(this);
    m_weightUnit->setObjectName(QLatin1String(Names::VitalsWeightUnit));
    m_weightUnit->addItem(tr("lb"), int(WeightUnit::Pound));
    m_weightUnit->addItem(tr("kg"), int(WeightUnit::Kilogram));
    m_height = field(this, Names::VitalsHeight, true);
    m_heightUnit = new QComboBox(this);
    m_heightUnit->setObjectName(QLatin1String(Names::VitalsHeightUnit));
    m_heightUnit->addItem(tr("in"), int(LengthUnit::Inch));
    m_heightUnit->addItem(tr("cm"), int(LengthUnit::Centimetre));
    m_bmi = new QLabel(this);
    m_bmi->setObjectName(QLatin1String(Names::VitalsBmi));
    m_spo2 = field(this, Names::VitalsSpo2, false);
    m_respRate = field(this, Names::VitalsRespRate, false);
    m_record = new QPushButton(tr("Record vitals"), this);
    m_record->setObjectName(QLatin1String(Names::VitalsRecord));
    m_list = new QListWidget(this);
    m_list->setObjectName(QLatin1String(Names::VitalsList));

    auto bp = new QWidget(this);
    auto bpRow = new QHBoxLayout(bp);
    bpRow->setContentsMargins(0, 0, 0, 0);
    bpRow->addWidget(m_systolic);
    bpRow->addWidget(unitLabel(this, QStringLiteral("/")));
    bpRow->addWidget(m_diastolic);
    bpRow->addWidget(unitLabel(this, tr("mmHg")));
    bpRow->addStretch(1);

    auto form = new QFormLayout;
    form->addRow(tr("Blood pressure"), bp);
    form->addRow(tr("Pulse"), withUnit(this, m_pulse, unitLabel(this, tr("/min"))));
    form->addRow(tr("Temperature"), withUnit(this, m_temperature, m_temperatureUnit));
    form->addRow(tr("Weight"), withUnit(this, m_weight, m_weightUnit));
    form->addRow(tr("Height"), withUnit(this, m_height, m_heightUnit));
    form->addRow(tr("BMI"), m_bmi);
    form->addRow(tr("SpO2"), withUnit(this, m_spo2, unitLabel(this, tr("%"))));
    form->addRow(tr("Respiratory rate"), withUnit(this, m_respRate, unitLabel(this, tr("/min"))));

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(form);
    layout->addWidget(m_record, 0, Qt::AlignRight);
    layout->addWidget(new QLabel(tr("Recorded this visit"), this));
    layout->addWidget(m_list, 1);

    for (QLineEdit *e : {m_weight, m_height})
        connect(e, &QLineEdit::textChanged, this, &VitalsPanel::updateBmi);
    for (QComboBox *c : {m_weightUnit, m_heightUnit})
        connect(c, &QComboBox::currentIndexChanged, this, &VitalsPanel::updateBmi);
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::returnPressed, this, &VitalsPanel::record);
    connect(m_record, &QPushButton::clicked, this, &VitalsPanel::record);
    setReadOnly(true);
}

void VitalsPanel::setEncounter(const Encounter &encounter, bool writable)
{
    m_encounter = encounter;
    clearFields();
    setReadOnly(!writable || encounter.id == 0);
    reload();
}

void VitalsPanel::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setReadOnly(readOnly);
    for (QComboBox *c : {m_temperatureUnit, m_weightUnit, m_heightUnit})
        c->setEnabled(!readOnly);
    m_record->setEnabled(!readOnly);
}

void VitalsPanel::reload()
{
    m_list->clear();
    if (m_encounter.id == 0)
        return;
    auto list = m_services.vitals().forEncounter(m_encounter.id);
    if (!list) {
        emit message(list.error().message, true);
        return;
    }
    for (const Vitals &v : list.value()) {
        QString text =
            tr("%1 — %2 (%3)")
                .arg(QLocale().toString(v.takenAt.toLocalTime().time(), QLocale::ShortFormat),
                     v.toText(), v.recordedBy);
        if (v.confirmedImplausible)
            text += QLatin1Char(' ') + tr("[confirmed as measured]");
        m_list->addItem(text);
    }
}

void VitalsPanel::clearFields()
{
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->clear();
    updateBmi();
}

bool VitalsPanel::entry(VitalsEntry &out, QString &error) const
{
    out = VitalsEntry{};
    out.patientId = m_encounter.patientId;
    out.encounterId = m_encounter.id;
    const QLocale locale;
    auto integer = [&](QLineEdit *e, const QString &what, std::optional<int> &to) {
        const QString t = e->text().trimmed();
        if (t.isEmpty())
            return true;
        bool ok = false;
        const int v = locale.toInt(t, &ok);
        if (!ok) {
            error = tr("%1 is not a whole number.").arg(what);
            return false;
        }
        to = v;
        return true;
    };
    auto decimal = [&](QLineEdit *e, const QString &what, std::optional<double> &to) {
        const QString t = e->text().trimmed();
        if (t.isEmpty())
            return true;
        bool ok = false;
        const double v = locale.toDouble(t, &ok);
        if (!ok) {
            error = tr("%1 is not a number.").arg(what);
            return false;
        }
        to = v;
        return true;
    };
    if (!integer(m_systolic, tr("Systolic pressure"), out.systolic)
        || !integer(m_diastolic, tr("Diastolic pressure"), out.diastolic)
        || !integer(m_pulse, tr("Pulse"), out.pulse)
        || !decimal(m_temperature, tr("Temperature"), out.temperature)
        || !decimal(m_weight, tr("Weight"), out.weight)
        || !decimal(m_height, tr("Height"), out.height) || !integer(m_spo2, tr("SpO2"), out.spo2)
        || !integer(m_respRate, tr("Respiratory rate"), out.respRate))
        return false;
    out.temperatureUnit = TemperatureUnit(m_temperatureUnit->currentData().toInt());
    out.weightUnit = WeightUnit(m_weightUnit->currentData().toInt());
    out.heightUnit = LengthUnit(m_heightUnit->currentData().toInt());
    return true;
}

QString VitalsPanel::bmiText() const
{
    return m_bmi->text();
}

void VitalsPanel::updateBmi()
{
    const QLocale locale;
    bool okW = false, okH = false;
    double w = locale.toDouble(m_weight->text().trimmed(), &okW);
    double h = locale.toDouble(m_height->text().trimmed(), &okH);
    if (!okW || !okH || w <= 0 || h <= 0) {
        m_bmi->setText(tr("—"));
        return;
    }
    if (WeightUnit(m_weightUnit->currentData().toInt()) == WeightUnit::Pound)
        w *= 0.45359237;
    if (LengthUnit(m_heightUnit->currentData().toInt()) == LengthUnit::Inch)
        h *= 2.54;
    const double m = h / 100.0;
    m_bmi->setText(locale.toString(std::round(w / (m * m) * 10.0) / 10.0, 'f', 1));
}

void VitalsPanel::record()
{
    if (m_encounter.id == 0 || !m_record->isEnabled())
        return;
    VitalsEntry e;
    QString error;
    if (!entry(e, error)) {
        emit message(error, true);
        return;
    }
    // A reading no body can have (or a half blood pressure) is refused even when confirmed.
    VitalsEntry confirmed = e;
    confirmed.confirmed = true;
    if (Core::Status s = VitalsService::check(confirmed); !s) {
        emit message(tr("Nothing recorded: %1").arg(s.error().message), true);
        return;
    }
    if (Core::Status s = VitalsService::check(e); !s) {
        QMessageBox box(QMessageBox::Warning, tr("Implausible vitals"), s.error().message,
                        QMessageBox::NoButton, this);
        box.setObjectName(QLatin1String(Names::EncounterConfirm));
        box.setInformativeText(tr("Record these values as measured?"));
        QPushButton *yes = box.addButton(tr("Record as measured"), QMessageBox::AcceptRole);
        QPushButton *no = box.addButton(tr("Correct them"), QMessageBox::RejectRole);
        box.setDefaultButton(no);
        box.exec();
        if (box.clickedButton() != yes) {
            emit message(tr("Nothing recorded: check the implausible values and record again."),
                         true);
            return;
        }
        e.confirmed = true;
    }
    auto id = m_services.vitals().record(e);
    if (!id) {
        emit message(tr("Nothing recorded: %1").arg(id.error().message), true);
        return;
    }
    clearFields();
    reload();
    emit message(tr("Vitals recorded."), false);
}

} // namespace Ambulo::Charting::Internal
