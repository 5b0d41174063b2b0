#!/usr/bin/env bash
# Live connections: the server's memory with COUNT idle WebSockets open, and how long a message
# takes from the sender's request to the partner's socket. With DATABASE_URL (PostgreSQL) a
# second instance holds the socket, so the time includes LISTEN/NOTIFY between instances.
#
#   bench/sockets.sh DATA_DIR [COUNT=10000] [SAMPLES=200]
set -euo pipefail
data="$1"; count="${2:-10000}"; samples="${3:-200}"
target="${CARGO_TARGET_DIR:-/var/cache/diltalks-target}"
bin="${DILTALKS_BIN:-$target/release/diltalks}"
client="$target/release/examples/bench_sockets"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

start() {
  local port="$1"
  local args=(--data-dir "$data" --listen "127.0.0.1:$port" --log-format json)
  [ -n "${DATABASE_URL:-}" ] && args+=(--database-url "$DATABASE_URL")
  RUST_LOG=warn "$bin" "${args[@]}" >>"$data/server-$port.log" 2>&1 &
  echo $!
}
one="$(start 8093)"
pids=("$one")
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:8093/healthz >/dev/null && break; sleep 0.1; done

listen=http://127.0.0.1:8093
if [ -n "${DATABASE_URL:-}" ]; then
  pids+=("$(start 8094)")
  for _ in $(seq 1 100); do curl -sf http://127.0.0.1:8094/healthz >/dev/null && break; sleep 0.1; done
  listen=http://127.0.0.1:8094
fi
# Memory with COUNT idle sockets, and message latency while they stay open; then latency alone.
"$client" idle http://127.0.0.1:8093 "$data/tokens.txt" "$count" "$one" "$listen" "$samples"
"$client" latency http://127.0.0.1:8093 "$listen" "$data/tokens.txt" "$samples"
