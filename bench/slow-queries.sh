#!/usr/bin/env bash
# Opens each main page once as a bench member with every SQL statement logged, and lists the
# statements that took over a millisecond: where to look first when a page is slow.
#
#   bench/slow-queries.sh DATA_DIR      (SLOW_MS=0.1 lists statements over 0.1 ms instead of 1)
set -euo pipefail
data="$1"
bin="${DILTALKS_BIN:-/var/cache/diltalks-target/release/diltalks}"
port=8094
log="$data/queries.log"
RUST_LOG=sqlx=debug,diltalks::db=debug "$bin" --data-dir "$data" --listen "127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
token="$(sed -n 3p "$data/tokens.txt")"
for path in /dashboard /program /program/actions /program/time "/counsellors?q=trust&specialty=trust" /counsellors/bcu7 /articles/safety-first; do
  : >"$log.part"
  start=$(wc -l <"$log")
  curl -s -o /dev/null -w "$path %{http_code} %{time_total}s\n" -H "Cookie: dt_session=$token" "http://127.0.0.1:$port$path"
  sleep 0.2
  tail -n +"$((start + 1))" "$log" | sed 's/\x1b\[[0-9;]*m//g' | grep elapsed_secs \
    | awk -v limit="$(awk -v ms="${SLOW_MS:-1}" "BEGIN { print ms / 1000 }")" -F'elapsed_secs=' '{ n++; total += $2 } $2 > limit { s = $1; sub(/.*summary="/, "", s); sub(/".*/, "", s); printf "    %.1f ms  %s\n", $2 * 1000, s }
        END { printf "    %d statements, %.1f ms in all\n", n, total * 1000 }'
done
