#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, on loopback only.
#
#   eval "$(tools/test-postgres.sh start)"   # prints: export YORISOI_TEST_PG_URL=postgresql://…
#   tools/test-postgres.sh stop              # stops it and deletes its data
#
# Uses Debian's postgresql binaries (/usr/lib/postgresql/*/bin). As root, the server runs as
# the 'postgres' user (PostgreSQL refuses to run as root). Nothing outside the temp folder
# is touched; the port is chosen free on 127.0.0.1.
set -euo pipefail

STATE=${YORISOI_TEST_PG_STATE:-/tmp/yorisoi-test-pg}
bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin; bin=$(bindir)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "echo 'PostgreSQL is not installed (apt-get install postgresql)' >&2; false"; return 1; }
  stop >/dev/null 2>&1 || true
  mkdir -p "$STATE"
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ "$(id -u)" -eq 0 ] && chown postgres: "$STATE"
  # passwords over TCP (scram), as on a real office server; the socket is only for this script
  echo "yorisoi-test" > "$STATE/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$STATE/pw"
  local auth=(--auth-local=trust --auth-host=scram-sha-256 --pwfile="$STATE/pw")
  as_owner "$bin/initdb" -D "$STATE/data" -U yorisoi "${auth[@]}" -E UTF8 --locale=C.UTF-8 >"$STATE/initdb.log" 2>&1 ||
    as_owner "$bin/initdb" -D "$STATE/data" -U yorisoi "${auth[@]}" -E UTF8 --locale=C >"$STATE/initdb.log" 2>&1
  as_owner "$bin/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $STATE -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  echo "$port" > "$STATE/port"
  as_owner "$bin/createdb" -h "$STATE" -p "$port" -U yorisoi yorisoi_test
  echo "export YORISOI_TEST_PG_URL=postgresql://yorisoi:yorisoi-test@127.0.0.1:$port/yorisoi_test"
}

stop() {
  local bin; bin=$(bindir)
  if [ -d "$STATE/data" ] && [ -n "$bin" ]; then
    as_owner "$bin/pg_ctl" -D "$STATE/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
