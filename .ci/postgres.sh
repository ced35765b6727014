#!/usr/bin/env bash
# Starts a local PostgreSQL server for the dyad-store tests, installing it from Debian's packages when it is
# missing, and prints the JDBC URL on standard output (progress goes to standard error). Idempotent: a running
# server and an existing database are kept. Usage in .ci/run:
#   export DYAD_TEST_PG="$(bash .ci/postgres.sh)"
# Stop the server afterwards with: pg_ctlcluster <version> main stop  (the version is printed on stderr).
set -euo pipefail
DB=dyad_test
PASSWORD=dyad

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')"
echo "postgres.sh: PostgreSQL $VERSION running on port $PORT" >&2

# Debian's default pg_hba.conf accepts password logins on 127.0.0.1: give the postgres role one.
su postgres -c "psql -q -p $PORT -c \"ALTER USER postgres PASSWORD '$PASSWORD'\"" >&2
if ! su postgres -c "psql -p $PORT -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -qx 1; then
  su postgres -c "createdb -p $PORT $DB" >&2
fi
echo "jdbc:postgresql://localhost:$PORT/$DB?user=postgres&password=$PASSWORD"
