#pragma once
// Error and Result<T>: how geo/ and model/ report expected failures (bad files, unknown CRS, invalid
// geometry). Q_ASSERT is for bugs; exceptions never leave the library.

#include <QString>

#include <utility>
#include <variant>

namespace corridor::geo {

enum class ErrorCode {
    Io,              // cannot open/read/write a file (missing, permissions, disk full)
    Format,          // the bytes are not what we expected (not a GIS file, truncated, corrupt)
    Empty,           // a source with nothing to read
    Crs,             // unknown/invalid CRS or a failed transform
    Geometry,        // invalid or unsupported geometry, NaN coordinates
    InvalidArgument, // a caller passed something meaningless
    NotFound,        // a named layer/field/feature does not exist
    Cancelled,       // the user cancelled a long operation
    Internal,        // a library misbehaved
};

/// What went wrong, in the words of the library that noticed it (GDAL, PROJ, GEOS, SQLite), plus where:
/// `context` names the path, layer, EPSG code or feature id.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString context;

    /// "context: message", or just the message when there is no context.
    QString toString() const { return context.isEmpty() ? message : context + QStringLiteral(": ") + message; }
};

/// A value or an Error. Small on purpose: `if (!r) return r.error();` and `*r` / `r->member`.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result<void>: success or an Error.
struct Ok {};
using Status = Result<Ok>;

} // namespace corridor::geo
