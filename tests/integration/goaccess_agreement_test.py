#!/usr/bin/env python3
"""`waymark logs stats` must count a log as GoAccess does (issue 8).

A varied log of 20,000 lines over a week (bench/weblog/generate_log.py: IPv4 and IPv6
visitors, crawlers, "-" referrers and agents, 4xx and 5xx, 404s with and without a query
string, lines every reader must skip) is cut in three, as Waymark's access log rotates: a
gzip-compressed rotated file, a plain rotated file and access.log, each cut in the middle
of a day. Waymark reads them three ways: from its data directory (no FILES), named on the
command line in the order a shell's `access.log*` gives (newest first), and on standard
input. GoAccess 1.7 reads the same lines, decompressed (it does not read gzip), with
--no-query-string (Waymark counts paths without their query) and without the method and
protocol in its request keys (Waymark counts paths alone).

Compared: lines read, skipped and counted; requests, unique visitors and bytes, in all
and day by day; the first and last day; every status code; the not-found requests, the
distinct not-found paths, and the hits of the top not-found paths.

usage: goaccess_agreement_test.py --waymark BIN [--goaccess BIN] [--lines N] [--seed N] [--keep]
Exits 0 when everything agrees, 1 with a table of the differences when not.
"""
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "..", "bench", "weblog", "generate_log.py")
# Rotated names as Waymark gives them (weblog::RotatedName), the oldest compressed.
ROTATED_GZ = "access.log-20261103-080000.gz"
ROTATED = "access.log-20261105-160000"
CURRENT = "access.log"
TOP = 10


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited with {result.returncode}:\n"
                 f"{result.stderr.decode(errors='replace')}")
    return result.stdout


