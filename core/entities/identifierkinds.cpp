#include "core/entities/identifierkinds.h"

#include <QCoreApplication>

namespace Ambulo::Core {

QList<IdentifierKind> identifierKinds()
{
    // Spelled out for lupdate, which takes the context from each call.
    return {{QStringLiteral("MR"),
             QCoreApplication::translate("Ambulo::Core::IdentifierKinds", "Medical record number")},
            {QStringLiteral("PI"),
             QCoreApplication::translate("Ambulo::Core::IdentifierKinds", "Patient id")},
            {QStringLiteral("DL"),
             QCoreApplication::translate("Ambulo::Core::IdentifierKinds", "Driver's license")},
            {QStringLiteral("SS"), QCoreApplication::translate("Ambulo::Core::IdentifierKinds",
                                                               "Social Security number")},
            {QString(), QCoreApplication::translate("Ambulo::Core::IdentifierKinds", "Other")}};
}

} // namespace Ambulo::Core
