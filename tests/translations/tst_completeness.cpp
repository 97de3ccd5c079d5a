// Every shipped translation is complete and consistent with the sources: lupdate is run over the
// sources into a copy of each committed .ts, so a string added to the code without a translation fails
// here (by name). Checks per message: a translation exists (all plural forms), the placeholders match,
// a keyboard accelerator is kept, it is not an English copy, and it is in the right script.

#include "tests/translations/script_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using corridor::test::hasCyrillic;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto n = xml.name();
            if (n == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (n == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (n == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (n == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (n == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.unfinished = type == QLatin1String("unfinished");
                m.vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (n == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QSet<QString> placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0).remove(QLatin1Char('L'));
    return out;
}

// A keyboard accelerator: "&" before a letter, not "&&" and not an XML/HTML entity ("&lt;", "&amp;").
bool hasAccelerator(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&|[a-zA-Z]+;|#\\d+;)\\w"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

// Source text that needs translating: a word of three or more lower-case letters that is not a unit,
// a file suffix or markup.
bool needsTranslation(const QString& source)
{
    static const QSet<QString> keep = {
        QStringLiteral("bcm"), QStringLiteral("mcm"), QStringLiteral("gpkg"), QStringLiteral("json"),
        QStringLiteral("geojson"), QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("svg"),
        QStringLiteral("png"), QStringLiteral("shp"), QStringLiteral("fgb"), QStringLiteral("kml"),
        QStringLiteral("gml"), QStringLiteral("sqlite"), QStringLiteral("topojson"), QStringLiteral("gdal"),
        QStringLiteral("proj"), QStringLiteral("geos"), QStringLiteral("lon"), QStringLiteral("lat"),
        QStringLiteral("html"), QStringLiteral("qml"), QStringLiteral("sld")};
    QString s = source;
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>|&\\w+;|%\\w+")));
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{3,}\\b"));
    for (auto it = word.globalMatch(s); it.hasNext();)
        if (!keep.contains(it.next().captured(0)))
            return true;
    return false;
}

QString where(const Message& m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestCompleteness : public QObject {
    Q_OBJECT
private slots:
    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString& lang : QStringLiteral(LANGUAGES).split(QLatin1Char(',')))
            QTest::newRow(qPrintable(lang)) << lang;
    }

    // lupdate over the current sources adds nothing untranslated to the committed file.
    void languages()
    {
        QFETCH(QString, lang);
        const QString committed = QStringLiteral(TS_DIR "/corridor_%1.ts").arg(lang);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("corridor_%1.ts").arg(lang));
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-silent"), QStringLiteral("-I"), QStringLiteral(PROJECT_DIR),
                       QStringLiteral("@" SOURCES_LIST), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QList<Message> before = readTs(committed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(after.size() > 300, "too few messages: is the sources list right?");

        // Serbian Latin is the transliteration of Serbian Cyrillic: where that happens to equal the English
        // ("гас" → "gas", "сценарио #%1" → "scenario #%1"), the Cyrillic translation shows it is one.
        QSet<QString> translatedInCyrillic;
        if (lang == QLatin1String("sr_Latn")) {
            for (const Message& m : readTs(QStringLiteral(TS_DIR "/corridor_sr.ts"), &error))
                if (!m.translations.isEmpty() && hasCyrillic(m.translations.first()))
                    translatedInCyrillic << m.context + QChar(0) + m.source + QChar(0) + m.comment;
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }

        QStringList problems;
        QSet<QString> known;
        for (const Message& m : before)
            known << m.context + QChar(0) + m.source + QChar(0) + m.comment;
        for (const Message& m : after) {
            if (!known.contains(m.context + QChar(0) + m.source + QChar(0) + m.comment))
                problems << QStringLiteral("new string, not in the .ts (run the update_translations target): %1").arg(where(m));
            else if (m.unfinished || m.translations.isEmpty())
                problems << QStringLiteral("unfinished: %1").arg(where(m));
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: %1").arg(where(m));
                    continue;
                }
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> got = placeholders(t);
                if (m.numerus) { // a plural form may spell out "one" instead of %n
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << QStringLiteral("placeholders differ: %1 → \"%2\"").arg(where(m), t);
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems << QStringLiteral("keyboard accelerator (&) lost: %1 → \"%2\"").arg(where(m), t);
                if (t == m.source && needsTranslation(m.source)
                    && !translatedInCyrillic.contains(m.context + QChar(0) + m.source + QChar(0) + m.comment))
                    problems << QStringLiteral("English copy: %1").arg(where(m));
                const bool cyrillicScript = lang == QLatin1String("sr") || lang == QLatin1String("ru");
                if (cyrillicScript && t != m.source && needsTranslation(m.source) && !hasCyrillic(t))
                    problems << QStringLiteral("not in Cyrillic: %1 → \"%2\"").arg(where(m), t);
                if (!cyrillicScript && hasCyrillic(t))
                    problems << QStringLiteral("Cyrillic in a Latin-script language: %1 → \"%2\"").arg(where(m), t);
            }
        }
        for (const QString& p : problems.mid(0, 40))
            qWarning().noquote() << lang << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 problem(s), see above").arg(lang).arg(problems.size())));
    }

    // The hand-kept translations of Qt's own strings (sr, sr_Latn, az) are complete too.
    void qtStrings_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char* lang : {"sr", "sr_Latn", "az"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void qtStrings()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<Message> msgs = readTs(QStringLiteral(TS_DIR "/qt_%1.ts").arg(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(msgs.size() >= 80);
        QSet<QString> contexts;
        for (const Message& m : msgs) {
            contexts << m.context;
            QVERIFY2(!m.unfinished && !m.translations.value(0).isEmpty(), qPrintable(where(m)));
            QCOMPARE(placeholders(m.translations.value(0)), placeholders(m.source));
            if (lang == QLatin1String("sr") && needsTranslation(m.source))
                QVERIFY2(hasCyrillic(m.translations.value(0)), qPrintable(where(m)));
            if (lang != QLatin1String("sr"))
                QVERIFY2(!hasCyrillic(m.translations.value(0)), qPrintable(where(m)));
        }
        for (const char* c : {"QPlatformTheme", "QLineEdit", "QFileDialog", "QMessageBox", "QUndoStack"})
            QVERIFY2(contexts.contains(QString::fromLatin1(c)), c);
    }

    // English ships plural forms only, and all of them are filled.
    void englishPlurals()
    {
        QString error;
        const QList<Message> msgs = readTs(QStringLiteral(TS_DIR "/corridor_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!msgs.isEmpty());
        for (const Message& m : msgs) {
            QVERIFY2(m.numerus, qPrintable(where(m)));
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(!m.unfinished && !m.translations[0].isEmpty() && !m.translations[1].isEmpty(), qPrintable(where(m)));
            QVERIFY2(!m.translations[0].contains(QLatin1String("(s)")), qPrintable(where(m)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
