# Sourced by .ci/run (as root, under `set -euo pipefail`): starts a throw-away PostgreSQL on
# loopback for the server tests and exports ASSENT_TEST_PG_URL. Safe to source twice: a cluster
# that is already up is reused. Never `exit` here: this file runs inside the caller's shell.
# When PostgreSQL cannot be started, it says so and the server tests print that PostgreSQL was
# not tested (they still run against SQLite).
assent_pg_start() {
  local bin port dir runas=()
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  port=${ASSENT_PG_PORT:-5433}
  dir=${ASSENT_PG_DIR:-/tmp/assent-pg}
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "test-postgres: PostgreSQL binaries not found; PostgreSQL will not be tested" >&2
    return 0
  fi
  # initdb and postgres refuse to run as root: use the `postgres` account when we are root.
  if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /var/lib/postgresql postgres || { echo "test-postgres: cannot create user postgres" >&2; return 0; }
    fi
    runas=(runuser -u postgres --)
  fi
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if [ ! -s "$dir/PG_VERSION" ]; then
      rm -rf "$dir"
      mkdir -p "$dir"
      if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
      "${runas[@]}" "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null ||
        { echo "test-postgres: initdb failed; PostgreSQL will not be tested" >&2; return 0; }
    fi
    "${runas[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 start \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" >/dev/null ||
      { echo "test-postgres: PostgreSQL did not start (see $dir/server.log); it will not be tested" >&2; return 0; }
  fi
  if ! "${runas[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname = 'assent_test'" | grep -q 1; then
    "${runas[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres assent_test ||
      { echo "test-postgres: createdb failed; PostgreSQL will not be tested" >&2; return 0; }
  fi
  export ASSENT_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/assent_test"
  echo "test-postgres: PostgreSQL up, ASSENT_TEST_PG_URL=$ASSENT_TEST_PG_URL"
}
assent_pg_start
unset -f assent_pg_start
