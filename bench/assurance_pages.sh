#!/usr/bin/env bash
# Times the assurance and finance pages and APIs over the demo ICS: builds a fresh demo store, serves it on
# a free loopback port, requests each path five times with curl and prints the median in milliseconds.
#   bash bench/assurance_pages.sh [ICS_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
ics="${1:-build/ics}"
[[ -x "$ics" ]] || { echo "assurance_pages: build first (make build)" >&2; exit 2; }

workdir=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$workdir"
}
trap cleanup EXIT

today=2026-11-23
"$ics" demo --db "$workdir/demo.db" --ae ../shared/data/ae_attendances.csv --today "$today" --persons 5000 >/dev/null
"$ics" serve --db "$workdir/demo.db" --host 127.0.0.1 --port 0 --today "$today" >"$workdir/serve.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's#.*http://127.0.0.1:\([0-9]*\).*#\1#p' "$workdir/serve.log" | head -1)
  [[ -n "$port" ]] && curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "assurance_pages: server did not start" >&2; exit 1; }

echo "| request | median of 5 |"
echo "|---|---|"
for path in /risks "/risks?map=target" /risks/1 /deliverables /deliverables/1 /programmes /programmes/1 \
            /finance /api/v1/risks /api/v1/deliverables /api/v1/programmes /api/v1/finance; do
  times=()
  for _ in 1 2 3 4 5; do
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$path")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  awk -v p="$path" -v s="$median" 'BEGIN { printf "| `%s` | %.1f ms |\n", p, s * 1000 }'
done
