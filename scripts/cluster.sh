#!/usr/bin/env bash
# Desk Pilkada in production shape on one machine, without Docker (README: "Production without Docker"):
# PostgreSQL (running already), the standalone Artemis broker of scripts/artemis.sh and two portals from the
# runnable jar, joined in one Payara Micro cluster over loopback. For operators and for fault tests.
#
#   scripts/cluster.sh start [--demo]      database (created if missing), broker (created if missing), then
#                                          node 1 (it migrates the database) and node 2, each waited for until
#                                          /health/ready answers 200; --demo = DESKPILKADA_PROFILE=demo and
#                                          ARTEMIS_DEMO=1 (published demo passwords, never for production)
#   scripts/cluster.sh stop [node1|node2|broker|all]   graceful (SIGTERM), killed after NODE_STOP_TIMEOUT; all
#                                          (the default) stops node 2, node 1, then the broker
#   scripts/cluster.sh kill node1|node2    kill -9, no shutdown at all (fault tests)
#   scripts/cluster.sh restart node1|node2 [--demo]     stop and start one node (same environment as start)
#   scripts/cluster.sh status              per node: process, /health/ready, cluster size (newest "DG Size"
#                                          in its log); then the broker. Exit code 1 when anything is down
#   scripts/cluster.sh logs node1|node2 [-f]            the last CLUSTER_LOG_LINES (100) lines; -f follows
#   scripts/cluster.sh destroy --yes       stop all, drop the database, delete the broker instance and the
#                                          node directories (the downloaded Artemis stays)
#
# Environment: CLUSTER_DIR (~/deskpilkada-cluster: node1/ and node2/ with portal.log, portal.pid and the
# node's DATA_DIR; artemis/ by default), CLUSTER_DB (deskpilkada_cluster), PG_HOST (127.0.0.1), PG_PORT (5432),
# PG_SUPERUSER (postgres: psql creates the role and the database; PGPASSWORD works as for psql),
# DB_USER (deskpilkada: created as a login role if missing, owner of the database), DB_PASSWORD (the role's
# password for the portals, set for a new role when given; unset, the portals log in without one: trust only), DESKPILKADA_PROFILE (production; ADMIN_PASSWORD is
# then required while the database has no accounts yet: the first admin's password), NODE1_PORT/NODE2_PORT
# (HTTP, 8081/8082), NODE1_HZPORT/NODE2_HZPORT (Hazelcast, 6910/6911), NODE_START_TIMEOUT (600 s per node),
# NODE_STOP_TIMEOUT (60 s), JAVA_OPTS (JVM options of both nodes), LOG_FORMAT (json: JSON log lines),
# PORTAL_JAR (web-portal/target/deskpilkada-portal-microbundle.jar, built when missing), and for the broker
# ARTEMIS_HOME_DIR (CLUSTER_DIR/artemis), ARTEMIS_HOST (127.0.0.1), ARTEMIS_PORT (61617), BROKER_USER
# (deskpilkada), BROKER_PASSWORD (required, or ARTEMIS_DEMO=1) and the rest of scripts/artemis.sh's variables.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ARTEMIS_SH="$ROOT/scripts/artemis.sh"

CLUSTER_DIR="${CLUSTER_DIR:-$HOME/deskpilkada-cluster}"
CLUSTER_DB="${CLUSTER_DB:-deskpilkada_cluster}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_SUPERUSER="${PG_SUPERUSER:-postgres}"
export DB_USER="${DB_USER:-deskpilkada}"
export DESKPILKADA_PROFILE="${DESKPILKADA_PROFILE:-production}"
NODE1_PORT="${NODE1_PORT:-8081}"
NODE2_PORT="${NODE2_PORT:-8082}"
NODE1_HZPORT="${NODE1_HZPORT:-6910}"
NODE2_HZPORT="${NODE2_HZPORT:-6911}"
NODE_START_TIMEOUT="${NODE_START_TIMEOUT:-600}"
NODE_STOP_TIMEOUT="${NODE_STOP_TIMEOUT:-60}"
CLUSTER_LOG_LINES="${CLUSTER_LOG_LINES:-100}"
PORTAL_JAR="${PORTAL_JAR:-$ROOT/web-portal/target/deskpilkada-portal-microbundle.jar}"
# artemis.sh reads these; a port of its own, so a broker on the default 61616 is not touched
export ARTEMIS_HOME_DIR="${ARTEMIS_HOME_DIR:-$CLUSTER_DIR/artemis}"
export ARTEMIS_HOST="${ARTEMIS_HOST:-127.0.0.1}"
export ARTEMIS_PORT="${ARTEMIS_PORT:-61617}"
export BROKER_USER="${BROKER_USER:-deskpilkada}"

