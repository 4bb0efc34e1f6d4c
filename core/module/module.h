#pragma once

#include "core/result.h"
#include "core/security/permissions.h"
#include "core/store/migrations.h"

#include <QList>
#include <QString>
#include <Qt>

#include <functional>
#include <optional>

class QWidget;

namespace Ambulo::Core {

class Services;
class PatientContext;
class EventHub;

// What a module is handed: the signed-in services, the shared patient and the event hub.
struct ModuleContext
{
    Services &services;
    PatientContext &patient;
    EventHub &events;
};

// A dock a module contributes. The shell creates it for a session whose role holds
// `permission`, places it in `area`, and shows it in the default layout of `defaultRoles`.
struct DockSpec
{
    QString id; // object name, persisted in saved layouts: define it in the module's constants
    QString title;
    Qt::DockWidgetArea area = Qt::RightDockWidgetArea;
    QList<Role> defaultRoles;
    std::optional<Permission> permission;
    std::function<QWidget *(ModuleContext &context, QWidget *parent)> create;
};

// The contract between the shell and a module. Phases as in Qt Creator's plugins: the module
// first names its own things (migrations, docks), then connects to shared context when a session
// starts, and does slow work only in delayedInitialize(), after the window is up.
class Module
{
public:
    virtual ~Module() = default;

    virtual QString id() const = 0;
    virtual QList<MigrationSet> migrations() const { return {}; }
    virtual QList<DockSpec> docks() const = 0;
    virtual void sessionStarted(ModuleContext &context) { Q_UNUSED(context) }
    // After the session's docks are gone (sign-out, user switch, quit): drop per-session state.
    virtual void sessionEnded() {}
    virtual void delayedInitialize(ModuleContext &context) { Q_UNUSED(context) }
    // Adds the module's part of the demo practice (`ambulo demo`), after the core demo, as its
    // admin. Deterministic for a seed.
    virtual Status seedDemo(Services &services, quint64 seed)
    {
        Q_UNUSED(services)
        Q_UNUSED(seed)
        return {};
    }
};

} // namespace Ambulo::Core
