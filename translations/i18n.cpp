#include "translations/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace corridor::i18n {

namespace {

// lupdate files the strings of corridor::ui::MainWindow under "corridor::ui::MainWindow" only when it
// can follow the #include of the class's header (the include path is given); run without it, its
// parser, which does not understand `namespace corridor::ui {`, files them under "MainWindow", while
// tr() at run time asks for the metaobject's full name. A safety net: on a miss, look the string up
// again under the unqualified class name.
class AppTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        if (t.isNull() && context) {
            if (const char* last = std::strrchr(context, ':'))
                t = QTranslator::translate(last + 1, sourceText, disambiguation, n);
        }
        return t;
    }
};

std::unique_ptr<QTranslator>& appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

QString& current()
{
    static QString c = QStringLiteral("en");
    return c;
}

// Loads the first file that exists; null when none does.
template <class T = QTranslator>
std::unique_ptr<QTranslator> loadFirst(const QStringList& files)
{
    for (const QString& f : files) {
        auto t = std::make_unique<T>();
        if (t->load(f))
            return t;
    }
    return nullptr;
}

} // namespace

const std::vector<Language>& languages()
{
    static const std::vector<Language> list = {
        {QStringLiteral("en"), QStringLiteral("English"), QLocale(QLocale::English, QLocale::UnitedKingdom)},
        {QStringLiteral("sr"), QStringLiteral("Српски"), QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia)},
        {QStringLiteral("sr_Latn"), QStringLiteral("Srpski (latinica)"), QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia)},
        {QStringLiteral("az"), QStringLiteral("Azərbaycan dili"), QLocale(QLocale::Azerbaijani, QLocale::LatinScript, QLocale::Azerbaijan)},
        {QStringLiteral("ru"), QStringLiteral("Русский"), QLocale(QLocale::Russian, QLocale::Russia)},
    };
    return list;
}

QStringList languageCodes()
{
    QStringList codes;
    for (const Language& l : languages())
        codes << l.code;
    return codes;
}

QString resolve(const QString& request)
{
    // Normalise: drop the encoding (".UTF-8"), unify separators, lower case.
    QString r = request.trimmed().toLower();
    r = r.section(QLatin1Char('.'), 0, 0);
    r.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (r.isEmpty())
        return {};
    const bool latinModifier = r.endsWith(QLatin1String("@latin"));
    r = r.section(QLatin1Char('@'), 0, 0);
    const QStringList parts = r.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString lang = parts.first();
    if (lang == QLatin1String("c") || lang == QLatin1String("posix") || lang == QLatin1String("en"))
        return QStringLiteral("en");
    if (lang == QLatin1String("sr")) {
        const bool latin = latinModifier || parts.contains(QLatin1String("latn"));
        return latin ? QStringLiteral("sr_Latn") : QStringLiteral("sr");
    }
    if (lang == QLatin1String("az")) // Azerbaijani is written in Latin script (az_Cyrl is not shipped)
        return parts.contains(QLatin1String("cyrl")) ? QString() : QStringLiteral("az");
    if (lang == QLatin1String("ru"))
        return QStringLiteral("ru");
    return {};
}

QString systemLanguage()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = resolve(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString setLanguage(const QString& requested, QString* error)
{
    const QString code = requested.trimmed().isEmpty() ? systemLanguage() : resolve(requested);
    if (code.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("corridor::i18n", "unknown language \"%1\" (available: %2)")
                         .arg(requested, languageCodes().join(QStringLiteral(", ")));
        return {};
    }
    const Language* lang = nullptr;
    for (const Language& l : languages())
        if (l.code == code)
            lang = &l;

    // Remove first: Qt sends a LanguageChange for each install/remove; widgets simply retranslate again.
    for (auto* slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    // English has a .qm too: the plural forms of "%n feature(s)" ("1 feature", "2 features").
    appTranslator() = loadFirst<AppTranslator>({QStringLiteral(":/i18n/corridor_%1.qm").arg(code)});
    if (appTranslator())
        QCoreApplication::installTranslator(appTranslator().get());
    if (code != QLatin1String("en")) {
        // Qt's own strings: Debian's qttranslations where it has the language, else ours.
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        qtTranslator() = loadFirst({qtDir + QStringLiteral("/qtbase_%1.qm").arg(code),
                                    QStringLiteral(":/i18n/qt_%1.qm").arg(code)});
        if (qtTranslator())
            QCoreApplication::installTranslator(qtTranslator().get());
    }
    // Numbers and dates: the language's conventions (decimal comma in sr, az, ru); English keeps the
    // system's (or C's) so scripts reading `solve` tables see what they always saw.
    QLocale::setDefault(code == QLatin1String("en") ? QLocale::system() : lang->locale);
    current() = code;
    return code;
}

QString currentLanguage()
{
    return current();
}

} // namespace corridor::i18n
