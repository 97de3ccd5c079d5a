#pragma once
// Helpers shared by the Qt Test executables (header-only; include as "tests/common/test_support.h").

#include <QProcess>
#include <QString>
#include <QTest>

#include <cmath>

/// QVERIFY that |actual - expected| <= tolerance, printing both values when it fails.
#define VERIFY_NEAR(actual, expected, tolerance)                                                               \
    do {                                                                                                       \
        const double a_ = (actual);                                                                            \
        const double e_ = (expected);                                                                          \
        QVERIFY2(std::abs(a_ - e_) <= (tolerance),                                                             \
                 qPrintable(QStringLiteral("%1 = %2, expected %3 ± %4")                                        \
                                .arg(QLatin1String(#actual))                                                   \
                                .arg(a_, 0, 'f', 10)                                                           \
                                .arg(e_, 0, 'f', 10)                                                           \
                                .arg(double(tolerance))));                                                     \
    } while (false)

namespace corridor::test {

/// Runs GDAL's own GeoPackage validator (python3-gdal, a build dependency) on `path`. Returns what it
/// complained about; empty when the file is valid. A validator that cannot run, crashes or times out
/// is reported too, never taken as success.
inline QString geoPackageProblems(const QString& path, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), path});
    if (!p.waitForFinished(timeoutMs))
        return QStringLiteral("validate_gpkg did not finish: %1").arg(p.errorString());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return out.isEmpty() ? QStringLiteral("validate_gpkg failed with exit code %1").arg(p.exitCode()) : out;
    }
    return {};
}

} // namespace corridor::test
