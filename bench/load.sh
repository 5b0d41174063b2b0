#!/usr/bin/env bash
# Drives the main pages of a release server with wrk and reports throughput and p50/p99 per
# page, each beside the plain /healthz route of the same server in the same run.
#
#   bench/load.sh DATA_DIR [SECONDS=15] [CONNECTIONS=32]
#
# ONLY=text runs only the pages whose name contains it (and hello, always).
# DATA_DIR comes from examples/bench_fill.rs; DATABASE_URL, when set, is passed to the server.
set -euo pipefail
data="$1"; secs="${2:-15}"; conns="${3:-32}"
here="$(cd "$(dirname "$0")" && pwd)"
bin="${DILTALKS_BIN:-/var/cache/diltalks-target/release/diltalks}"
port=8092
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

args=(--data-dir "$data" --listen "127.0.0.1:$port" --log-format json)
[ -n "${DATABASE_URL:-}" ] && args+=(--database-url "$DATABASE_URL")
RUST_LOG=warn "$bin" "${args[@]}" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

export TOKENS="$data/tokens.txt"
counsellor="$(curl -s "$base/counsellors" | grep -o '/counsellors/bcu[0-9]*' | head -1)"

# Free slots for the booking row: every counsellor's profile, read as a signed-in member.
token="$(head -1 "$TOKENS")"
export SLOTS="$data/slots.txt"
: >"$SLOTS"
for i in $(seq 0 999); do
  curl -s -H "Cookie: dt_session=$token" "$base/counsellors/bcu$i" \
    | grep -o "/counsellors/bcu$i/book?start=[0-9]*" | sed -e 's#/counsellors/##' -e 's#/book?start=# #' >>"$SLOTS" || true
done

# Unconfirmed occurrences for the confirmation row: the signed-in spaces' confirmations go.
sql() {
  if [ -n "${DATABASE_URL:-}" ]; then psql -qtA "$DATABASE_URL" -c "$1"; else sqlite3 "$data/diltalks.db" "$1"; fi
}
logged=$(wc -l <"$TOKENS")
FIRST="$(sql "SELECT MIN(occurrence_at) FROM commitment_confirmations WHERE commitment_id = 'bk0'")"
[ -z "$FIRST" ] && FIRST="$(cat "$data/first-occurrence" 2>/dev/null || true)"
echo "$FIRST" >"$data/first-occurrence"
export FIRST
in_list="$(seq 0 $((logged - 1)) | sed "s/.*/'bk&'/" | paste -sd,)"
sql "DELETE FROM commitment_confirmations WHERE commitment_id IN ($in_list)" >/dev/null

# name | method | path | body | script (default session.lua)
pages=(
  "hello (/healthz)|GET|/healthz|"
  "dashboard|GET|/dashboard|"
  "journey (/program)|GET|/program|"
  "actions and commitments|GET|/program/actions|"
  "check-ins page|GET|/program/time|"
  "check-in (POST)|POST|/program/time/checkins|trust=6&safety=7"
  "directory search|GET|/counsellors?q=trust&specialty=trust|"
  "counsellor profile + slots|GET|$counsellor|"
  "article|GET|/articles/safety-first|"
  "booking (POST, a new slot each)|POST|/|-|book.lua"
  "commitment confirmation (POST)|POST|/|-|confirm.lua"
)

printf '| page | req/s | p50 ms | p99 ms | of hello |\n| --- | ---: | ---: | ---: | ---: |\n'
hello=""
for entry in "${pages[@]}"; do
  IFS='|' read -r name method path body script <<<"$entry"
  if [ -n "${ONLY:-}" ] && [ -n "$hello" ] && [[ "$name" != *"$ONLY"* ]]; then continue; fi
  out="$(METHOD="$method" BODY="$body" wrk -t1 -c"$conns" -d"${secs}s" --latency -s "$here/${script:-session.lua}" "$base$path")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.2f", v }' <<<"$out"; }
  errors="$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")"
  [ -z "$hello" ] && hello="$rps"
  share="$(awk -v a="$rps" -v b="$hello" 'BEGIN { printf "%.0f %%", 100 * a / b }')"
  printf '| %s | %.0f | %s | %s | %s |%s\n' "$name" "$rps" "$(ms 50%)" "$(ms 99%)" "$share" "${errors:+ ($errors errors)}"
done
echo "booking: $(wc -l <"$SLOTS") free slots harvested; $(sqlite3 "$data/diltalks.db" 'SELECT COUNT(*) FROM bookings' 2>/dev/null || echo '?') bookings in the database after the run"

