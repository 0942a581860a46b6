#!/usr/bin/env bash
# Runs every benchmark against the Release build; the numbers go into docs/PERFORMANCE.md by hand,
# with the machine they were taken on.
set -euo pipefail
cd "$(dirname "$0")/.."
for b in build/*_bench; do
  [[ -x "$b" ]] || continue
  echo "== $b"
  "$b" --benchmark_min_time=1
done
for s in bench/*.sh; do
  [[ "$s" == bench/run.sh ]] && continue
  echo "== $s"
  bash "$s"
done
