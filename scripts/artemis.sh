#!/usr/bin/env bash
# A standalone ActiveMQ Artemis broker for Desk Pilkada without Docker (README: "Production without Docker").
# Needs Java 17 and Maven only: the distribution comes from Maven Central in the version of the portal's client.
#
#   scripts/artemis.sh install          download and unpack the distribution (skipped when present)
#   scripts/artemis.sh create [--force] create the broker instance with the portal's dead-letter settings
#                                       (an existing instance is kept; --force rewrites its configuration, the
#                                       data directory stays)
#   scripts/artemis.sh start|stop|status
#   scripts/artemis.sh queues [ARGS]    message counts per queue (artemis queue stat ARGS)
#   scripts/artemis.sh journal-path     the data directory (journal, bindings, paging, large messages) to back up
#
# Environment: ARTEMIS_HOME_DIR (~/deskpilkada-artemis: dist/ and broker/ below it), ARTEMIS_HOST (127.0.0.1),
# ARTEMIS_PORT (61616), ARTEMIS_JAVA_MEMORY (1G heap), ARTEMIS_START_TIMEOUT (120 s), BROKER_USER (deskpilkada),
# BROKER_PASSWORD (required by create, start, status and queues - the same pair the portal gets; ARTEMIS_DEMO=1
# uses a published demo password instead, never for production), ARTEMIS_VERSION (the root pom's artemis.version),
# EVENTS_MAX_DELIVERY_ATTEMPTS and EVENTS_REDELIVERY_DELAY_MS (as for the portal's embedded broker).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEMO_PASSWORD="deskpilkada-demo"
# Same back-off ceiling and multiplier as EmbeddedBroker.
REDELIVERY_MULTIPLIER="2.0"
MAX_REDELIVERY_DELAY_MS=30000

# pom_property NAME: a property of the root pom, empty when the script runs without the repository.
pom_property() {
  if [ -f "$ROOT/pom.xml" ]; then
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1
  fi
}

# portal_default KEY FALLBACK: the portal's default for KEY, so both brokers dead-letter alike.
portal_default() {
  local file="$ROOT/web-portal/src/main/resources/META-INF/microprofile-config.properties" value=""
  if [ -f "$file" ]; then
    value=$(sed -n "s/^$1=//p" "$file" | head -1)
  fi
  echo "${value:-$2}"
}

ARTEMIS_VERSION="${ARTEMIS_VERSION:-$(pom_property artemis.version)}"
ARTEMIS_VERSION="${ARTEMIS_VERSION:-2.56.0}"
ARTEMIS_HOME_DIR="${ARTEMIS_HOME_DIR:-$HOME/deskpilkada-artemis}"
ARTEMIS_HOST="${ARTEMIS_HOST:-127.0.0.1}"
ARTEMIS_PORT="${ARTEMIS_PORT:-61616}"
ARTEMIS_JAVA_MEMORY="${ARTEMIS_JAVA_MEMORY:-1G}"
ARTEMIS_START_TIMEOUT="${ARTEMIS_START_TIMEOUT:-120}"
BROKER_USER="${BROKER_USER:-deskpilkada}"
MAX_DELIVERY_ATTEMPTS="${EVENTS_MAX_DELIVERY_ATTEMPTS:-$(portal_default events.max-delivery-attempts 5)}"
REDELIVERY_DELAY_MS="${EVENTS_REDELIVERY_DELAY_MS:-$(portal_default events.redelivery-delay-ms 500)}"

DIST="$ARTEMIS_HOME_DIR/dist/apache-artemis-$ARTEMIS_VERSION"
INSTANCE="$ARTEMIS_HOME_DIR/broker"
URL="tcp://$ARTEMIS_HOST:$ARTEMIS_PORT"

# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# password: BROKER_PASSWORD, or the demo password when ARTEMIS_DEMO=1; never a fixed production password.
password() {
  if [ -n "${BROKER_PASSWORD:-}" ]; then
    echo "$BROKER_PASSWORD"
  elif [ "${ARTEMIS_DEMO:-0}" = 1 ]; then
    echo "$DEMO_PASSWORD"
  else
    die "set BROKER_PASSWORD (the portal's broker password), or ARTEMIS_DEMO=1 for the demo password '$DEMO_PASSWORD'"
  fi
}

need_instance() {
  [ -f "$INSTANCE/etc/broker.xml" ] || die "no broker instance in $INSTANCE: run '$0 create' first"
}

running() { "$INSTANCE/bin/artemis-service" status >/dev/null 2>&1; }

# check_up PASSWORD: one connection attempt; --silent and no stdin, or a failure prompts for another URL.
check_up() {
  "$INSTANCE/bin/artemis" check node --up --silent --url "$URL" --user "$BROKER_USER" --password "$1" \
    </dev/null >"$INSTANCE/log/check.out" 2>&1
}

