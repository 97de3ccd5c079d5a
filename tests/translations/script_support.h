#pragma once
// Which script a translated text is written in (the translation tests check Serbian Cyrillic vs Latin,
// Russian vs Azerbaijani).

#include <QString>

namespace corridor::test {

/// How many letters of `s` are Cyrillic.
inline int cyrillicLetters(const QString& s)
{
    int n = 0;
    for (QChar c : s)
        n += c.script() == QChar::Script_Cyrillic;
    return n;
}

inline bool hasCyrillic(const QString& s) { return cyrillicLetters(s) > 0; }

} // namespace corridor::test
