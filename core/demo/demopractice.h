#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Ambulo::Core {

class Services;

struct DemoUser
{
    QString username;
    QString password;
    QString role;
};

// A realistic, deterministic demo practice: the same seed gives the same practice, byte for byte
// in what the services store (timestamps aside).
class DemoPractice
{
public:
    static QList<DemoUser> users();

    // Needs an admin session. Adds the demo users (except the admin), providers, rooms, payers,
    // and `patients` patients, most with coverage. `progress` gets the count done so far.
    static Status seed(Services &services, int patients, quint64 seed,
                       const std::function<void(int)> &progress = {});
};

} // namespace Ambulo::Core
