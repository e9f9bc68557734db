# Sourced by .ci/run (as root, under `set -euo pipefail`): starts a throw-away PostgreSQL on
# loopback for the server tests and exports ASSENT_TEST_PG_URL. Safe to source twice: a cluster
# that is already up is reused. Never `exit` here: this file runs inside the caller's shell.
assent_pg_start() {
  local bin port dir sock runas
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  port=${ASSENT_PG_PORT:-5433}
  dir=${ASSENT_PG_DIR:-/tmp/assent-pg}
  sock=/tmp
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "test-postgres: PostgreSQL binaries not found; PostgreSQL tests will be skipped" >&2
    return 0
  fi
  # initdb and postgres refuse to run as root: use the `postgres` account when we are root.
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    runas=(runuser -u postgres --)
  else
    runas=()
  fi
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if [ ! -s "$dir/PG_VERSION" ]; then
      rm -rf "$dir"
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      "${runas[@]}" "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
    fi
    "${runas[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 start \
      -o "-p $port -k $sock -c listen_addresses=127.0.0.1" >/dev/null
  fi
  if ! "${runas[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname = 'assent_test'" | grep -q 1; then
    "${runas[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres assent_test
  fi
  export ASSENT_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/assent_test"
  echo "test-postgres: PostgreSQL up, ASSENT_TEST_PG_URL=$ASSENT_TEST_PG_URL"
}
assent_pg_start
unset -f assent_pg_start
