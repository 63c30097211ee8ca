#!/usr/bin/env bash
# The whole test suite: types, lint, unit tests, both browser builds, the
# Firefox manifest lint, and end-to-end tests in Debian's Chromium and
# Debian's Firefox ESR (both Playwright projects).
# Ends with one "N passed, N failed" line covering unit and e2e tests.
set -uo pipefail
cd "$(dirname "$0")/../.."

results=$(mktemp -d)
status=0
step() {
  echo "── $1"
  shift
  if ! "$@"; then
    echo "✗ failed: $*"
    status=1
  fi
}

ensure_system_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  command -v openssl >/dev/null || missing+=(openssl)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} from Debian (never a browser download)…"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

step "system packages (chromium, firefox-esr, openssl)" ensure_system_packages
step "type check" npx tsc --noEmit
step "lint" npx eslint .
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json"
step "build (chrome + firefox)" npm run --silent build
step "content scripts load in Chrome" node tests/tools/check-build.mjs
# web-ext lint exits 0 on warnings: the tool fails on any that is not a known third-party one.
step "firefox lint (web-ext)" npx tsx tests/tools/lint-firefox.ts .output/firefox-mv3
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" step "end-to-end tests" npx playwright test --reporter=list,json

node tests/tools/summary.mjs "$results/unit.json" "$results/e2e.json" || status=1
rm -rf "$results"
exit $status
