#!/usr/bin/env python3
"""Independent reference for the SPC golden cases: reads a case's `args:` and `input:` sections and
prints the expected CSV (and warnings) so a new case can be cross-checked before it is committed.

It restates the rules window by window (as NHSRplotthedots does) instead of by scanning runs, so it
shares no structure with src/spc. Usage: reference.py CASE.test  (prints; never writes the case file).
Check every line it prints against the rule the case is about before pasting it into the case."""
import math
import sys
from datetime import date


def parse_case(path):
    sections, current = {}, None
    for line in open(path):
        line = line.rstrip("\n")
        if current is None and (line.startswith("#") or not line.strip()):
            continue
        if line.startswith("args:"):
            sections["args"] = line[5:].split()
            continue
        if line in ("input:", "expected:", "warnings:", "error:"):
            current = line[:-1]
            sections[current] = []
            continue
        if current and line.strip():
            sections[current].append(line)
    return sections


def parse_date(text):
    parts = text.split("-")
    return date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) == 3 else 1)


def limits(base, screen):
    mean = sum(base) / len(base)
    if len(base) < 2:
        return mean, math.nan, math.nan, math.nan, math.nan
    mr = [abs(base[i] - base[i - 1]) for i in range(1, len(base))]
    amr = sum(mr) / len(mr)
    if screen and amr > 0:
        kept = [m for m in mr if m < 3.267 * amr]
        amr = sum(kept) / len(kept)
    near = 2 * (2.66 / 3)
    return mean, mean - 2.66 * amr, mean + 2.66 * amr, mean - near * amr, mean + near * amr


def sgn(x):
    return (x > 0) - (x < 0)


def causes(y, mean, lpl, upl, nlpl, nupl):
    n = len(y)
    side = [sgn(v - mean) for v in y]
    outside = [v > upl or v < lpl for v in y]
    close = [not outside[i] and (y[i] > nupl or y[i] < nlpl) for i in range(n)]
    out = []
    for i in range(n):
        if y[i] > upl:
            out.append("Above UCL"); continue
        if y[i] < lpl:
            out.append("Below LCL"); continue
        # every window of 7 points containing i, all steps strictly one way
        dirs = set()
        for j in range(max(0, i - 6), min(i, n - 7) + 1):
            steps = {sgn(y[k + 1] - y[k]) for k in range(j, j + 6)}
            if len(steps) == 1 and 0 not in steps:
                dirs |= steps
        if dirs:
            d = dirs.pop() if len(dirs) == 1 else sgn(y[i + 1] - y[i])
            out.append("7 Point Trend (Increasing)" if d > 0 else "7 Point Trend (Decreasing)"); continue
        hit = 0
        if close[i]:
            for j in range(max(0, i - 2), min(i, n - 3) + 1):
                w = range(j, j + 3)
                if sum(close[k] for k in w) >= 2 and abs(sum(side[k] for k in w)) == 3:
                    hit = side[i]
        if hit:
            out.append("2 in 3 Above CL" if hit > 0 else "2 in 3 Below CL"); continue
        seven = 0
        for j in range(max(0, i - 6), min(i, n - 7) + 1):
            s = {side[k] for k in range(j, j + 7)}
            if len(s) == 1 and 0 not in s:
                seven = side[i]
        if seven:
            out.append("7 Points Above CL" if seven > 0 else "7 Points Below CL"); continue
        out.append("Common Cause")
    return out


def direction(cause):
    if cause == "Common Cause":
        return 0
    return 1 if ("Above" in cause or "Increasing" in cause) else -1


def ptype(cause, improvement):
    d = direction(cause)
    if d == 0:
        return "common_cause"
    if improvement == "neutral":
        return "special_cause_neutral_high" if d > 0 else "special_cause_neutral_low"
    good = 1 if improvement == "increase" else -1
    return "special_cause_improvement" if d == good else "special_cause_concern"


def num(x):
    return "" if isinstance(x, float) and math.isnan(x) else "%.17g" % x


def main():
    case = parse_case(sys.argv[1])
    a = case["args"]
    opt = {"--improvement": "neutral", "--target": None, "--fix-after": None, "--rebase": "", "--facet": None}
    flags = set()
    i = 0
    while i < len(a):
        if a[i] in ("--no-screen-outliers", "--summary"):
            flags.add(a[i]); i += 1
        else:
            opt[a[i]] = a[i + 1]; i += 2
    header = case["input"][0].split(",")
    rows = [r.split(",") for r in case["input"][1:]]
    vi, di = header.index(opt["--value"]), header.index(opt["--date"])
    fi = header.index(opt["--facet"]) if opt["--facet"] else None
    facets = {}
    for r in rows:
        facets.setdefault(r[fi] if fi is not None else "", []).append((parse_date(r[di]), float(r[vi])))
    rebases = [parse_date(t) for t in opt["--rebase"].split(",") if t]
    fix = int(opt["--fix-after"]) if opt["--fix-after"] else None
    points, summary, warnings = [], [], []
    for f in sorted(facets):
        pts = sorted(facets[f])
        starts = sorted({next((k for k, p in enumerate(pts) if p[0] >= r), 0) for r in rebases} - {0})
        bounds = [0] + starts + [len(pts)]
        last = None
        types = []
        for b, e in zip(bounds, bounds[1:]):
            y = [p[1] for p in pts[b:e]]
            lim = limits(y[: fix or len(y)], "--no-screen-outliers" not in flags)
            cs = causes(y, *lim)
            if len(y) < 12:
                warnings.append((f, len(y), pts[b][0]))
            for k, v in enumerate(y):
                t = ptype(cs[k], opt["--improvement"])
                types.append(t)
                points.append(",".join([f, pts[b + k][0].isoformat(), num(v), num(lim[0]), num(lim[1]), num(lim[2]),
                                        cs[k], t]))
            last = lim
        assurance = ""
        if opt["--target"] is not None and opt["--improvement"] != "neutral" and not math.isnan(last[1]):
            t = float(opt["--target"])
            up = opt["--improvement"] == "increase"
            assurance = ("consistent_fail" if up else "consistent_pass") if t > last[2] else \
                ("consistent_pass" if up else "consistent_fail") if t < last[1] else "inconsistent"
        summary.append(",".join([f, str(len(pts)), num(last[0]), num(last[1]), num(last[2]), types[-1], assurance]))
    if "--summary" in flags:
        print("facet,points,mean,lpl,upl,variation,assurance")
        print("\n".join(summary))
    else:
        print("facet,date,value,mean,lpl,upl,special_cause,point_type")
        print("\n".join(points))
    for f, n, d in warnings:
        print("# warning:", f, n, d, file=sys.stderr)


main()
