#!/usr/bin/env bash
# Installs what the tests need (Debian's Chromium and Java, the Dutch word list, the pinned npm tools) and
# runs every test. Ends with one plain line "N passed, N failed" summed from the TRX results.
set -euo pipefail
cd "$(dirname "$0")"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ -f /usr/share/dict/dutch ] || need+=(wdutch)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

(cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)

results="$(pwd)/tests/TestResults"
rm -rf "$results"
status=0
dotnet test kennisbank.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?

passed=0
failed=0

# Browser-side modules are tested with node's own test runner (tests/node/**/*.test.js); their counts join the total.
mapfile -t node_tests < <(find tests/node -name '*.test.js' 2>/dev/null | sort)
if [ ${#node_tests[@]} -gt 0 ]; then
  node_report="$results/node-tests.tap"
  mkdir -p "$results"
  node --test --test-reporter=tap "${node_tests[@]}" >"$node_report" 2>&1 || status=1
  grep -E '^# (pass|fail) ' "$node_report" | tail -n 2
  np=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$node_report" | tail -n 1)
  nf=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$node_report" | tail -n 1)
  [ "${nf:-0}" -eq 0 ] || grep -B2 -A20 '^not ok' "$node_report" | head -n 200
  passed=$((passed + ${np:-0}))
  failed=$((failed + ${nf:-0}))
fi

for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
echo "${passed} passed, ${failed} failed"
if [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
exit "$status"
