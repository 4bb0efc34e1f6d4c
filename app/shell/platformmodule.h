#pragma once

#include "core/module/module.h"

#include <QCoreApplication>

namespace Ambulo::App {

// The shell's own docks (patient summary, users, practice settings, audit log), registered
// through the same contract as every module.
class PlatformModule final : public Core::Module
{
    Q_DECLARE_TR_FUNCTIONS(Ambulo::App::PlatformModule)
public:
    QString id() const override;
    QList<Core::DockSpec> docks() const override;
};

} // namespace Ambulo::App
