#include "app/shell/platformmodule.h"

namespace Ambulo::App {

QString PlatformModule::id() const
{
    return QStringLiteral("platform");
}

QList<Core::DockSpec> PlatformModule::docks() const
{
    return {};
}

} // namespace Ambulo::App
