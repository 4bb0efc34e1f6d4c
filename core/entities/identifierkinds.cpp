#include "core/entities/identifierkinds.h"

#include <QCoreApplication>

namespace Ambulo::Core {

QList<IdentifierKind> identifierKinds()
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Ambulo::Core::IdentifierKinds", text);
    };
    return {{QStringLiteral("MR"), tr("Medical record number")},
            {QStringLiteral("PI"), tr("Patient id")},
            {QStringLiteral("DL"), tr("Driver's license")},
            {QStringLiteral("SS"), tr("Social Security number")},
            {QString(), tr("Other")}};
}

} // namespace Ambulo::Core
