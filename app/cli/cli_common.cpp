#include "app/cli/cli_common.h"

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

} // namespace corridor::cli