CLUSTER_NAME=deskpilkada
MEMBERS="127.0.0.1:$NODE1_HZPORT,127.0.0.1:$NODE2_HZPORT"
READY_POLL_SECONDS=5

# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# --demo: the demo profile and, unless a broker password is given, the broker's published demo password
demo_option() {
  case "${1:-}" in
    "") ;;
    --demo)
      export DESKPILKADA_PROFILE=demo
      [ -n "${BROKER_PASSWORD:-}" ] || export ARTEMIS_DEMO=1
      ;;
    *) die "unknown option '$1' (only --demo)" ;;
  esac
}

# The portals need the password artemis.sh gives the broker: BROKER_PASSWORD, or its demo password.
broker_password() {
  if [ -n "${BROKER_PASSWORD:-}" ]; then
    echo "$BROKER_PASSWORD"
  elif [ "${ARTEMIS_DEMO:-0}" = 1 ]; then
    sed -n 's/^DEMO_PASSWORD="\(.*\)"$/\1/p' "$ARTEMIS_SH"
  else
    die "set BROKER_PASSWORD (broker and portals share it), or ARTEMIS_DEMO=1 / --demo for the demo password"
  fi
}

psql_admin() {
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" -v ON_ERROR_STOP=1 -X -q -At "$@"
}

# ensure_database: the login role and the database it owns; both are kept when they exist.
ensure_database() {
  need psql
  if [ -z "$(psql_admin -d postgres -v role="$DB_USER" <<<"select 1 from pg_roles where rolname = :'role'")" ]; then
    echo "Creating PostgreSQL role $DB_USER"
    # psql variables quote the name and the password; -c would not interpolate them
    psql_admin -d postgres -v role="$DB_USER" -v pw="${DB_PASSWORD:-}" <<'SQL'
select (:'pw' = '') as no_password \gset
\if :no_password
create role :"role" login;
\else
create role :"role" login password :'pw';
\endif
SQL
  fi
  if [ -z "$(psql_admin -d postgres -v db="$CLUSTER_DB" <<<"select 1 from pg_database where datname = :'db'")" ]; then
    echo "Creating PostgreSQL database $CLUSTER_DB (owner $DB_USER)"
    psql_admin -d postgres -v db="$CLUSTER_DB" -v role="$DB_USER" \
      <<<"create database :\"db\" owner :\"role\" encoding 'UTF8' template template0;"
  else
    echo "PostgreSQL database $CLUSTER_DB exists"
  fi
}

# A database without the accounts table has never seen a portal: its first admin needs ADMIN_PASSWORD.
check_admin_password() {
  [ "$DESKPILKADA_PROFILE" != demo ] || return 0
  [ -z "${ADMIN_PASSWORD:-}" ] || return 0
  if [ "$(psql_admin -d "$CLUSTER_DB" <<<"select to_regclass('plt_user_account') is not null")" != t ]; then
    die "the production profile creates the first 'admin' on this new database: set ADMIN_PASSWORD (or use --demo)"
  fi
}

ensure_broker() {
  "$ARTEMIS_SH" create
  "$ARTEMIS_SH" start
}

ensure_jar() {
  [ -f "$PORTAL_JAR" ] && return 0
  need mvn
  echo "No $PORTAL_JAR: building (mvn -B -q -o install -DskipTests)"
  (cd "$ROOT" && mvn -B -q -o install -DskipTests) || die "the build failed"
  [ -f "$PORTAL_JAR" ] || die "the build made no $PORTAL_JAR"
}

node_dir() { echo "$CLUSTER_DIR/node$1"; }
node_log() { echo "$(node_dir "$1")/portal.log"; }
node_pidfile() { echo "$(node_dir "$1")/portal.pid"; }
node_port() { if [ "$1" = 1 ]; then echo "$NODE1_PORT"; else echo "$NODE2_PORT"; fi; }
node_hzport() { if [ "$1" = 1 ]; then echo "$NODE1_HZPORT"; else echo "$NODE2_HZPORT"; fi; }

# node_number ARG: 1 or 2 from node1/node2
node_number() {
  case "${1:-}" in
    node1) echo 1 ;;
    node2) echo 2 ;;
    *) die "name a node: node1 or node2" ;;
  esac
}

