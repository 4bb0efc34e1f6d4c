#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Ambulo::Charting {
class ChartingServices;
}

namespace Ambulo::Charting::Internal {

// Vital signs of the encounter, entered in the units the user picks. Values outside the plausible
// ranges (VitalsService::check) are recorded only after a confirmation naming them; declined,
// nothing is stored.
class VitalsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VitalsPanel(ChartingServices &services, QWidget *parent = nullptr);

    void setEncounter(const Encounter &encounter, bool writable);
    void setReadOnly(bool readOnly);
    void reload();
    // What the form holds now; false (with the reason) when a field is not a number.
    bool entry(VitalsEntry &out, QString &error) const;
    QString bmiText() const;

signals:
    void message(const QString &text, bool error);

private:
    void record();
    void updateBmi();
    void clearFields();

    ChartingServices &m_services;
    Encounter m_encounter;
    QLineEdit *m_systolic = nullptr;
    QLineEdit *m_diastolic = nullptr;
    QLineEdit *m_pulse = nullptr;
    QLineEdit *m_temperature = nullptr;
    QComboBox *m_temperatureUnit = nullptr;
    QLineEdit *m_weight = nullptr;
    QComboBox *m_weightUnit = nullptr;
    QLineEdit *m_height = nullptr;
    QComboBox *m_heightUnit = nullptr;
    QLabel *m_bmi = nullptr;
    QLineEdit *m_spo2 = nullptr;
    QLineEdit *m_respRate = nullptr;
    QPushButton *m_record = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Ambulo::Charting::Internal
