#!/bin/sh
# Offline stand-in for PostgreSQL. Like the real server it keeps everything under $PGDATA,
# initialises that folder on first start (the way initdb does), refuses to start on a folder it
# cannot write, and shuts down cleanly on SIGTERM. It answers on port 5432 with an echo service.
set -eu
: "${PGDATA:=/var/lib/postgresql/data}"
if [ ! -w "$PGDATA" ]; then
  echo "FATAL: data directory $PGDATA is not writable by uid $(id -u)" >&2
  exit 1
fi
if [ -s "$PGDATA/PG_VERSION" ]; then
  echo "database system was shut down; found data initialised at $(cat "$PGDATA/initialised-at")"
else
  echo "initialising a new database cluster in $PGDATA"
  echo 16 > "$PGDATA/PG_VERSION"
  date -u +%Y-%m-%dT%H:%M:%SZ > "$PGDATA/initialised-at"
fi
nc -ll -p 5432 -e /bin/cat &
trap 'echo "received SIGTERM: shutting down"; kill $! 2>/dev/null; exit 0' TERM INT
echo "database system is ready to accept connections"
wait
