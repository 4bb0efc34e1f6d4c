#pragma once

#include "core/module/module.h"

namespace Ambulo::App {

// The shell's own docks (patient summary, users, practice settings, audit log), registered
// through the same contract as every module.
class PlatformModule final : public Core::Module
{
public:
    QString id() const override;
    QList<Core::DockSpec> docks() const override;
};

} // namespace Ambulo::App
