#pragma once

#include "core/entities/patient.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
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
    // A practice admin takes a number off the record it was wrongly given to (a name and birth
    // date match found wrong on review): the other system's messages under it stop reaching
    // this chart.
    void removeNumber();
    // The number came by a name and birth date match: offers to undo the whole match.
    void undoMatch(const Core::SamePersonMatch &match);
    // The match shown (refresh) that brought number `id`, if any: not reviewed yet.
    const Core::SamePersonMatch *matchOf(const Core::PatientIdentifier &id) const;
    // The front desk types in a number a hospital or lab knows the patient by.
    void addNumber();

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
    QPushButton *m_removeNumber = nullptr;
    QPushButton *m_addNumber = nullptr;
    QList<Core::PatientIdentifier> m_shownIdentifiers;
    QList<Core::SamePersonMatch> m_shownMatches;
};

} // namespace Ambulo::App::Internal
