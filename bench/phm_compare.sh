#!/usr/bin/env bash
# The PHM core aggregations (bench/phm_compare/README.md) side by side: ics on its snapshot
# (build/phm_aggregations) and SQLite, PostgreSQL 15 and DuckDB on the same generated CSV files. Loading
# (CSV -> tables; for ics, `ics phm import` CSV -> snapshot) is timed apart from the queries. Every engine's
# results are checked against ics's (bench/phm_compare/compare.py). Prints a table of seconds and ratios.
#
#   bench/phm_compare.sh [PERSONS]          (default 1200000; 2 years of events)
#
# Environment: ICS_BUILD (default build: needs ics and phm_aggregations, i.e. a Release build with
# ICS_BENCH=ON), PHM_DATA (an existing extract folder instead of generating one), ENGINES (default
# "sqlite postgres duckdb"), REPEAT (query runs per engine, best kept; default 2), SEED (default 1);
# SKIP_ICS=1 with PHM_DATA and PHM_AT (YYYY-MM-DD) runs the SQL engines alone and checks them against the
# first (for working on the SQL).
# Run as root it installs what is missing (Debian packages sqlite3, postgresql, python3; DuckDB with
# `npm ci` in bench/phm_compare/duckdb). Everything big lives in one temporary folder, deleted at the end
# (about 2.5 GB at 1.2 million persons while PostgreSQL holds its tables).
# Results go in docs/PERFORMANCE.md, section "Population health".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/bench/phm_compare"
persons="${1:-1200000}"
build="${ICS_BUILD:-$root/build}"
ics="$build/ics"
aggregations="$build/phm_aggregations"
engines="${ENGINES:-sqlite postgres duckdb}"
repeat="${REPEAT:-2}"
seed="${SEED:-1}"
threads="$(nproc)"
skip_ics="${SKIP_ICS:-}"
[[ -n "$skip_ics" ]] || for program in "$ics" "$aggregations"; do
  [[ -x "$program" ]] || { echo "no $program (cmake -DCMAKE_BUILD_TYPE=Release -DICS_BENCH=ON, build ics and phm_aggregations)" >&2; exit 1; }
done

need_package() {  # need_package COMMAND DEBIAN_PACKAGE
  command -v "$1" > /dev/null && return
  [[ $(id -u) == 0 ]] || { echo "needs $1 (Debian package $2)" >&2; exit 1; }
  apt-get install -y -q "$2" > /dev/null
}
need_package python3 python3
[[ " $engines " == *" sqlite "* ]] && need_package sqlite3 sqlite3
if [[ " $engines " == *" postgres "* ]]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$pg_bin" ]]; then need_package psql postgresql; pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"; fi
fi
[[ " $engines " == *" duckdb "* ]] && need_package node nodejs && need_package npm npm

