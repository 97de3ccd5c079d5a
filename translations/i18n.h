#pragma once
// Interface languages: which ones ship, how a request ("sr", "sr-Latn", "sr@latin", "az_AZ.UTF-8", the
// system locale) maps to one of them, and switching at run time. English is the source language.
//
// The application's translations (corridor_<lang>.qm, made by lrelease from translations/*.ts at build
// time) are compiled into the program under ":/i18n". Qt's own strings (dialog buttons, file dialog,
// line-edit menu) come from Debian's qttranslations (qtbase_<lang>.qm) where it has the language (ru),
// and from our qt_<lang>.ts where it does not (sr, sr_Latn, az).
//
// setLanguage() replaces the installed translators and the default QLocale; Qt then sends
// QEvent::LanguageChange to every widget, and windows retranslate their texts (changeEvent). Call on the
// thread of the QCoreApplication (GUI thread), after it exists.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace corridor::i18n {

struct Language {
    QString code;       // "en", "sr", "sr_Latn", "az", "ru"
    QString nativeName; // in its own language and script: "Српски", "Srpski (latinica)", ...
    QLocale locale;     // number formats etc.
};

/// The languages shipped, English first.
const std::vector<Language>& languages();

/// Maps a request to a shipped language code: exact codes, BCP 47 / POSIX forms ("sr-Latn-RS",
/// "sr_RS@latin", "az_AZ.UTF-8", "ru-RU"), case-insensitive. Empty result when none matches.
QString resolve(const QString& request);

/// The first shipped language among the system's UI languages (QLocale::system().uiLanguages(), which
/// follows LANGUAGE / LC_ALL / LC_MESSAGES / LANG); "en" when none matches.
QString systemLanguage();

/// Installs the translators of `code` (a shipped code or anything resolve() understands; empty = the
/// system language) and makes its locale the default. Returns the code applied, or an empty string and
/// `error` set when the language is not shipped (the current language then stays).
QString setLanguage(const QString& code, QString* error = nullptr);

/// The code applied by the last setLanguage() ("en" before any).
QString currentLanguage();

/// Codes of the shipped languages, for messages ("en, sr, sr_Latn, az, ru").
QStringList languageCodes();

} // namespace corridor::i18n
