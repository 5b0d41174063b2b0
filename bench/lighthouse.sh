#!/usr/bin/env bash
# Lighthouse (npm, bench/package.json) in Debian's chromium against a release server on a
# bench data folder: home, a guide, the directory, a counsellor's profile, and — signed in
# as a bench member — the journey. Prints the four category scores per page.
#
#   bench/lighthouse.sh DATA_DIR
set -euo pipefail
data="$1"
here="$(cd "$(dirname "$0")" && pwd)"
bin="${DILTALKS_BIN:-/var/cache/diltalks-target/release/diltalks}"
port=8095
base="http://127.0.0.1:$port"
[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund)
"$bin" --data-dir "$data" --listen "127.0.0.1:$port" >"$data/lighthouse-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
token="$(head -1 "$data/tokens.txt")"
counsellor="$(curl -s "$base/counsellors" | grep -o '/counsellors/bcu[0-9]*' | head -1)"
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '| page | performance | accessibility | best practices | SEO |\n| --- | ---: | ---: | ---: | ---: |\n'
for entry in "home|/|" "guide|/articles/safety-first|" "directory|/counsellors|" "counsellor profile|$counsellor|" "journey (signed in)|/program|yes"; do
  IFS='|' read -r name path signed <<<"$entry"
  extra=()
  [ -n "$signed" ] && extra=(--extra-headers "{\"Cookie\": \"dt_session=$token\"}")
  out="$(mktemp)"
  # A trace that fails to record (NO_NAVSTART, seen now and then in headless runs) is run again.
  for _ in 1 2 3; do
    CHROME_PATH=/usr/bin/chromium "$here/node_modules/.bin/lighthouse" "$base$path" --chrome-flags="$flags" \
      --output=json --output-path="$out" --quiet "${extra[@]}" 2>/dev/null || true
    grep -q '"runtimeError"' "$out" || break
  done
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const s = (k) => Math.round(r.categories[k].score * 100);
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
  ' "$out" "$name"
  rm -f "$out"
done
