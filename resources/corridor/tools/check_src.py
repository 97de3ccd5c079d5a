#!/usr/bin/env python3
"""Consistency check for resources/corridor/src/*.csv (+ countries.geojson).

Usage: /usr/bin/python3 check_src.py [SRC_DIR]     (default: ../src next to this script)

Checks ids, waypoints, source references, coordinate ranges and enumerated
values, then prints each line's geodesic length through its waypoints
(pyproj Geod, WGS 84 ellipsoid) next to length_reported_km.

Length rule: wherever length_reported_km is filled, the drawn geodesic length
must lie within +/- length_tolerance_pct percent of it (empty column = the
default 10 %). A tolerance other than the default is only for features whose
shortfall comes from an offshore leg drawn straight (sheet sec. 8), so it needs
a reported length and a note that mentions the offshore leg.

Exit code 1 on any error.
"""

import csv
import json
import os
import re
import sys

from pyproj import Geod

BOX = (-10.0, 28.0, 60.0, 60.0)
DEFAULT_TOLERANCE_PCT = 10.0
LINE_FILES = ("gas_pipelines.csv", "oil_pipelines.csv", "power_links.csv")
STATUS = {"operating", "under construction", "planned"}
CONFIDENCE = {"sourced", "approximate"}
KINDS = {
    "gas_pipelines.csv": {"pipeline", "interconnector"},
    "oil_pipelines.csv": {"pipeline", "interconnector"},
    "power_links.csv": {"hvdc_subsea", "ac_line", "hvdc"},
    "facilities.csv": {"terminal", "compressor_station", "interconnection_point", "metering_station",
                       "lng_terminal", "storage", "power_plant", "substation", "converter_station", "offtake"},
}
NUMERIC = {"capacity_bcm_y", "planned_capacity_bcm_y", "expansion_year", "commissioning_year",
           "length_reported_km", "length_tolerance_pct", "bidirectional", "voltage_kv", "capacity_mw", "planned_capacity_mw",
           "capacity", "lat", "lon", "elevation_m", "reported_distance_km", "seq"}
SRC_RE = re.compile(r"\[(S\d{2,3})\]")

errors = []


