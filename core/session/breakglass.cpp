#include "core/session/breakglass.h"

#include "core/session/servicecontext.h"

#include <QCoreApplication>

namespace Ambulo::Core {

Status requireBreakGlass(ServiceContext &context, const QString &reason, qint64 patientId,
                         const QString &patientMrn)
{
    const QString why = reason.trimmed();
    if (why.size() < 10)
        return invalid(QCoreApplication::translate(
            "Ambulo::Core::BreakGlass",
            "Explain in at least 10 characters why you need to see this (break-glass)."));
    if (why.size() > 500)
        return invalid(QCoreApplication::translate("Ambulo::Core::BreakGlass",
                                                   "The reason is longer than 500 characters."));
    return context.require(Permission::BreakGlass, patientId, patientMrn);
}

} // namespace Ambulo::Core
