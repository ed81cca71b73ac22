#!/usr/bin/env bash
# Starts or stops a local Azurite table service on 127.0.0.1 for `scripts/run.sh`.
#   scripts/azurite.sh start   # data kept in .azurite/ (git-ignored; AZURITE_LOCATION=… for another folder)
#   scripts/azurite.sh stop
# Always --disableTelemetry: without it Azurite tries to reach an outside telemetry host.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${AZURITE_TABLE_PORT:-10002}
data=${AZURITE_LOCATION:-$root/.azurite}
pidfile="$data/azurite.pid"

case "${1:-start}" in
  start)
    "$root/scripts/deps.sh"
    mkdir -p "$data"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "azurite: already running (pid $(cat "$pidfile")) on 127.0.0.1:$port"; exit 0
    fi
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
      echo "azurite: port $port on 127.0.0.1 is already taken by another program." >&2
      echo "         Stop it, or choose another port: AZURITE_TABLE_PORT=10302 scripts/run.sh" >&2
      exit 1
    fi
    "$root/node_modules/.bin/azurite-table" --disableTelemetry --skipApiVersionCheck --silent \
      --tableHost 127.0.0.1 --tablePort "$port" --location "$data" >"$data/azurite.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
      if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "azurite: listening on 127.0.0.1:$port"; exit 0; fi
      kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "azurite: failed to start, see $data/azurite.log" >&2; exit 1; }
      sleep 0.1
    done
    echo "azurite: did not start listening on $port" >&2; exit 1
    ;;
  stop)
    if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; echo "azurite: stopped"; fi
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