# node_pid N: the pid of a running node, nothing when it is not running (a stale pid file is ignored, also
# when the pid was reused by another program)
node_pid() {
  local pidfile pid
  pidfile=$(node_pidfile "$1")
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--name portal$1 "; then
    echo "$pid"
  fi
}

port_taken() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ready_code() {
  curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$(node_port "$1")/health/ready" || true
}

# dg_size N: the newest cluster size node N logged ("DG Size: 2"); the default log has ANSI colours
dg_size() {
  local log
  log=$(node_log "$1")
  [ -f "$log" ] || return 0
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -ao 'DG Size: [0-9]*' | tail -1 | sed 's/DG Size: //'
}

fail_node() {
  local n=$1 message=$2
  echo "--- last 40 lines of $(node_log "$n")" >&2
  tail -40 "$(node_log "$n")" >&2 || true
  die "node$n: $message"
}

start_node() {
  local n=$1 dir log pid port hzport started code waited
  dir=$(node_dir "$n")
  log=$(node_log "$n")
  port=$(node_port "$n")
  hzport=$(node_hzport "$n")
  if [ -n "$(node_pid "$n")" ]; then
    echo "node$n already running (pid $(node_pid "$n"))"
    return 0
  fi
  # Payara would move the Hazelcast port silently (outside the member list) and fail on a taken HTTP port
  port_taken "$port" && die "node$n: port $port is in use"
  port_taken "$hzport" && die "node$n: Hazelcast port $hzport is in use"
  mkdir -p "$dir"
  # Payara's runtime directory starts clean, as in run.sh: a remembered deployment would deploy twice
  rm -rf "$dir/payara"
  [ -f "$log" ] && mv "$log" "$log.1"
  local logging=()
  if [ "${LOG_FORMAT:-}" = json ]; then
    logging=(--logproperties "$ROOT/scripts/logging-json.properties")
  fi
  local password
  password=$(broker_password)
  # in a subshell that becomes the JVM: the secrets go into its environment, not onto its command line;
  # setsid, so that a Ctrl-C while this script waits does not reach the node
  (
    export DATA_DIR="$dir" DB_DSCLASS=org.postgresql.ds.PGSimpleDataSource \
      DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$CLUSTER_DB" BROKER_URL="tcp://$ARTEMIS_HOST:$ARTEMIS_PORT" \
      BROKER_PASSWORD="$password"
    # shellcheck disable=SC2086
    exec setsid nohup java ${JAVA_OPTS:-} -jar "$PORTAL_JAR" --port "$port" --name "portal$n" \
      --clustername "$CLUSTER_NAME" --clustermode "tcpip:$MEMBERS" --startport "$hzport" \
      --interfaces 127.0.0.1 --nohostaware --rootdir "$dir/payara" "${logging[@]}" </dev/null >"$log" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$(node_pidfile "$n")"
  started=$SECONDS
  # the subshell still has this script's command line until it becomes the JVM
  while [ -z "$(node_pid "$n")" ] && kill -0 "$pid" 2>/dev/null && [ $((SECONDS - started)) -lt 10 ]; do
    sleep 0.2
  done
  echo "node$n starting: pid $pid, http://127.0.0.1:$port, Hazelcast 127.0.0.1:$hzport, log $log"
  while :; do
    code=$(ready_code "$n")
    waited=$((SECONDS - started))
    [ "$code" = 200 ] && break
    # node_pid, not kill -0: a node that died while this script waits is its zombie child
    [ -n "$(node_pid "$n")" ] || { rm -f "$(node_pidfile "$n")"; fail_node "$n" "stopped while starting"; }
    [ "$waited" -lt "$NODE_START_TIMEOUT" ] \
      || fail_node "$n" "not ready after $waited s (still running: '$0 stop node$n' ends it)"
    echo "node$n: waiting for /health/ready ($waited s, HTTP ${code:-none})"
    sleep "$READY_POLL_SECONDS"
  done
  local boot
  boot=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -ao 'ready in [0-9,.]* (ms)' | tail -1 || true)
  echo "node$n ready after $((SECONDS - started)) s (Payara: ${boot:-?}), cluster size $(dg_size "$n")"
}