work="$(mktemp -d "${TMPDIR:-/tmp}/phm_compare.XXXXXX")"
chmod 755 "$work"  # the PostgreSQL server (user postgres) reads the CSV files itself
pg_data=""
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  if [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop > /dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }
declare -A time  # time[engine.step] = seconds
best() {  # best KEY SECONDS: keeps the smallest
  local key="$1" s="$2"
  if [[ -z "${time[$key]:-}" ]] || awk -v a="$s" -v b="${time[$key]}" 'BEGIN { exit !(a < b) }'; then time[$key]="$s"; fi
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

data="${PHM_DATA:-}"
if [[ -z "$data" ]]; then
  data="$work/data"
  t0=$(now)
  "$ics" synth population --persons "$persons" --years 2 --seed "$seed" --output "$data" > /dev/null
  echo "generated $persons persons in $(seconds "$t0" "$(now)") s"
fi
echo "extract: $(( $(wc -l < "$data/persons.csv") - 1 )) persons, $(( $(wc -l < "$data/events.csv") - 1 )) events, $(du -sh "$data" | cut -f1)"

# ics: import (its "load"), then the aggregations, three runs, median.
if [[ -n "$skip_ics" ]]; then
  at="$PHM_AT"
else
t0=$(now)
"$ics" phm import --input "$data" --snapshot "$work/population.phm" > /dev/null
time[ics.load]=$(seconds "$t0" "$(now)")
mkdir -p "$work/out-ics"
for run in 1 2 3; do
  "$aggregations" --snapshot "$work/population.phm" --output "$work/out-ics" > "$work/ics-run$run.txt"
done
at="$(awk '$1 == "at" { print $2 }' "$work/ics-run1.txt")"
for step in facts dsr value; do
  time[ics.$step]=$(awk -v s="$step" '$1 == s { print $2 }' "$work"/ics-run*.txt | sort -g | sed -n 2p)
done
time[ics.full]=$(awk '$1 == "full" && $2 != "failed:" { print $2 }' "$work"/ics-run*.txt | sort -g | sed -n 2p)
echo "ics: analysis date $at; load (phm import) ${time[ics.load]} s, facts ${time[ics.facts]} s, dsr ${time[ics.dsr]} s, value ${time[ics.value]} s; $(grep '^full' "$work/ics-run1.txt")"
fi
reference="$work/out-ics"
[[ -n "$skip_ics" ]] && reference="$work/out-${engines%% *}"

# The SQL, placeholders filled in.
at_year=${at:0:4} at_month=${at:5:2} at_day=${at:8:2}
year_ago_day=$at_day; [[ "$at_month-$at_day" == "02-29" ]] && year_ago_day=28  # as phm::one_year_before
year_ago="$(printf '%04d-%s-%s' $(( 10#$at_year - 1 )) "$at_month" "$year_ago_day")"
at_index=$(( 10#$at_year * 12 + 10#$at_month - 1 ))
fill() {  # fill ENGINE: the engine's SQL with the placeholders replaced, into $work/sql/ENGINE
  mkdir -p "$work/sql/$1" "$work/out-$1"
  for f in "$here/$1"/*.sql; do
    sed -e "s|@DATA@|$data|g; s|@OUT@|$work/out-$1|g; s|@AT@|$at|g; s|@YEAR_AGO@|$year_ago|g" \
        -e "s|@AT_MONTH@|$at_index|g; s|@YEAR_AGO_MONTH@|$(( at_index - 12 ))|g" "$f" > "$work/sql/$1/$(basename "$f")"
  done
}

run_sqlite() {
  fill sqlite
  local db="$work/sqlite.db" t0
  t0=$(now); sqlite3 -bail "$db" < "$work/sql/sqlite/load.sql" > /dev/null; time[sqlite.load]=$(seconds "$t0" "$(now)")
  for ((run = 0; run < repeat; run++)); do
    for step in facts dsr value; do
      t0=$(now); sqlite3 -bail "$db" < "$work/sql/sqlite/$step.sql" > /dev/null; best "sqlite.$step" "$(seconds "$t0" "$(now)")"
    done
  done
  rm -f "$db"
}

run_postgres() {
  fill postgres
  pg_data="$work/pg"
  mkdir -p "$pg_data" && chown postgres "$pg_data" 2> /dev/null || true
  as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres --no-sync > /dev/null
  # A throwaway cluster on a unix socket in the work folder; durability off (as SQLite's journal_mode OFF),
  # memory for sorts and hashes, parallel query on both cores.
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/log" -w start -o "-k $pg_data -c listen_addresses= \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 \
    -c shared_buffers=1GB -c work_mem=256MB -c maintenance_work_mem=512MB -c max_parallel_workers_per_gather=$threads" > /dev/null
  local psql=(psql -X -q -v ON_ERROR_STOP=1 --csv -h "$pg_data" -U postgres -d postgres) t0
  t0=$(now); "${psql[@]}" -f "$work/sql/postgres/load.sql" > /dev/null; time[postgres.load]=$(seconds "$t0" "$(now)")
  for ((run = 0; run < repeat; run++)); do
    for step in facts dsr value; do
      t0=$(now); "${psql[@]}" -f "$work/sql/postgres/$step.sql" > /dev/null; best "postgres.$step" "$(seconds "$t0" "$(now)")"
    done
  done
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop > /dev/null
  rm -rf "$pg_data"
}

run_duckdb() {
  fill duckdb
  (cd "$here/duckdb" && npm ci --no-audit --no-fund --silent > /dev/null)
  local files=("$work/sql/duckdb/load.sql")
  for ((run = 0; run < repeat; run++)); do files+=("$work/sql/duckdb/"{facts,dsr,value}.sql); done
  node "$here/duckdb/run.mjs" "$work/duckdb.db" "$threads" "${files[@]}" > "$work/duckdb-times.txt"
  while read -r step s; do best "duckdb.$step" "$s"; done < "$work/duckdb-times.txt"
  rm -f "$work/duckdb.db" "$work/duckdb.db.wal"
}

checks=()
for engine in $engines; do
  "run_$engine"
  if python3 "$here/compare.py" "$reference" "$work/out-$engine" > "$work/check-$engine.txt"; then
    checks+=("$engine: $(cat "$work/check-$engine.txt")")
  else
    checks+=("$engine: DIFFERENT RESULTS"); cat "$work/check-$engine.txt" >&2
  fi
  echo "$engine: load ${time[$engine.load]} s, facts ${time[$engine.facts]} s, dsr ${time[$engine.dsr]} s, value ${time[$engine.value]} s; ${checks[-1]#*: }"
done

[[ -n "$skip_ics" ]] && { for engine in $engines; do echo "$engine: ${time[$engine.load]} ${time[$engine.facts]} ${time[$engine.dsr]} ${time[$engine.value]}"; done; printf '%s\n' "${checks[@]}"; exit 0; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }
echo
echo "Seconds (queries: best of $repeat; ics: median of 3), and ratio to ics:"
echo
echo "| engine | load | facts | dsr | value | facts × | dsr × | value × | load × |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| ics | ${time[ics.load]} | ${time[ics.facts]} | ${time[ics.dsr]} | ${time[ics.value]} | 1 | 1 | 1 | 1 |"
for engine in $engines; do
  echo "| $engine | ${time[$engine.load]} | ${time[$engine.facts]} | ${time[$engine.dsr]} | ${time[$engine.value]} |" \
       "$(ratio "${time[$engine.facts]}" "${time[ics.facts]}") | $(ratio "${time[$engine.dsr]}" "${time[ics.dsr]}") |" \
       "$(ratio "${time[$engine.value]}" "${time[ics.value]}") | $(ratio "${time[$engine.load]}" "${time[ics.load]}") |"
done
echo
echo "ics full analysis (analyse_population, median of 3): ${time[ics.full]:-not run} s"
printf '%s\n' "${checks[@]}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
