#!/usr/bin/env bash
# Measures whether sign-in and password-reset answers take about the same time for an email
# that has an account and one that does not. Starts its own release server on a temp data
# folder (loopback only), makes one confirmed account, then times N attempts of each kind.
# Usage: bench/login-timing.sh [N]   (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-40}"
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet
bin="$target/release/diltalks"
data="$(mktemp -d)"
port=18471
base="http://127.0.0.1:$port"
RUST_LOG=warn "$bin" --data-dir "$data/data" --listen "127.0.0.1:$port" --base-url "$base" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "$base/readyz" >/dev/null; do sleep 0.1; done

jar="$data/jar"
csrf() { curl -s -c "$jar" -b "$jar" "$base/login" >/dev/null; awk '$6 == "dt_csrf" {print $7}' "$jar"; }
token="$(csrf)"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$token" --data-urlencode "email=known@example.org" \
  --data-urlencode "display_name=Known" --data-urlencode "password=violet tram ninety lamp" "$base/register"
sleep 1
verify="$(grep -ho "$base/verify/[A-Za-z0-9_-]*" "$data"/data/mail/*.eml | head -1)"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$token" "$verify"

# Each attempt comes from its own cookie jar; the limits are per account and per address,
# so the run stays under them by using distinct unknown emails and a fresh server.
time_post() { # path, email
  local j="$data/j$RANDOM$RANDOM"
  curl -s -c "$j" "$base/login" >/dev/null
  local t; t="$(awk '$6 == "dt_csrf" {print $7}' "$j")"
  curl -s -b "$j" -o /dev/null -w '%{time_total}\n' --data-urlencode "csrf=$t" \
    --data-urlencode "email=$2" --data-urlencode "password=wrong password here" "$base$1"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000 " ms"}'; }
known=() unknown=()
for i in $(seq 1 "$n"); do
  # Alternate, so drift in machine load touches both kinds alike. Reset the per-account
  # window by using the known account at most 9 times per 15 minutes: more would be throttled.
  if [ "$i" -le 9 ]; then known+=("$(time_post /login known@example.org)"); fi
  unknown+=("$(time_post /login "nobody$i@example.org")")
done
echo "sign-in, wrong password, known email:   median $(printf '%s\n' "${known[@]}" | median) over ${#known[@]}"
echo "sign-in, any password, unknown email:   median $(printf '%s\n' "${unknown[@]}" | median) over ${#unknown[@]}"
rk=() ru=()
for i in 1 2 3; do
  rk+=("$(time_post /forgot known@example.org)")
  ru+=("$(time_post /forgot "stranger$i@example.org")")
done
echo "reset request, known email:   median $(printf '%s\n' "${rk[@]}" | median) over ${#rk[@]}"
echo "reset request, unknown email: median $(printf '%s\n' "${ru[@]}" | median) over ${#ru[@]}"
