#pragma once

#include "connectors/fhir/fhirclient.h"
#include "core/result.h"

#include <QString>

namespace Ambulo::Core {
class ServiceContext;
}

namespace Ambulo::App {

// Where and how often this practice's workstations sync: kept in the practice settings of the
// encrypted store (the token itself stays in its file, never in the database).
struct SyncSettings
{
    QString serverUrl; // the FHIR base; empty: sync is off
    QString tokenFile;
    QString caFile;
    int intervalSeconds = 60;

    bool configured() const { return !serverUrl.isEmpty(); }
    Fhir::ClientOptions clientOptions() const;
    bool operator==(const SyncSettings &) const = default;
};

// Reads the sync settings (anyone signed in: the status bar needs them) and saves them (practice
// admin only, audited, all keys in one transaction).
class SyncSettingsService
{
public:
    explicit SyncSettingsService(Core::ServiceContext &context);

    SyncSettings settings() const;
    // An empty server URL turns sync off.
    Core::Status save(const SyncSettings &settings);

    static Core::Status validate(const SyncSettings &settings);

private:
    Core::ServiceContext &m_context;
};

} // namespace Ambulo::App
