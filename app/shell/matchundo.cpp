#include "app/shell/matchundo.h"

#include "app/shell/patienttext.h"
#include "core/entities/patientservice.h"

#include <QMessageBox>
#include <QPushButton>

namespace Ambulo::App::Internal {

std::optional<Core::Result<Core::SamePersonUndo>>
askToUndoMatch(QWidget *parent, const QString &title, Core::PatientService &patients,
               const Core::SamePersonMatch &match, const QString &name)
{
    QMessageBox box(QMessageBox::Question, title, PatientText::undoQuestion(match, name),
                    QMessageBox::Cancel, parent);
    QPushButton *undo = box.addButton(PatientText::undoButton(), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != undo)
        return std::nullopt;
    return patients.undoSamePerson(match.id);
}

} // namespace Ambulo::App::Internal
