#!/usr/bin/env bash
# Takes the README's screenshot of the IPR page: builds a fresh demo store, serves it on a free
# loopback port, prints the page in headless Chromium to docs/ipr.png, and stops the server.
#   scripts/screenshot.sh [URL_PATH] [OUTPUT_PNG]
set -euo pipefail
cd "$(dirname "$0")/.."
path="${1:-/}"
output="${2:-docs/ipr.png}"
bash scripts/install-deps.sh
[[ -x build/ics ]] || { echo "screenshot: build first (make build)" >&2; exit 2; }

workdir=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$workdir"
}
trap cleanup EXIT

./build/ics demo --db "$workdir/demo.db" --ae ../shared/data/ae_attendances.csv >/dev/null
# Port 0: the server picks a free port and prints the URL it serves.
./build/ics serve --db "$workdir/demo.db" --host 127.0.0.1 --port 0 >"$workdir/serve.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's#.*http://127.0.0.1:\([0-9]*\).*#\1#p' "$workdir/serve.log" | head -1)
  [[ -n "$port" ]] && curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "screenshot: server did not start" >&2; cat "$workdir/serve.log" >&2; exit 1; }

# The flags keep Chromium from reaching for the network, which this machine does not have.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$workdir/chromium" --hide-scrollbars --window-size=1280,1800 \
  --screenshot="$PWD/$output" "http://127.0.0.1:$port$path" 2>/dev/null
echo "screenshot: wrote $output"
