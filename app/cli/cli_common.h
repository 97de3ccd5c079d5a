#pragma once
// Shared by the sub-commands: output streams and the error/warning conventions (one line on stderr,
// prefixed with the program name; exit code 2 for anything the user can act on).

#include <QString>
#include <QTextStream>

namespace corridor::cli {

/// stdout, UTF-8.
QTextStream& out();
/// Prints "corridor-atlas: MESSAGE" on stderr and returns the exit code 2.
int fail(const QString& message);
/// Prints "corridor-atlas: warning: MESSAGE" on stderr.
void warn(const QString& message);

} // namespace corridor::cli
