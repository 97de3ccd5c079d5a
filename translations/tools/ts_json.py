#!/usr/bin/env python3
"""Move translations between a Qt Linguist .ts file and JSON, for translating in bulk.

    ts_json.py export corridor_sr.ts todo.json [--all]   # unfinished messages (or all) to JSON
    ts_json.py apply  corridor_sr.ts done.json           # fill translations from JSON

JSON: a list of {"context", "source", "comment", "extracomment", "numerus", "translation"} where
"translation" is a string, or a list of plural forms for numerus messages (as many as the .ts has).
Applied entries lose type="unfinished"; entries missing from the JSON are left as they are.
Run lupdate afterwards (the update_translations target) to normalise the layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def key(ctx, msg):
    return (ctx, msg.findtext("source") or "", msg.findtext("comment") or "")


def export(ts_path, json_path, everything):
    tree = ET.parse(ts_path)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if not everything and tr.get("type") != "unfinished":
                continue
            numerus = msg.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")]
            out.append({
                "context": name,
                "source": msg.findtext("source") or "",
                "comment": msg.findtext("comment") or "",
                "extracomment": msg.findtext("extracomment") or "",
                "numerus": numerus,
                "translation": forms if numerus else (tr.text or ""),
            })
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} message(s) written to {json_path}")


def apply(ts_path, json_path):
    with open(json_path, encoding="utf-8") as f:
        entries = json.load(f)
    table = {(e["context"], e["source"], e.get("comment", "")): e["translation"] for e in entries}
    tree = ET.parse(ts_path)
    applied = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            k = key(name, msg)
            if k not in table:
                continue
            t = table[k]
            tr = msg.find("translation")
            if msg.get("numerus") == "yes":
                forms = list(tr.iter("numerusform"))
                if not isinstance(t, list) or len(t) != len(forms) or not all(t):
                    print(f"skipped (need {len(forms)} plural forms): {k}", file=sys.stderr)
                    continue
                for form, text in zip(forms, t):
                    form.text = text
            else:
                if not isinstance(t, str) or not t:
                    print(f"skipped (empty): {k}", file=sys.stderr)
                    continue
                tr.text = t
            tr.attrib.pop("type", None)
            applied += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{applied} message(s) applied to {ts_path}")


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("export", "apply"):
        print(__doc__, file=sys.stderr)
        return 2
    if sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3], "--all" in sys.argv[4:])
    else:
        apply(sys.argv[2], sys.argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main())
