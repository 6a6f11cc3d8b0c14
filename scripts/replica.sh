#!/usr/bin/env bash
# A streaming read replica of this machine's Postgres 15 (port 5432) on port 5433, for the
# benchmark's DATABASE_READ_URL path: `pg_createcluster` + `pg_basebackup -R` (hot standby,
# physical streaming replication). Debian's postgresql-common layout; run as root. Idempotent:
# an existing replica is only started. Stop it with `pg_ctlcluster 15 replica stop`, remove it
# with `pg_dropcluster --stop 15 replica`.
set -euo pipefail
VERSION=15
PORT="${REPLICA_PORT:-5433}"
MAIN_HBA="/etc/postgresql/$VERSION/main/pg_hba.conf"
DATA="/var/lib/postgresql/$VERSION/replica"

# the primary must accept replication connections from loopback (the machine's `all` rule does not cover them)
if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$MAIN_HBA"; then
  echo "host replication all 127.0.0.1/32 trust" >> "$MAIN_HBA"
  pg_ctlcluster "$VERSION" main reload
fi

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION replica"; then
  pg_createcluster "$VERSION" replica -p "$PORT" >/dev/null
  # the same authentication as the primary's, then its data: a base backup that streams WAL and writes standby.signal
  cp "$MAIN_HBA" "/etc/postgresql/$VERSION/replica/pg_hba.conf"
  rm -rf "${DATA:?}"/*
  su postgres -c "pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D '$DATA' -R -X stream -c fast"
fi
pg_ctlcluster "$VERSION" replica start 2>/dev/null || true
for _ in $(seq 1 30); do
  if [ "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -Atc 'select pg_is_in_recovery()' postgres 2>/dev/null)" = "t" ]; then
    echo "read replica streaming on 127.0.0.1:$PORT (DATABASE_READ_URL=postgres://postgres@127.0.0.1:$PORT/<database>)"
    exit 0
  fi
  sleep 1
done
echo "the replica did not come up: see /var/log/postgresql/postgresql-$VERSION-replica.log" >&2
exit 1
