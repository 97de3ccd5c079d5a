// Interface languages: resolving requests, switching at run time (application and Qt strings, plural
// forms, number formats), and strings of namespaced classes found despite lupdate's unqualified contexts.

#include "tests/translations/script_support.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using corridor::test::hasCyrillic;

namespace {
QString translate(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
} // namespace

using namespace corridor;

class TestI18n : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void resolve_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("code");
        QTest::newRow("sr") << "sr" << "sr";
        QTest::newRow("sr-Cyrl-RS") << "sr-Cyrl-RS" << "sr";
        QTest::newRow("sr_RS.UTF-8") << "sr_RS.UTF-8" << "sr";
        QTest::newRow("sr-Latn") << "sr-Latn" << "sr_Latn";
        QTest::newRow("sr_RS@latin") << "sr_RS@latin" << "sr_Latn";
        QTest::newRow("SR_latn") << "SR_latn" << "sr_Latn";
        QTest::newRow("az_AZ.UTF-8") << "az_AZ.UTF-8" << "az";
        QTest::newRow("az-Latn-AZ") << "az-Latn-AZ" << "az";
        QTest::newRow("ru-RU") << "ru-RU" << "ru";
        QTest::newRow("C.UTF-8") << "C.UTF-8" << "en";
        QTest::newRow("en_GB") << "en_GB" << "en";
        QTest::newRow("de_DE") << "de_DE" << "";
        QTest::newRow("empty") << "" << "";
    }
    void resolve()
    {
        QFETCH(QString, request);
        QFETCH(QString, code);
        QCOMPARE(i18n::resolve(request), code);
    }

    void unknownLanguageKeepsCurrent()
    {
        QCOMPARE(i18n::setLanguage(QStringLiteral("ru")), QStringLiteral("ru"));
        QString error;
        QCOMPARE(i18n::setLanguage(QStringLiteral("xx"), &error), QString());
        QVERIFY(error.contains(QLatin1String("xx")));
        QVERIFY(error.contains(QLatin1String("sr_Latn")));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("ru"));
    }

    void switching()
    {
        const char* source = "unknown language \"%1\" (available: %2)";
        QCOMPARE(translate("corridor::i18n", source), QString::fromLatin1(source));
        for (const char* code : {"sr", "ru"}) {
            QCOMPARE(i18n::setLanguage(QString::fromLatin1(code)), QString::fromLatin1(code));
            const QString t = translate("corridor::i18n", source);
            QVERIFY2(hasCyrillic(t), qPrintable(t));
            QVERIFY(t.contains(QLatin1String("%1")) && t.contains(QLatin1String("%2")));
            QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        }
        for (const char* code : {"sr_Latn", "az"}) {
            QCOMPARE(i18n::setLanguage(QString::fromLatin1(code)), QString::fromLatin1(code));
            const QString t = translate("corridor::i18n", source);
            QVERIFY2(t != QString::fromLatin1(source) && !hasCyrillic(t), qPrintable(t));
        }
        QCOMPARE(i18n::setLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(translate("corridor::i18n", source), QString::fromLatin1(source));
    }

    // Qt's own strings: ours for sr/sr_Latn/az, Debian's qttranslations for ru.
    void qtStrings()
    {
        i18n::setLanguage(QStringLiteral("sr"));
        QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Откажи"));
        i18n::setLanguage(QStringLiteral("sr_Latn"));
        QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Otkaži"));
        i18n::setLanguage(QStringLiteral("az"));
        QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("İmtina"));
        i18n::setLanguage(QStringLiteral("ru"));
        QVERIFY(hasCyrillic(translate("QPlatformTheme", "Cancel")));
    }

    // A Q_OBJECT class in namespace corridor::ui asks for "corridor::ui::MainWindow" (lupdate, given the
    // include path, files it so); a string filed under the bare class name is found too.
    void namespacedContexts()
    {
        i18n::setLanguage(QStringLiteral("sr"));
        const QString file = translate("corridor::ui::MainWindow", "&File");
        QVERIFY2(hasCyrillic(file), qPrintable(file));
        QCOMPARE(translate("corridor::ui::NoSuchClass", "&File"), QStringLiteral("&File"));
        QCOMPARE(translate("corridor::ui::Main", "unknown command \"%1\""), translate("Main", "unknown command \"%1\""));
        QVERIFY(hasCyrillic(translate("corridor::ui::Main", "unknown command \"%1\"")));
    }

    // English plural forms come from corridor_en.qm: every numerus message of corridor_en.ts.
    void englishPlurals()
    {
        QFile f(QStringLiteral(TS_DIR "/corridor_en.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(f.readAll());
        static const QRegularExpression msg(QStringLiteral(
            "<name>([^<]+)</name>|<source>([^<]*)</source>\\s*<translation>\\s*<numerusform>([^<]*)</numerusform>\\s*<numerusform>([^<]*)</numerusform>"));
        QString context;
        int checked = 0;
        const auto unescape = [](QString s) {
            return s.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&apos;"), QLatin1String("'"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
        };
        for (auto it = msg.globalMatch(ts); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).isEmpty()) {
                context = m.captured(1);
                continue;
            }
            const QByteArray ctx = context.toUtf8();
            const QByteArray src = unescape(m.captured(2)).toUtf8();
            QCOMPARE(translate(ctx.constData(), src.constData(), 1), unescape(m.captured(3)).replace(QLatin1String("%n"), QLatin1String("1")));
            QCOMPARE(translate(ctx.constData(), src.constData(), 3), unescape(m.captured(4)).replace(QLatin1String("%n"), QLatin1String("3")));
            ++checked;
        }
        QVERIFY(checked >= 3);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    corridor::i18n::setLanguage(QStringLiteral("en"));
    TestI18n t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_i18n.moc"
