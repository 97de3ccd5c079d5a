#!/usr/bin/env python3
"""Derive Serbian in Latin script (sr_Latn) from Serbian in Cyrillic (sr).

Serbian's two alphabets map one to one (Vuk Karadžić's Cyrillic ⇄ Gaj's Latin), so the Latin
translation is the Cyrillic one transliterated; maintaining it by hand would only let the two drift.
Only the contents of <translation> / <numerusform> are transliterated (XML entities and %1 placeholders
contain no Cyrillic and pass through), and the TS file's language becomes sr_Latn.

    transliterate_sr.py corridor_sr.ts corridor_sr_Latn.ts
"""
import re
import sys

LOWER = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}


def transliterate(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in LOWER:
            out.append(ch)
            continue
        latin = LOWER[low]
        if ch != low:  # upper case: "Љ" is "Lj" in a word, "LJ" in an all-capitals word
            nxt = text[i + 1] if i + 1 < len(text) else ""
            prev = text[i - 1] if i > 0 else ""
            all_caps = (nxt.isalpha() and nxt.isupper()) or (prev.isalpha() and prev.isupper() and not nxt.islower())
            latin = latin.upper() if all_caps else latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def convert(ts: str) -> str:
    ts = re.sub(r'(<TS [^>]*language=")sr[^"]*(")', r"\1sr_Latn\2", ts, count=1)

    def repl(m):
        return m.group(1) + transliterate(m.group(2)) + m.group(3)

    ts = re.sub(r"(<translation(?:\s[^>]*)?>)(.*?)(</translation>)", repl, ts, flags=re.S)
    ts = re.sub(r"(<numerusform(?:\s[^>]*)?>)(.*?)(</numerusform>)", repl, ts, flags=re.S)
    return ts


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        src = f.read()
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(convert(src))
    return 0


if __name__ == "__main__":
    sys.exit(main())
