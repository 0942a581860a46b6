#!/usr/bin/env bash
# Installs what ics needs to build, test and run, on Debian as root. Idempotent:
# packages already present are skipped, so a second run costs a few dpkg queries.
#   scripts/install-deps.sh            build + test + run dependencies, Chromium for browser tests included
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev libcli11-dev libkainjow-mustache-dev
  libargon2-dev libssl-dev zlib1g-dev libbrotli-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  curl chromium fonts-liberation
)
# Node's own build ships npm and conflicts with Debian's npm package: ask for npm only where it is absent.
if ! command -v npm >/dev/null; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then missing+=("$p"); fi
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The NHS.UK design system's CSS and JS, served by `ics serve`, and playwright-core, which drives
# Debian's Chromium in the browser tests; both pinned in package-lock.json.
if [[ ! -f node_modules/nhsuk-frontend/package.json || ! -f node_modules/playwright-core/package.json ]]; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