def write_parts(lines, logs):
    """Cuts the log in three, each cut in the middle of a day (a week of lines), and
    returns the plain text of each part, oldest first."""
    cuts = [0, len(lines) * 3 // 10, len(lines) * 13 // 20, len(lines)]
    parts = ["".join(lines[a:b]) for a, b in zip(cuts, cuts[1:])]
    with open(os.path.join(logs, ROTATED_GZ), "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed:
        packed.write(parts[0].encode("ascii"))
    for name, text in ((ROTATED, parts[1]), (CURRENT, parts[2])):
        with open(os.path.join(logs, name), "w", encoding="ascii", newline="\n") as out:
            out.write(text)
    return parts


def goaccess_figures(goaccess, plain_files, out_json):
    run([goaccess, *plain_files, "--log-format=COMBINED", "--no-global-config", "--no-progress",
         "--no-query-string", "--http-method=no", "--http-protocol=no", "-o", out_json])
    with open(out_json, encoding="utf-8") as f:
        report = json.load(f)
    general = report["general"]
    figures = {
        "lines read": general["total_requests"],
        "lines skipped": general["failed_requests"],
        "requests": general["valid_requests"],
        "visitors": general["unique_visitors"],
        "bytes": general["bandwidth"],
        "first day": to_iso(general["start_date"]),
        "last day": to_iso(general["end_date"]),
        "not-found requests": report["not_found"]["metadata"]["hits"]["total"]["value"],
        "not-found paths": general["unique_not_found"],
        f"top {TOP} not-found hits": sorted(
            (item["hits"]["count"] for item in report["not_found"]["data"]), reverse=True)[:TOP],
    }
    for group in report["status_codes"]["data"]:
        for item in group["items"]:
            code = item["data"].split(" ", 1)[0]
            if not code.isdigit():
                sys.exit(f"FAIL: GoAccess put a status in {item['data']!r}: the generator must "
                         "write only status codes GoAccess names")
            figures[f"status {code}"] = item["hits"]["count"]
    for day in report["visitors"]["data"]:
        iso = f"{day['data'][0:4]}-{day['data'][4:6]}-{day['data'][6:8]}"
        figures[f"{iso} requests"] = day["hits"]["count"]
        figures[f"{iso} visitors"] = day["visitors"]["count"]
        figures[f"{iso} bytes"] = day["bytes"]["count"]
    return figures


def to_iso(goaccess_date):
    """"01/Nov/2026" -> "2026-11-01"."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    day, month, year = goaccess_date.split("/")
    return f"{year}-{months.index(month) + 1:02d}-{day}"


def waymark_figures(report):
    lines = report["lines"]
    not_found = report["notFound"]
    figures = {
        "lines read": lines["read"],
        "lines skipped": lines["skipped"]["total"],
        "requests": report["requests"],
        "visitors": report["visitors"],
        "bytes": report["bytes"],
        "first day": report["from"],
        "last day": report["to"],
        "not-found requests": not_found["requests"],
        "not-found paths": not_found["urls"]["distinct"],
        f"top {TOP} not-found hits": sorted(
            (row["hits"] for row in not_found["urls"]["rows"]), reverse=True)[:TOP],
    }
    for code, count in report["status"].items():
        figures[f"status {code}"] = count
    for day in report["days"]:
        figures[f"{day['day']} requests"] = day["requests"]
        figures[f"{day['day']} visitors"] = day["visitors"]
        figures[f"{day['day']} bytes"] = day["bytes"]
    # Lines outside --since/--until: none asked for, so none may be set apart.
    figures["lines outside the range"] = lines["outsideRange"]
    return figures


def compare(name, waymark, goaccess, full):
    """Prints the figures side by side (only those that differ unless `full`); returns
    the number of differences."""
    expected = dict(goaccess, **{"lines outside the range": 0})
    keys = sorted(set(waymark) | set(expected), key=order)
    differences = 0
    print(f"\n{name}:")
    if full:
        print(f"  {'figure':<28} {'waymark':>14} {'goaccess':>14}")
    for key in keys:
        mine, theirs = waymark.get(key, "missing"), expected.get(key, "missing")
        same = mine == theirs
        differences += not same
        if same and not full:
            continue
        if isinstance(mine, list) or isinstance(theirs, list):
            line = f"  {key:<28} {str(mine)}\n  {'':<28} {str(theirs)}"
        else:
            line = f"  {key:<28} {str(mine):>14} {str(theirs):>14}"
        print(line + ("" if same else "   <-- differs"))
    if not full and not differences:
        print(f"  all {len(keys)} figures as above")
    return differences


def order(key):
    """Totals first, then status codes, then days."""
    if key.startswith("status "):
        return (1, key)
    if key[:1].isdigit():
        return (2, key)
    return (0, key)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--waymark", default=os.environ.get("WAYMARK_BINARY"), required=False)
    parser.add_argument("--goaccess", default=shutil.which("goaccess") or "/usr/bin/goaccess")
    parser.add_argument("--generator", default=GENERATOR)
    parser.add_argument("--lines", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if not args.waymark or not os.access(args.waymark, os.X_OK):
        sys.exit(f"FAIL: no Waymark binary at {args.waymark!r} (--waymark or WAYMARK_BINARY)")
    if not os.access(args.goaccess, os.X_OK):
        sys.exit(f"FAIL: GoAccess not found at {args.goaccess} (apt-get install goaccess)")

    tmp = tempfile.mkdtemp(prefix="waymark-goaccess.")
    try:
        whole = os.path.join(tmp, "whole.log")
        run([sys.executable, args.generator, str(args.lines), whole, "--seed", str(args.seed),
             "--days", "7"])
        with open(whole, encoding="ascii") as f:
            lines = f.readlines()
        data_dir = os.path.join(tmp, "data")
        logs = os.path.join(data_dir, "logs")
        os.makedirs(logs)
        parts = write_parts(lines, logs)
        plain = []
        for n, text in enumerate(parts):
            path = os.path.join(tmp, f"part{n}.log")
            with open(path, "w", encoding="ascii", newline="\n") as out:
                out.write(text)
            plain.append(path)

        goaccess = goaccess_figures(args.goaccess, plain, os.path.join(tmp, "goaccess.json"))
        stats = [args.waymark, "logs", "stats", "--format", "json"]
        runs = {
            "waymark --data-dir (access.log and its rotated files, one gzip-compressed)":
                run(stats + ["--data-dir", data_dir]),
            "waymark FILES in the order of access.log* (newest first)":
                run(stats + [os.path.join(logs, name) for name in (CURRENT, ROTATED_GZ, ROTATED)]),
            "waymark - (the same lines on standard input)":
                run(stats + ["-"], input="".join(parts).encode("ascii")),
        }
        print(f"log: {len(lines)} lines, seed {args.seed}, in {ROTATED_GZ}, {ROTATED}, {CURRENT}")
        differences = 0
        for n, (name, output) in enumerate(runs.items()):
            differences += compare(name, waymark_figures(json.loads(output)), goaccess, n == 0)
        if differences:
            print(f"\nFAIL: {differences} figures differ from GoAccess's"
                  + ("" if args.keep else " (--keep keeps the logs and reports)"))
            return 1
        print("\nPASS: Waymark and GoAccess agree on every figure")
        return 0
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
