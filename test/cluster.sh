#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster: its own data folder and Unix
# socket, no TCP port, so it never clashes with a running server.
#
#   test/cluster.sh start DIR   initdb + start; DIR is created (must not exist)
#   test/cluster.sh stop DIR    stop and remove DIR
#
# Connect with: psql -h DIR -p 5439 -U postgres
# As root the server runs as the 'postgres' user (initdb refuses root).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?directory}
bindir=$(pg_config --bindir)
PORT=${GDR_PGPORT:-5439}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log"; exit 1; }
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir'
port = $PORT
fsync = off
max_worker_processes = 16
max_parallel_workers = 8
max_parallel_workers_per_gather = 4
log_min_messages = warning
CONF
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log"; exit 1; }
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2;;
esac
