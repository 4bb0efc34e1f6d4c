#include "connectors/hl7/adapter.h"

namespace Ambulo::Hl7 {

Outcome Outcome::fromError(const Core::Error &error, QString location)
{
    switch (error.code) {
    case Core::ErrorCode::Denied:
        return rejected(QStringLiteral("207"), error.message);
    case Core::ErrorCode::Invalid:
    case Core::ErrorCode::Usage:
        return failed(QStringLiteral("102"), std::move(location), error.message);
    case Core::ErrorCode::Conflict:
        break;
    }
    return failed(QStringLiteral("207"), std::move(location), error.message);
}

} // namespace Ambulo::Hl7