def err(msg):
    errors.append(msg)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def in_box(lat, lon):
    return BOX[0] <= lon <= BOX[2] and BOX[1] <= lat <= BOX[3]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    sources = {r["id"] for r in read(os.path.join(src, "sources.csv"))}
    if sources != {"S%02d" % i for i in range(1, 187)}:
        err("sources.csv does not hold exactly S01..S186")

    files = {}
    for name in LINE_FILES + ("facilities.csv", "airports.csv", "air_routes.csv", "line_waypoints.csv"):
        files[name] = read(os.path.join(src, name))

    # generic checks: numeric fields, source references, enumerations, unique ids
    for name, rows in files.items():
        key = "iata" if name == "airports.csv" else "id"
        seen = set()
        for i, r in enumerate(rows, 2):
            where = "%s:%d" % (name, i)
            if key in r:
                if r[key] in seen:
                    err("%s duplicate id %s" % (where, r[key]))
                seen.add(r[key])
            for col, val in r.items():
                if val is None:
                    err("%s wrong number of fields" % where)
                    continue
                if col in NUMERIC and val != "":
                    try:
                        float(val)
                    except ValueError:
                        err("%s %s not numeric: %r" % (where, col, val))
                for sid in SRC_RE.findall(val):
                    if sid not in sources:
                        err("%s unknown source %s in %s" % (where, sid, col))
            if "source" in r and r["source"] and not re.fullmatch(r"(\[S\d{2,3}\])+", r["source"]):
                err("%s malformed source field %r" % (where, r["source"]))
            if "status" in r and r["status"] not in STATUS:
                err("%s bad status %r" % (where, r["status"]))
            if "confidence" in r and r["confidence"] not in CONFIDENCE:
                err("%s bad confidence %r" % (where, r["confidence"]))
            if r.get("confidence") == "sourced" and not r.get("source"):
                err("%s confidence 'sourced' but no source ids" % where)
            if name in KINDS and r["kind"] not in KINDS[name]:
                err("%s bad kind %r" % (where, r["kind"]))
            if "commodity" in r:
                want = "oil" if name == "oil_pipelines.csv" else "gas"
                if r["commodity"] != want:
                    err("%s commodity %r in %s" % (where, r["commodity"], name))
            if "bidirectional" in r and r["bidirectional"] not in ("", "0", "1"):
                err("%s bidirectional must be empty, 0 or 1" % where)
            if "lat" in r:
                try:
                    if not in_box(float(r["lat"]), float(r["lon"])):
                        err("%s point outside map box: %s %s" % (where, r["lat"], r["lon"]))
                except ValueError:
                    err("%s lat/lon missing" % where)

    # waypoints
    line_rows = {}
    for name in LINE_FILES:
        for r in files[name]:
            line_rows[r["id"]] = (name, r)
    wp = {}
    for r in files["line_waypoints.csv"]:
        wp.setdefault(r["line_id"], []).append(r)
    for lid in wp:
        if lid not in line_rows:
            err("waypoint line_id %s not in any line CSV" % lid)
        seqs = [int(r["seq"]) for r in wp[lid]]
        if seqs != list(range(1, len(seqs) + 1)):
            err("line %s: seq not 1..n in file order: %s" % (lid, seqs))
    for lid in line_rows:
        if len(wp.get(lid, [])) < 2:
            err("line %s has fewer than 2 waypoints" % lid)

    # facilities / airports country codes exist in countries.geojson
    gj = json.load(open(os.path.join(src, "countries.geojson"), encoding="utf-8"))
    a2 = {f["properties"]["iso_a2"] for f in gj["features"]}
    for name in ("facilities.csv", "airports.csv"):
        for r in files[name]:
            if r["country_iso_a2"] not in a2:
                err("%s %s: country %s not in countries.geojson" % (name, r.get("id") or r.get("iata"), r["country_iso_a2"]))
    routes_ok = {r["iata"] for r in files["airports.csv"]}
    for r in files["air_routes.csv"]:
        for c in ("from_iata", "to_iata"):
            if r[c] not in routes_ok:
                err("air route %s: %s %s not in airports.csv" % (r["id"], c, r[c]))

    # tolerance column: present in every line file, only with a reported length, only for straight offshore legs
    for name in LINE_FILES:
        rows = files[name]
        if rows and "length_tolerance_pct" not in rows[0]:
            err("%s has no length_tolerance_pct column" % name)
            continue
        for r in rows:
            tol = r["length_tolerance_pct"]
            if tol == "":
                continue
            try:
                t = float(tol)
            except ValueError:
                continue  # reported above as not numeric
            if not 0.0 < t <= 50.0:
                err("%s %s: length_tolerance_pct %s not in (0, 50]" % (name, r["id"], tol))
            if not r["length_reported_km"]:
                err("%s %s: length_tolerance_pct set without length_reported_km" % (name, r["id"]))
            if t != DEFAULT_TOLERANCE_PCT and "offshore" not in r["notes"].lower() and "winds" not in r["notes"].lower():
                err("%s %s: length_tolerance_pct %s needs its reason (straight offshore leg, or a winding route) in notes"
                    % (name, r["id"], tol))

    # geodesic lengths and the length rule
    geod = Geod(ellps="WGS84")
    print("%-5s %-9s %-45.45s %5s %10s %10s %8s %6s %s" % ("id", "file", "name", "pts", "geod_km", "reported",
                                                          "diff_%", "tol_%", "ok"))
    for lid, (name, r) in line_rows.items():
        pts = wp.get(lid, [])
        if len(pts) < 2:
            continue
        try:
            lons = [float(p["lon"]) for p in pts]
            lats = [float(p["lat"]) for p in pts]
        except ValueError:
            continue  # reported above
        km = geod.line_length(lons, lats) / 1000.0
        rep = r["length_reported_km"]
        diff = tol_s = ok = ""
        try:
            rep_f = float(rep) if rep else None
            tol = float(r.get("length_tolerance_pct") or DEFAULT_TOLERANCE_PCT)
        except ValueError:
            rep_f = None  # reported above as not numeric
        if rep_f:
            d = (km - rep_f) / rep_f * 100.0
            diff, tol_s = "%+.1f" % d, "%g" % tol
            ok = "yes" if abs(d) <= tol else "NO"
            if abs(d) > tol:
                err("line %s: drawn %.1f km differs from length_reported_km %s by %+.1f%% (tolerance +/-%g%%)"
                    % (lid, km, rep, d, tol))
        elif rep_f is not None:
            err("line %s: length_reported_km must be positive" % lid)
        print("%-5s %-9s %-45.45s %5d %10.1f %10s %8s %6s %s" % (lid, name.split("_")[0], r["name"], len(pts), km, rep,
                                                               diff, tol_s, ok))

    a = {r["iata"]: r for r in files["airports.csv"]}
    for r in files["air_routes.csv"]:
        f, t = a[r["from_iata"]], a[r["to_iata"]]
        _, _, d = geod.inv(float(f["lon"]), float(f["lat"]), float(t["lon"]), float(t["lat"]))
        print("air route %s %s-%s geodesic %.1f km (reported %s)" % (r["id"], r["from_iata"], r["to_iata"], d / 1000.0,
                                                                     r["reported_distance_km"]))

    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
