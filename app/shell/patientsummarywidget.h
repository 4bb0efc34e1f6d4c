#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::App::Internal {

// The current patient's demographics and insurance, following the patient context.
class PatientSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    PatientSummaryWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

private:
    void refresh();

    Core::ModuleContext &m_context;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_phones = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_identifiers = nullptr;
};

} // namespace Ambulo::App::Internal
