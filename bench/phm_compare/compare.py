#!/usr/bin/env python3
"""Checks that two engines' results of the PHM core aggregations agree: the same rows (by key) in facts.csv,
dsr_inputs.csv, dsr.csv and value.csv, counts equal and rates, expectations and ratios equal to 1e-9 relative.

    compare.py REFERENCE_DIR OTHER_DIR      (exit 1, listing the first differences, when they do not agree)
"""
import csv
import math
import sys

KEYS = {"facts.csv": 2, "dsr_inputs.csv": 2, "dsr.csv": 1, "value.csv": 2}


def read(path, key_columns):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    table = {}
    for row in body:
        key = tuple(str(int(float(k))) if k.replace(".", "", 1).isdigit() else k for k in row[:key_columns])
        table[key] = [float(v) for v in row[key_columns:]]
    return header, table


def close(a, b):
    return a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def main(reference_dir, other_dir):
    problems = []
    for name, key_columns in KEYS.items():
        ref_header, ref = read(f"{reference_dir}/{name}", key_columns)
        _, other = read(f"{other_dir}/{name}", key_columns)
        for key in sorted(set(ref) | set(other)):
            if key not in ref or key not in other:
                problems.append(f"{name}: row {','.join(key)} only in {'the reference' if key in ref else other_dir}")
            elif not all(close(a, b) for a, b in zip(ref[key], other[key])):
                problems.append(f"{name}: row {','.join(key)}: {ref[key]} vs {other[key]} ({ref_header[key_columns:]})")
    if problems:
        print(f"{other_dir} differs from {reference_dir} in {len(problems)} rows:")
        for p in problems[:20]:
            print("  " + p)
        return 1
    sizes = ", ".join(f"{name} {len(read(f'{reference_dir}/{name}', k)[1])} rows" for name, k in KEYS.items())
    print(f"same results ({sizes})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
