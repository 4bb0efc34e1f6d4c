#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Ambulo::Core {

// Error kinds map one-to-one onto the command line's exit codes, so a service's refusal reads the
// same in a dialog and in a script.
enum class ErrorCode {
    Invalid = 1,  // bad input, missing record, broken store
    Usage = 2,    // the caller used the API or command wrongly
    Conflict = 3, // the change collides with existing data
    Denied = 4,   // authentication failed or permission refused
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error invalid(QString message)
{
    return {ErrorCode::Invalid, std::move(message)};
}
inline Error denied(QString message)
{
    return {ErrorCode::Denied, std::move(message)};
}
inline Error conflict(QString message)
{
    return {ErrorCode::Conflict, std::move(message)};
}

} // namespace Ambulo::Core
