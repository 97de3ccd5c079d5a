#include "app/cli/cli_common.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace corridor::cli {

namespace {
class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message)
{
    out().flush();
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 2;
}

void warn(const QString& message)
{
    out().flush();
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << ": " << CliText::tr("warning: %1").arg(message) << Qt::endl;
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& name, const QStringList& args)
{
    if (!parser.parse(QStringList{name} + args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    return std::nullopt;
}

} // namespace corridor::cli