install() {
  need java mvn tar
  if [ -x "$DIST/bin/artemis" ]; then
    echo "Artemis $ARTEMIS_VERSION already installed in $DIST"
    return
  fi
  local download="$ARTEMIS_HOME_DIR/download" unpack="$ARTEMIS_HOME_DIR/dist/.unpack"
  echo "Downloading Artemis $ARTEMIS_VERSION with Maven into $download"
  mkdir -p "$download" "$ARTEMIS_HOME_DIR/dist"
  # -N: in the repository the root pom (and its dependency plugin version) applies, but not to every module
  (cd "$ROOT" && mvn -B -N dependency:copy \
    "-Dartifact=org.apache.artemis:apache-artemis:$ARTEMIS_VERSION:tar.gz:bin" "-DoutputDirectory=$download") \
    >"$ARTEMIS_HOME_DIR/download.log" 2>&1 || { tail -30 "$ARTEMIS_HOME_DIR/download.log" >&2; die "the download failed"; }
  # unpacked beside the target and moved at the end, so an interrupted run is not taken for an installation
  rm -rf "$unpack"
  mkdir -p "$unpack"
  tar -xzf "$download/apache-artemis-$ARTEMIS_VERSION-bin.tar.gz" -C "$unpack"
  [ -x "$unpack/apache-artemis-$ARTEMIS_VERSION/bin/artemis" ] || die "the archive has no apache-artemis-$ARTEMIS_VERSION/bin/artemis"
  mv "$unpack/apache-artemis-$ARTEMIS_VERSION" "$DIST"
  rmdir "$unpack"
  rm -f "$download/apache-artemis-$ARTEMIS_VERSION-bin.tar.gz"
  rmdir "$download" 2>/dev/null || true
  echo "Artemis $ARTEMIS_VERSION installed in $DIST"
}

# The portal's events (address deskpilkada.events, one queue per module) get the embedded broker's settings:
# a message failing MAX_DELIVERY_ATTEMPTS times goes to DLQ, which the portal's Events page reads and replays.
address_setting() {
  cat <<EOF
         <!-- Desk Pilkada (scripts/artemis.sh): as the portal's embedded broker -->
         <address-setting match="deskpilkada.#">
            <dead-letter-address>DLQ</dead-letter-address>
            <expiry-address>ExpiryQueue</expiry-address>
            <max-delivery-attempts>$MAX_DELIVERY_ATTEMPTS</max-delivery-attempts>
            <redelivery-delay>$REDELIVERY_DELAY_MS</redelivery-delay>
            <redelivery-delay-multiplier>$REDELIVERY_MULTIPLIER</redelivery-delay-multiplier>
            <max-redelivery-delay>$MAX_REDELIVERY_DELAY_MS</max-redelivery-delay>
            <!-- events of one region stay in order on one consumer; groups are shared out again when a portal joins -->
            <default-group-buckets>1024</default-group-buckets>
            <default-group-rebalance>true</default-group-rebalance>
            <default-group-rebalance-pause-dispatch>true</default-group-rebalance-pause-dispatch>
            <auto-create-queues>true</auto-create-queues>
            <auto-create-addresses>true</auto-create-addresses>
         </address-setting>
EOF
}

configure() {
  local xml="$INSTANCE/etc/broker.xml"
  if grep -q 'match="deskpilkada.#"' "$xml"; then
    echo "broker.xml already has the deskpilkada.# address-setting"
    return
  fi
  grep -q '<address-setting match="#">' "$xml" || die "$xml has no <address-setting match=\"#\"> to insert before"
  # awk, not sed: the block spans lines. It goes in front of the catch-all (and of its comment), where it is easy
  # to find; the acceptor speaks only CORE, the portal's and the CLI's protocol, so no other protocol is exposed.
  DESKPILKADA_SETTING="$(address_setting)" awk '
    !done && /<!-- *default for catch all *-->/ { held = $0; next }
    !done && /<address-setting match="#">/ { print ENVIRON["DESKPILKADA_SETTING"]; done = 1 }
    held != "" { print held; held = "" }
    /<acceptor name="artemis">/ { sub(/protocols=[A-Z,]*/, "protocols=CORE") }
    { print }' "$xml" >"$xml.new"
  mv "$xml.new" "$xml"
  if ! grep -q 'match="deskpilkada.#"' "$xml" \
    || ! grep -q "<max-delivery-attempts>$MAX_DELIVERY_ATTEMPTS</max-delivery-attempts>" "$xml" \
    || ! grep -q "<max-redelivery-delay>$MAX_REDELIVERY_DELAY_MS</max-redelivery-delay>" "$xml" \
    || ! grep -q '<acceptor name="artemis">[^<]*protocols=CORE;' "$xml"; then
    die "could not add the deskpilkada.# address-setting and the CORE-only acceptor to $xml"
  fi
  echo "broker.xml: deskpilkada.# -> DLQ after $MAX_DELIVERY_ATTEMPTS attempts, redelivery ${REDELIVERY_DELAY_MS} ms" \
    "x$REDELIVERY_MULTIPLIER up to $MAX_REDELIVERY_DELAY_MS ms; acceptor CORE only"
}

