#!/usr/bin/env python3
"""Fill the English plural forms of corridor_en.ts (made by lupdate -pluralonly).

English sources are written "%n feature(s)"; the singular drops "(s)", the plural keeps the "s".
Forms already filled are left alone, so a hand-made irregular plural survives.

    fill_en_plurals.py corridor_en.ts
"""
import re
import sys


def unescape_plural(src: str, plural: bool) -> str:
    return re.sub(r"\(s\)", "s" if plural else "", src)


def fill(ts: str) -> str:
    pattern = re.compile(
        r"(<source>(.*?)</source>(?:\s*<(?:extra)?comment>.*?</(?:extra)?comment>)*\s*)"
        r"<translation(?: type=\"unfinished\")?>\s*(?:<numerusform>(.*?)</numerusform>\s*)?(?:<numerusform>(.*?)</numerusform>\s*)?</translation>",
        re.S)

    def repl(m):
        src = m.group(2)
        one = m.group(3) or unescape_plural(src, False)
        many = m.group(4) or unescape_plural(src, True)
        return (m.group(1) + "<translation>\n            <numerusform>" + one
                + "</numerusform>\n            <numerusform>" + many + "</numerusform>\n        </translation>")

    return pattern.sub(repl, ts)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        ts = f.read()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(fill(ts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
