#!/usr/bin/env bash
# The whole PHM pipeline as a user runs it, at 1.2 million persons (a typical ICS) and 3.2 million (the
# largest), 2 years of events each: `ics synth population`, `ics phm import` (CSV -> snapshot) and
# `ics phm run` (three runs, median), with wall time and peak resident memory from GNU time.
#
#   bench/phm_pipeline.sh [PERSONS...]        (default: 1200000 3200000)
#
# Environment: ICS (default build/ics, a Release build), SEED (default 1). Run as root it installs GNU time
# (Debian package `time`) when missing. Each size's files (about 2.5 GB of CSV at 3.2 million persons) live
# in a temporary folder deleted before the next size. Aims: `ics phm run` under 5 s at 1.2 million persons
# on 2 cores; peak memory under 4 GB at 3.2 million. Results go in docs/PERFORMANCE.md, "Population health".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ics="${ICS:-$root/build/ics}"
seed="${SEED:-1}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1200000 3200000)
[[ -x "$ics" ]] || { echo "no ics binary at $ics (build it first: Release)" >&2; exit 1; }
if [[ ! -x /usr/bin/time ]]; then
  [[ $(id -u) == 0 ]] || { echo "needs GNU time (Debian package time)" >&2; exit 1; }
  apt-get install -y -q time > /dev/null
fi

work=""
trap '[[ -z "$work" ]] || rm -rf "$work"' EXIT

measure() {  # measure LABEL COMMAND...: prints "LABEL seconds peak_MiB cpu_seconds", the output to $work/LABEL.log
  local label="$1"; shift
  /usr/bin/time -f '%e %M %U %S' -o "$work/$label.time" "$@" > "$work/$label.log" 2>&1 ||
    { cat "$work/$label.log" >&2; echo "$label failed" >&2; exit 1; }
  read -r wall rss_kib user_s system_s < "$work/$label.time"
  awk -v l="$label" -v w="$wall" -v r="$rss_kib" -v c="$user_s" -v k="$system_s" \
    'BEGIN { printf "%s %.2f %.0f %.2f\n", l, w, r / 1024, c + k }'
}
median_of_three() { sort -g | sed -n 2p; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| persons | events | CSV | synth s | synth peak MiB | import s | import peak MiB | snapshot | run s (median of 3) | run CPU s (user + system, median) | run peak MiB (max) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for persons in "${sizes[@]}"; do
  work="$(mktemp -d "${TMPDIR:-/tmp}/phm_pipeline.XXXXXX")"
  line="$(measure synth "$ics" synth population --persons "$persons" --years 2 --seed "$seed" --output "$work/data")"
  read -r _ synth_s synth_mib _ <<< "$line"
  events=$(( $(wc -l < "$work/data/events.csv") - 1 ))
  csv_size="$(du -sh "$work/data" | cut -f1)"
  line="$(measure import "$ics" phm import --input "$work/data" --snapshot "$work/population.phm")"
  read -r _ import_s import_mib _ <<< "$line"
  rm -rf "$work/data"  # the snapshot is all `phm run` reads; free the disk
  snapshot_size="$(du -sh "$work/population.phm" | cut -f1)"
  runs=()
  for run in 1 2 3; do
    rm -rf "$work/out"
    runs+=("$(measure "run$run" "$ics" phm run --snapshot "$work/population.phm" --output "$work/out")")
  done
  run_s="$(printf '%s\n' "${runs[@]}" | awk '{ print $2 }' | median_of_three)"
  run_cpu="$(printf '%s\n' "${runs[@]}" | awk '{ print $4 }' | median_of_three)"
  run_mib="$(printf '%s\n' "${runs[@]}" | awk '{ print $3 }' | sort -g | tail -n 1)"
  echo "| $persons | $events | $csv_size | $synth_s | $synth_mib | $import_s | $import_mib | $snapshot_size | $run_s | $run_cpu | $run_mib |"
  rm -rf "$work"; work=""
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
