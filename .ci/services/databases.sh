#!/usr/bin/env bash
# PostgreSQL (127.0.0.1:5432, trust auth, database test) and MariaDB (127.0.0.1:3306, root
# without password, database test) for the tests. This machine kind runs both already; on a
# fresh Debian machine without them this installs and starts them. Idempotent.
set -euo pipefail

wait_for() { # name, command...
  local name=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then echo "$name answers"; return 0; fi
    sleep 1
  done
  echo "$name does not answer" >&2
  return 1
}

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# PostgreSQL
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt_install postgresql
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  conf=/etc/postgresql/$version/main
  if ! grep -q "djk8s-ci" "$conf/pg_hba.conf"; then
    sed -i '1i host all all 127.0.0.1/32 trust # djk8s-ci\nhost all all ::1/128 trust # djk8s-ci' "$conf/pg_hba.conf"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
fi
wait_for PostgreSQL pg_isready -q -h 127.0.0.1 -p 5432
[ "$(psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'")" = 1 ] \
  || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test"

# MariaDB
if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  apt_install mariadb-server
fi
if ! mariadb -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1; then
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  wait_for MariaDB mariadb -u root -e 'SELECT 1'
  # root over TCP without a password, as the tests expect
  mariadb -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket" || true
fi
wait_for MariaDB mariadb -h 127.0.0.1 -u root -e 'SELECT 1'
mariadb -h 127.0.0.1 -u root -e 'CREATE DATABASE IF NOT EXISTS test'
