#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ambulo::Charting {
class ChartingServices;
}

namespace Ambulo::Charting::Internal {

// Opens an ad hoc encounter (walk-in, phone call, office visit without an appointment) for one
// patient. The provider is the signed-in user's practitioner when the account has one; otherwise
// the user chooses who the visit is with. The service checks the permission and audits.
class NewVisitDialog : public QDialog
{
    Q_OBJECT
public:
    NewVisitDialog(ChartingServices &services, qint64 patientId, const QString &patientName,
                   QWidget *parent = nullptr);

    qint64 encounterId() const { return m_encounterId; }
    QString messageText() const;
    // Opens the encounter with what the form holds; on success emits opened() and closes.
    bool openVisit();

signals:
    void opened(qint64 encounterId);

private:
    ChartingServices &m_services;
    qint64 m_patientId = 0;
    qint64 m_encounterId = 0;
    QComboBox *m_kind = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_location = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Ambulo::Charting::Internal
