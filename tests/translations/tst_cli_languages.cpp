// The command line in other languages, through the real executable: --lang and the system locale pick
// the language of messages; an exported briefing page in Serbian carries Cyrillic text (legend, scale,
// sources), in English none; a bad --lang is refused with exit 2.

#include "tests/translations/script_support.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using corridor::test::cyrillicLetters;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CORRIDOR_ATLAS_EXE), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliLanguages : public QObject {
    Q_OBJECT
private slots:
    void messagesFollowLang()
    {
        const Run en = run({QStringLiteral("info"), QStringLiteral("/nonexistent/x.gpkg")});
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(cyrillicLetters(en.err), 0);
        for (const char* lang : {"sr", "ru"}) {
            const Run r = run({QStringLiteral("--lang"), QString::fromLatin1(lang), QStringLiteral("info"), QStringLiteral("/nonexistent/x.gpkg")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(cyrillicLetters(r.err) > 5, qPrintable(r.err));
            QVERIFY(r.err.contains(QLatin1String("/nonexistent/x.gpkg")));
        }
        const Run az = run({QStringLiteral("--lang=az"), QStringLiteral("info"), QStringLiteral("/nonexistent/x.gpkg")});
        QCOMPARE(az.exitCode, 2);
        QVERIFY2(az.err != en.err && cyrillicLetters(az.err) == 0, qPrintable(az.err));
    }

    // Without --lang the system's language applies (LANGUAGE / LC_ALL / LANG).
    void systemLocale()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8"));
        const Run r = run({QStringLiteral("--help")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(cyrillicLetters(r.out) > 50, qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("--lang")));
    }

    void badLang()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("\"xx\"")));
        QVERIFY(r.err.contains(QLatin1String("sr_Latn")));
        QVERIFY(r.out.isEmpty());
    }

    // The layout texts of an exported page (legend heading, scale, sources) follow the language.
    void exportedPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QMap<QString, QString> texts;
        for (const char* lang : {"en", "sr", "sr_Latn"}) {
            const QString pdf = dir.filePath(QStringLiteral("page_%1.pdf").arg(QString::fromLatin1(lang)));
            const Run r = run({QStringLiteral("--lang"), QString::fromLatin1(lang), QStringLiteral("export"),
                               QStringLiteral(CORRIDOR_BUNDLE), QStringLiteral("--out"), pdf,
                               QStringLiteral("--title"), QStringLiteral("Corridor")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            texts[QString::fromLatin1(lang)] = pdfText(pdf);
            QVERIFY(texts[QString::fromLatin1(lang)].contains(QLatin1String("Corridor")));
        }
        QCOMPARE(cyrillicLetters(texts[QStringLiteral("en")]), 0);
        QVERIFY2(cyrillicLetters(texts[QStringLiteral("sr")]) > 10, qPrintable(texts[QStringLiteral("sr")]));
        QCOMPARE(cyrillicLetters(texts[QStringLiteral("sr_Latn")]), 0);
        QVERIFY(texts[QStringLiteral("sr_Latn")] != texts[QStringLiteral("en")]);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "tst_cli_languages.moc"