create() {
  local force=()
  case "${1:-}" in
    "") ;;
    --force) force=(--force) ;;
    *) die "create takes only --force" ;;
  esac
  case "$MAX_DELIVERY_ATTEMPTS$REDELIVERY_DELAY_MS" in
    *[!0-9]*) die "EVENTS_MAX_DELIVERY_ATTEMPTS and EVENTS_REDELIVERY_DELAY_MS must be whole numbers" ;;
  esac
  local pass
  pass=$(password)
  install
  if [ -f "$INSTANCE/etc/broker.xml" ] && [ ${#force[@]} -eq 0 ]; then
    echo "Broker instance $INSTANCE exists; kept (--force rewrites its configuration, the data stays)"
  else
    if [ -f "$INSTANCE/etc/broker.xml" ] && running; then
      die "the broker in $INSTANCE is running: stop it before --force"
    fi
    echo "Creating broker instance $INSTANCE ($URL, user $BROKER_USER)"
    # --silent: no prompts; --no-web: no console; only the main acceptor, which the portal's CORE client uses
    "$DIST/bin/artemis" create "$INSTANCE" "${force[@]}" --silent --require-login --no-web --nio \
      --host "$ARTEMIS_HOST" --default-port "$ARTEMIS_PORT" --user "$BROKER_USER" --password "$pass" \
      --java-memory "$ARTEMIS_JAVA_MEMORY" \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor >"$ARTEMIS_HOME_DIR/create.log"
  fi
  configure
}

start() {
  need_instance
  local pass log="$INSTANCE/log/artemis.log" offset=0 started=$SECONDS waited
  pass=$(password)
  if running; then
    echo "Broker already running"
  else
    # only this start's lines count: the log is appended to across restarts
    [ -f "$log" ] && offset=$(wc -c <"$log")
    "$INSTANCE/bin/artemis-service" start >/dev/null \
      || { tail -20 "$log" >&2 || true; die "the broker did not start"; }
    echo "Broker starting (log: $log)"
    # "AMQ221007: Server is now active": cheap to poll, while every check below is a JVM start
    until tail -c +"$((offset + 1))" "$log" 2>/dev/null | grep -q AMQ221007; do
      running || { tail -20 "$log" >&2 || true; die "the broker stopped while starting"; }
      waited=$((SECONDS - started))
      [ "$waited" -lt "$ARTEMIS_START_TIMEOUT" ] || die "not active after $waited s (see $log)"
      [ "$({ wc -c <"$log"; } 2>/dev/null || echo 0)" -ge "$offset" ] || offset=0 # the log rolled over
      echo "waiting for the broker to become active ($waited s)"
      sleep 2
    done
    echo "Broker active after $((SECONDS - started)) s"
  fi
  until check_up "$pass"; do
    waited=$((SECONDS - started))
    [ "$waited" -lt "$ARTEMIS_START_TIMEOUT" ] \
      || die "no answer on $URL after $waited s (see $log and $INSTANCE/log/check.out)"
    echo "waiting for an answer on $URL ($waited s)"
    sleep 2
  done
  echo "Broker up on $URL (user $BROKER_USER) after $((SECONDS - started)) s"
}

stop() {
  need_instance
  if ! running; then
    echo "Broker not running"
    return
  fi
  local started=$SECONDS
  # artemis-service itself waits only 5 s for the graceful shutdown
  "$INSTANCE/bin/artemis-service" stop >/dev/null || true
  while running; do
    [ $((SECONDS - started)) -lt 60 ] || die "still running after 60 s; '$INSTANCE/bin/artemis-service force-stop' kills it"
    echo "waiting for the broker to stop ($((SECONDS - started)) s)"
    sleep 2
  done
  echo "Broker stopped after $((SECONDS - started)) s"
}

status() {
  need_instance
  echo "instance: $INSTANCE (Artemis $ARTEMIS_VERSION in $DIST)"
  if ! running; then
    echo "stopped"
    return 3
  fi
  local pass
  pass=$(password)
  echo "process: running (pid $(cat "$INSTANCE/data/artemis.pid"))"
  if check_up "$pass"; then
    echo "broker: up on $URL"
  else
    echo "broker: check failed on $URL, not up or wrong user/password (see $INSTANCE/log/check.out)"
    return 1
  fi
}

queues() {
  need_instance
  local pass
  pass=$(password)
  "$INSTANCE/bin/artemis" queue stat --silent --url "$URL" --user "$BROKER_USER" --password "$pass" "$@" </dev/null
}

# journal_path: the directories broker.xml names for the message data, resolved against the instance; all
# four normally share one parent, which is what a backup copies.
journal_path() {
  need_instance
  local element dir
  for element in journal-directory bindings-directory paging-directory large-messages-directory; do
    dir=$(sed -n "s:.*<$element>\(.*\)</$element>.*:\1:p" "$INSTANCE/etc/broker.xml" | head -1)
    [ -n "$dir" ] || die "broker.xml has no <$element>"
    case "$dir" in /*) ;; *) dir="$INSTANCE/$dir" ;; esac
    dirname "$dir"
  done | sort -u
}

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

command="${1:-help}"
[ $# -gt 0 ] && shift
case "$command" in
  install) install ;;
  create) create "$@" ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  queues) queues "$@" ;;
  journal-path) journal_path ;;
  help | -h | --help) usage ;;
  *) usage >&2; exit 2 ;;
esac
