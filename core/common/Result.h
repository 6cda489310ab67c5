#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace casebook {

// What went wrong, in words a person can act on. `detail` carries technical context
// (the SQL and bound values, a file and row) for the log; `message` is for the screen.
struct Error
{
    enum class Code
    {
        Invalid,     // input broke a rule (validation)
        NotFound,    // the record or file is not there
        Conflict,    // duplicate, constraint or concurrent change
        Storage,     // the database refused or failed
        NotCasebook, // the file is not a Casebook database
        TooNew,      // the file was written by a newer Casebook
        Io,          // reading or writing a file failed
    };

    Code code = Code::Invalid;
    QString message;
    QString detail;
};

// A value or an Error. Core never returns a silent `false`.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(Error::Code code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace casebook
