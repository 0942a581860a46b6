#!/usr/bin/env bash
# Times the whole `ics spc` process on the real NHS England A&E extract (12,765 rows): 4-hour performance
# (1 - breaches / attendances) per trust and department type, monthly Apr 2016 - Mar 2019.
#
#   bench/spc_whole_process.sh [path/to/ics]     (default: build/ics; ICS_AE_CSV overrides the data file)
#
# Uses hyperfine when installed (Debian package `hyperfine`), else a loop timed with date +%s%N.
# Results go in docs/PERFORMANCE.md, section "SPC".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ics="${1:-$root/build/ics}"
ae="${ICS_AE_CSV:-$root/../shared/data/ae_attendances.csv}"
[[ -x "$ics" ]] || { echo "no ics binary at $ics (build it first)" >&2; exit 1; }
[[ -f "$ae" ]] || { echo "no A&E data at $ae" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
perf="$work/ae_performance.csv"
# period,org_code,type,attendances,breaches,admissions -> period,unit,performance
awk -F, 'NR == 1 { print "period,unit,performance"; next }
         $4 > 0  { printf "%s,%s:%s,%.17g\n", $1, $2, $3, 1 - $5 / $4 }' "$ae" > "$perf"
points=$(( $(wc -l < "$perf") - 1 ))
echo "input: $points points in $(cut -d, -f2 "$perf" | tail -n +2 | sort -u | wc -l) series; machine: $(nproc) cores"

args=(spc --input "$perf" --value performance --date period --facet unit --improvement increase --target 0.95)
"$ics" "${args[@]}" > "$work/points.csv" 2> /dev/null   # check it runs, and warm the page cache
echo "output: $(( $(wc -l < "$work/points.csv") - 1 )) rows"

if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 5 --runs 50 \
    -n points "$ics ${args[*]} --output $work/out.csv" \
    -n summary "$ics ${args[*]} --summary --output $work/summary.csv" \
    -n points-stdout "$ics ${args[*]}"
else
  runs=50
  for mode in points summary; do
    extra=(--output "$work/out.csv")
    [[ $mode == summary ]] && extra+=(--summary)
    best=999999999999; total=0
    for ((i = 0; i < runs; i++)); do
      t0=$(date +%s%N); "$ics" "${args[@]}" "${extra[@]}" 2> /dev/null; t1=$(date +%s%N)
      dt=$(( t1 - t0 )); total=$(( total + dt )); (( dt < best )) && best=$dt
    done
    echo "$mode: mean $(( total / runs / 1000 )) us, min $(( best / 1000 )) us over $runs runs"
  done
fi
