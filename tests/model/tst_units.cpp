// Gas units: bcm/yr ⇄ mcm/d ⇄ GWh/d at the facts sheet's 10.55 kWh/m³, and the display form.

#include "model/units.h"

#include <QLocale>
#include <QTest>

using namespace corridor::model;

class TestUnits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void conversions()
    {
        // The facts sheet: "1 bcm/yr ≈ 2.74 mcm/d"; IBS "1.8 bcm/yr = 5.5 mcm/d" (rounded).
        QVERIFY(qAbs(gasFromModel(1.0, GasUnit::McmPerDay) - 2.7397) < 1e-4);
        QVERIFY(qAbs(gasFromModel(1.8, GasUnit::McmPerDay) - 4.93) < 0.01);
        // Gastrans entry "366.7 GWh/d ≈ 34.7 mcm/d ≈ 12.7 bcm/yr".
        QVERIFY(qAbs(gasToModel(366.7, GasUnit::GWhPerDay) - 12.69) < 0.05);
        QVERIFY(qAbs(gasFromModel(12.7, GasUnit::GWhPerDay) / kGasKWhPerM3 - 34.8) < 0.1);
        QCOMPARE(gasFromModel(3.0, GasUnit::BcmPerYear), 3.0);
        for (GasUnit u : {GasUnit::BcmPerYear, GasUnit::McmPerDay, GasUnit::GWhPerDay})
            QVERIFY(qAbs(gasToModel(gasFromModel(7.25, u), u) - 7.25) < 1e-12);
        // Power and untyped values pass through.
        QCOMPARE(toDisplay(QStringLiteral("power"), 500.0, GasUnit::McmPerDay), 500.0);
        QCOMPARE(fromDisplay(QStringLiteral("power"), 500.0, GasUnit::GWhPerDay), 500.0);
        QVERIFY(qAbs(fromDisplay(QStringLiteral("gas"), 2.74, GasUnit::McmPerDay) - 1.0) < 1e-3);
    }

    void symbols()
    {
        QCOMPARE(gasUnitFromSymbol(QStringLiteral(" MCM/d ")), GasUnit::McmPerDay);
        QCOMPARE(gasUnitFromSymbol(QStringLiteral("bcm/y")), GasUnit::BcmPerYear);
        QCOMPARE(gasUnitFromSymbol(QStringLiteral("GWh/d")), GasUnit::GWhPerDay);
        QVERIFY(!gasUnitFromSymbol(QStringLiteral("tcf")).has_value());
        QCOMPARE(unitSymbolFor(QStringLiteral("power"), GasUnit::McmPerDay), QStringLiteral("MW"));
        QCOMPARE(unitSymbolFor(QStringLiteral("gas"), GasUnit::McmPerDay), QStringLiteral("mcm/d"));
    }

    void formatting()
    {
        const QChar nbsp(0x00a0);
        QCOMPARE(formatQuantity(QStringLiteral("gas"), 3.1, GasUnit::BcmPerYear), QStringLiteral("3.1") + nbsp + "bcm/yr");
        QCOMPARE(formatQuantity(QStringLiteral("gas"), 10.0, GasUnit::BcmPerYear), QStringLiteral("10") + nbsp + "bcm/yr");
        QCOMPARE(formatQuantity(QStringLiteral("power"), 500.0, GasUnit::BcmPerYear), QStringLiteral("500") + nbsp + "MW");
        QCOMPARE(formatQuantity(QStringLiteral("gas"), 1.8, GasUnit::McmPerDay), QStringLiteral("4.93") + nbsp + "mcm/d");
        QCOMPARE(formatQuantity(QStringLiteral("gas"), 0.0, GasUnit::BcmPerYear), QStringLiteral("0") + nbsp + "bcm/yr");
        QCOMPARE(formatQuantity(QStringLiteral("gas"), -2.5, GasUnit::BcmPerYear), QStringLiteral("-2.5") + nbsp + "bcm/yr");
        QLocale::setDefault(QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia));
        QCOMPARE(formatQuantity(QStringLiteral("gas"), 3.1, GasUnit::BcmPerYear), QStringLiteral("3,1") + nbsp + "bcm/yr");
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
