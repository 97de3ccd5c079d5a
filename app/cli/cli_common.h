#pragma once
// Shared by the sub-commands: output streams and the error/warning conventions (one line on stderr,
// prefixed with the program name; exit code 2 for anything the user can act on).

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace corridor::cli {

/// stdout, UTF-8.
QTextStream& out();
/// Prints "corridor-atlas: MESSAGE" on stderr and returns the exit code 2.
int fail(const QString& message);
/// Prints "corridor-atlas: warning: MESSAGE" on stderr.
void warn(const QString& message);
/// Parses the words after sub-command `name`. Returns the exit code when the command is already over
/// (a parse error, reported on stderr: 2; --help, printed: 0), nullopt when the command should run.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& name, const QStringList& args);

} // namespace corridor::cli