stop_node() {
  local n=$1 pid started
  pid=$(node_pid "$n")
  if [ -z "$pid" ]; then
    echo "node$n not running"
    rm -f "$(node_pidfile "$n")"
    return 0
  fi
  started=$SECONDS
  echo "node$n stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while [ -n "$(node_pid "$n")" ]; do
    if [ $((SECONDS - started)) -ge "$NODE_STOP_TIMEOUT" ]; then
      echo "node$n still running after $NODE_STOP_TIMEOUT s: kill -9"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 1
  done
  rm -f "$(node_pidfile "$n")"
  echo "node$n stopped after $((SECONDS - started)) s"
}

kill_node() {
  local n=$1 pid
  pid=$(node_pid "$n")
  [ -n "$pid" ] || die "node$n is not running"
  kill -KILL "$pid"
  while [ -n "$(node_pid "$n")" ]; do sleep 0.2; done
  rm -f "$(node_pidfile "$n")"
  echo "node$n killed (kill -9, pid $pid)"
}

start() {
  demo_option "$@"
  need java curl setsid
  broker_password >/dev/null
  ensure_jar
  ensure_database
  check_admin_password
  ensure_broker
  start_node 1
  start_node 2
  echo "Cluster up: http://127.0.0.1:$NODE1_PORT and http://127.0.0.1:$NODE2_PORT (profile $DESKPILKADA_PROFILE)"
}

stop() {
  case "${1:-all}" in
    node1) stop_node 1 ;;
    node2) stop_node 2 ;;
    broker) "$ARTEMIS_SH" stop ;;
    all)
      # the nodes first: a node without its broker only keeps reconnecting
      stop_node 2
      stop_node 1
      if [ -f "$ARTEMIS_HOME_DIR/broker/etc/broker.xml" ]; then
        "$ARTEMIS_SH" stop
      fi
      ;;
    *) die "stop what: node1, node2, broker or all" ;;
  esac
}

restart() {
  local n
  n=$(node_number "${1:-}")
  shift
  demo_option "$@"
  stop_node "$n"
  start_node "$n"
}

status() {
  local n pid code size down=0
  for n in 1 2; do
    pid=$(node_pid "$n")
    code=$(ready_code "$n")
    size=$(dg_size "$n")
    # a node that is down shows the size it logged last, which is stale
    printf 'node%s: %s, http://127.0.0.1:%s/health/ready %s, DG Size: %s%s\n' "$n" \
      "$([ -n "$pid" ] && echo "running (pid $pid)" || echo "not running")" "$(node_port "$n")" "${code:-none}" \
      "${size:-?}" "$([ -n "$pid" ] || echo " (last logged)")"
    [ -n "$pid" ] && [ "$code" = 200 ] || down=1
  done
  echo -n "broker: "
  if [ -f "$ARTEMIS_HOME_DIR/broker/etc/broker.xml" ]; then
    if ! "$ARTEMIS_SH" status | tr '\n' ';' | sed 's/;$/\n/'; then
      down=1
    fi
  else
    echo "no instance in $ARTEMIS_HOME_DIR/broker"
    down=1
  fi
  return "$down"
}

logs() {
  local n
  n=$(node_number "${1:-}")
  [ -f "$(node_log "$n")" ] || die "node$n has no log yet ($(node_log "$n"))"
  case "${2:-}" in
    -f) tail -n "$CLUSTER_LOG_LINES" -F "$(node_log "$n")" ;;
    "") tail -n "$CLUSTER_LOG_LINES" "$(node_log "$n")" ;;
    *) die "logs takes only -f" ;;
  esac
}

destroy() {
  [ "${1:-}" = --yes ] || die "destroy deletes database $CLUSTER_DB and the broker's messages: confirm with --yes"
  stop all
  echo "Dropping PostgreSQL database $CLUSTER_DB"
  psql_admin -d postgres -v db="$CLUSTER_DB" <<<"drop database if exists :\"db\" with (force);"
  rm -rf "$ARTEMIS_HOME_DIR/broker" "$(node_dir 1)" "$(node_dir 2)"
  echo "Deleted the broker instance and the node directories (kept: role $DB_USER, Artemis in $ARTEMIS_HOME_DIR/dist)"
}

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

command="${1:-help}"
[ $# -gt 0 ] && shift
case "$command" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  kill)
    node=$(node_number "${1:-}") # an assignment, so that set -e ends the script on a wrong name
    kill_node "$node"
    ;;
  restart) restart "$@" ;;
  status) status ;;
  logs) logs "$@" ;;
  destroy) destroy "$@" ;;
  help | -h | --help) usage ;;
  *) usage >&2; exit 2 ;;
esac
