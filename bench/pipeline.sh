#!/usr/bin/env bash
# Benchmark: the event pipeline (outbox → relay → Artemis topic → one shared durable subscription per module →
# inbox) of a two-node cluster in production shape (scripts/cluster.sh: PostgreSQL, the standalone broker, two
# portals), beside the raw broker in the same run; the portal's start-up beside a bare Payara Micro; the dashboard
# under 50 concurrent users.
#  1. Start-up, before the cluster (one Payara at a time): the portal as ./run.sh starts it (one node, embedded
#     H2 and in-VM broker, demo profile) against a bare Payara Micro of the same version deploying an empty WAR.
#     Time from launching the JVM to the first HTTP 200 (portal: /health/ready, bare: the empty WAR's page), polled
#     every 50 ms; Payara's own "ready in" figure is printed beside it. Medians of STARTUP_RUNS (3) restarts; the
#     portal's first start on an empty data directory (schema, regions, demo data) is reported on its own.
#  2. A fresh cluster (scripts/cluster.sh start --demo, on ports and a database of its own) and a warm-up: the
#     top mixed rate (see 4.) for WARMUP_SECONDS (120). Fresh JVMs spend about a third of their CPU in the JIT
#     compilers for minutes (JFR: C2 CompilerThread at 38-44 % of a node's CPU), and on 2 CPUs that alone doubles
#     the tail: the steps measure the nodes as they run for days, and the warm-up's own figures are printed (not
#     a result). The warm-up also tells which inboxes handle security.IncidentReported (today dsk_inbox and
#     lgs_inbox) and the events' average body size.
#  3. Raw broker, same broker, same run: `artemis perf client`, persistent messages of that size on a queue of their
#     own, one producer and one consumer for RAW_SECONDS: (a) each send confirmed before the next, as a blocking
#     JMS send of a persistent message (confirmationWindowSize set, one pending) = raw_msg_per_s, the baseline of
#     share_of_raw_pct; (b) sends not awaited (the perf client's default) = raw_async_msg_per_s, the broker's own
#     ceiling, with share_of_raw_async_pct beside it. The relay lies between the two: it sends a batch without
#     awaiting each message and then waits once for the broker's confirmations of the batch.
#  4. Pipeline steps of STEP_SECONDS each; after each, the script waits until every handling inbox holds all the
#     step's events. Per event, commit→handled = the slowest handling module's inbox.handled_at (set when its
#     handler transaction starts) − plt_outbox.occurred_at (set by the publisher just before commit), both UTC on
#     this machine's clock; p50/p99 by percentile_cont; the relay's share (occurred_at → sent_at) beside it.
#     - REST steps at REST_RATES (20 50) reports/s, open loop, and one closed loop with MAX_WORKERS clients
#       (rest_commit_per_s): each field report (POST /api/incidents as the security officer of 53.71, one session
#       per node, round-robin) commits an incident, its audit entry and one outbox row, and wakes its node's relay.
#       A report answered with the container's HTML 403 (Payara's form login under concurrent sessions,
#       payara/Payara#6145, before the portal's own mechanism) would be retried, as a phone would (the report is
#       idempotent by its client request id), and counted (retried_403; 0 since then).
#       On this machine the front door tops out well below 200/s (the audit chain's head row serialises reports
#       cluster-wide; 2 CPUs carry both nodes, PostgreSQL, the broker and the load), so:
#     - mixed steps at MIX_RATES (100 200) events/s: REST_IN_MIX (40) reports/s over REST, which wake the relays
#       as any commit does, plus the rest committed straight into plt_outbox over JDBC (the same envelope, PENDING)
#       by bench/PipelineLoad.java, both starting together after the REST load's logins (MIX_START_MS, 5000, after
#       launching them: rows committed before any report would wait for the relay's poll, as nothing woke it);
#       p50_ms_at_200/p99_ms_at_200 come from the 200 step.
#     - a backlog of BACKLOG (4000) events committed at once: pipeline_ev_per_s = BACKLOG / (last handled − first
#       sent), the pipeline's drain rate (the wait for the relay's next poll excluded); share_of_raw_pct =
#       pipeline_ev_per_s / raw_msg_per_s × 100 (target ≥ 30); share_of_raw_async_pct against (b).
#     sends_per_event = the relays' sends over the run (deskpilkada_events_published_total of both nodes) per event
#     sent: 1.0 when the relay rounds are once per cluster; the broker's duplicate detection and the inboxes absorb
#     a second send.
#  5. Dashboard: USERS (50) sessions of the leadership account (53.71), half on each node, each requesting back to
#     back (no think time, as wrk -c50) for DASHBOARD_SECONDS after a 5 s warm-up: the page
#     /desk/dashboard.xhtml?r=53.71 (dashboard_p95_ms) and GET /api/desk/53.71 (dashboard_api_p95_ms); failed
#     requests are counted, not timed (today mostly that spurious 403).
# Takes 12 minutes on a quiet machine, 9 with STARTUP_RUNS=0, which leaves out the start-ups (7 Payara starts).
# Prints a progress line per phase and step, and ends with:
#   RESULT raw_msg_per_s=… raw_async_msg_per_s=… pipeline_ev_per_s=… share_of_raw_pct=… share_of_raw_async_pct=…
#          rest_commit_per_s=…
#          handled_per_s_at_200=… p50_ms_at_200=… p99_ms_at_200=… sends_per_event=… startup_portal_ms=…
#          startup_portal_cold_ms=… startup_bare_ms=… startup_ratio=… dashboard_p95_ms=… dashboard_api_p95_ms=…
#          dashboard_failed_pct=… users=… load1=…
# The load generator, PostgreSQL and the broker run on the same 2 CPUs as the portals: the figures are of the
# whole machine. The cluster keeps out of the way of a default one: CLUSTER_DIR (bench/target/pipeline/cluster),
# BENCH_DB (deskpilkada_bench_pipeline, dropped and created afresh), NODE1_PORT/NODE2_PORT (8281/8282),
# NODE1_HZPORT/NODE2_HZPORT (6930/6931), ARTEMIS_PORT (61637), STARTUP_PORT (8283). Sizes: STARTUP_RUNS,
# WARMUP_SECONDS (120), MIX_START_MS, RAW_SECONDS (15), STEP_SECONDS (20), REST_RATES, MAX_WORKERS (8),
# MIX_RATES, REST_IN_MIX, BACKLOG, USERS, DASHBOARD_SECONDS (20), REGION (53.71). Needs the portal's jar (built
# offline when missing), payara-micro in ~/.m2 (the build puts it there) and Maven Central for the first download
# of Artemis.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-deskpilkada_bench_pipeline}
JAR=web-portal/target/deskpilkada-portal-microbundle.jar
WORK=bench/target/pipeline
STARTUP_PORT=${STARTUP_PORT:-8283}
STARTUP_RUNS=${STARTUP_RUNS:-3}
WARMUP_SECONDS=${WARMUP_SECONDS:-120}
MIX_START_MS=${MIX_START_MS:-5000}
RAW_SECONDS=${RAW_SECONDS:-15}
STEP_SECONDS=${STEP_SECONDS:-20}
REST_RATES=${REST_RATES:-20 50}
MAX_WORKERS=${MAX_WORKERS:-8}
MIX_RATES=${MIX_RATES:-100 200}
REST_IN_MIX=${REST_IN_MIX:-40}
BACKLOG=${BACKLOG:-4000}
USERS=${USERS:-50}
DASHBOARD_SECONDS=${DASHBOARD_SECONDS:-20}
REGION=${REGION:-53.71}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-300}
PASSWORD='Pilkada2024!' # the demo accounts' published password
INBOXES="dsk_inbox mtg_inbox lgs_inbox sec_inbox plt_notification_inbox"

export CLUSTER_DIR=${CLUSTER_DIR:-$PWD/$WORK/cluster} CLUSTER_DB=$DB PG_HOST=$PGHOST PG_PORT=$PGPORT \
  PG_SUPERUSER=$PGUSER NODE1_PORT=${NODE1_PORT:-8281} NODE2_PORT=${NODE2_PORT:-8282} \
  NODE1_HZPORT=${NODE1_HZPORT:-6930} NODE2_HZPORT=${NODE2_HZPORT:-6931} ARTEMIS_PORT=${ARTEMIS_PORT:-61637} \
  NODE_START_TIMEOUT=${NODE_START_TIMEOUT:-300}
BASES="http://127.0.0.1:$NODE1_PORT,http://127.0.0.1:$NODE2_PORT"
ARTEMIS_CLI=$CLUSTER_DIR/artemis/broker/bin/artemis
BROKER_PASSWORD_DEMO=$(sed -n 's/^DEMO_PASSWORD="\(.*\)"$/\1/p' scripts/artemis.sh)

started=$SECONDS
progress() { printf '[%4d s] %s\n' $((SECONDS - started)) "$*"; }
sql() { psql_db -d "$DB" -tA -F ' ' "$@"; }

# --------------------------------------------------------------------------------------------- set-up, clean-up

payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
BARE_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar
[ -f "$JAR" ] || mvn -B -q -o package -DskipTests
[ -f "$BARE_JAR" ] || { echo "no $BARE_JAR (built with the portal's dependencies)"; exit 1; }
pg_driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -1)
rm -rf "$WORK/classes" "$WORK/startup"
mkdir -p "$WORK/classes" "$WORK/startup"
javac -d "$WORK/classes" bench/PipelineLoad.java
load() { java -XX:+UseSerialGC -cp "$WORK/classes:$pg_driver" PipelineLoad "$@"; }

# a cluster left by an earlier run would share the CPUs with the start-ups: stopped, its database and broker
# instance deleted (the downloaded Artemis stays)
mkdir -p "$WORK"
scripts/cluster.sh destroy --yes > "$WORK/cluster-destroy.log" 2>&1 || { tail -20 "$WORK/cluster-destroy.log"; exit 1; }
startup_pid=""
cluster_up=no
cleanup() {
  local code=$?
  if [ -n "$startup_pid" ]; then kill "$startup_pid" 2>/dev/null || true; wait "$startup_pid" 2>/dev/null || true; fi
  if [ "$cluster_up" = yes ]; then
    scripts/cluster.sh stop all > "$WORK/cluster-stop.log" 2>&1 || tail -5 "$WORK/cluster-stop.log"
    psql_db -d postgres -q -c "drop database if exists $DB with (force)" || true
  fi
  exit $code
}
trap cleanup EXIT
set -o errtrace
trap 'echo "bench/pipeline.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

# ------------------------------------------------------------------------------------------------ 1. start-up

# time_to_200 URL LOG COMMAND...: launches COMMAND, sets t200_ms to the ms until URL answers 200 and t200_ready to
# Payara's "ready in", then stops it (SIGTERM, as an operator would; the next start needs the embedded database
# closed). Not in a subshell: the EXIT trap must know the pid.
time_to_200() {
  local url=$1 log=$2 t0
  shift 2
  t0=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  startup_pid=$!
  until [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url")" = 200 ]; do
    kill -0 "$startup_pid" 2>/dev/null || { echo "did not start:"; tail -20 "$log"; exit 1; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 600 ] || { echo "no 200 from $url in 600 s"; exit 1; }
    sleep 0.05
  done
  t200_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # Payara logs its "ready in" just after it starts answering
  for _ in $(seq 1 30); do
    t200_ready=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -oE 'ready in [0-9,]+ \(ms\)' | head -1 | tr -dc 0-9) || true
    [ -z "$t200_ready" ] || break
    sleep 0.1
  done
  kill "$startup_pid"; wait "$startup_pid" 2>/dev/null || true
  startup_pid=""
}

startup_portal_ms=-; startup_portal_cold_ms=-; startup_bare_ms=-; startup_ratio=-
if [ "$STARTUP_RUNS" -gt 0 ]; then
  progress "== 1. start-up: portal (embedded H2 and broker, demo profile, as ./run.sh) vs bare Payara Micro" \
    "$payara_version with an empty WAR; launch to first HTTP 200"
  mkdir -p "$WORK/startup/empty"
  echo '<!DOCTYPE html><title>empty</title>' > "$WORK/startup/empty/index.html"
  jar --create --file "$WORK/startup/empty.war" -C "$WORK/startup/empty" index.html
  portal_data=$PWD/$WORK/startup/portal-data
  portal_start() {
    rm -rf "$portal_data/payara"
    time_to_200 "http://127.0.0.1:$STARTUP_PORT/health/ready" "$WORK/startup/portal-$1.log" \
      env DATA_DIR="$portal_data" DESKPILKADA_PROFILE=demo \
      java -jar "$JAR" --port "$STARTUP_PORT" --rootdir "$portal_data/payara" --nocluster
  }
  portal_start cold
  startup_portal_cold_ms=$t200_ms
  progress "portal, first start on an empty data directory: $t200_ms ms (Payara: ready in $t200_ready ms)"
  portal_times=()
  for run in $(seq 1 "$STARTUP_RUNS"); do
    portal_start "$run"
    portal_times+=("$t200_ms")
    progress "portal, restart $run: $t200_ms ms to /health/ready 200 (Payara: ready in $t200_ready ms)"
  done
  bare_times=()
  for run in $(seq 1 "$STARTUP_RUNS"); do
    time_to_200 "http://127.0.0.1:$STARTUP_PORT/empty/" "$WORK/startup/bare-$run.log" \
      java -jar "$BARE_JAR" --deploy "$WORK/startup/empty.war" --port "$STARTUP_PORT" \
      --rootdir "$PWD/$WORK/startup/bare-$run" --nocluster
    bare_times+=("$t200_ms")
    progress "bare Payara Micro, start $run: $t200_ms ms to /empty/ 200 (Payara: ready in $t200_ready ms)"
  done
  startup_portal_ms=$(printf '%s\n' "${portal_times[@]}" | median)
  startup_bare_ms=$(printf '%s\n' "${bare_times[@]}" | median)
  startup_ratio=$(awk -v a="$startup_portal_ms" -v b="$startup_bare_ms" 'BEGIN { printf "%.1f", a / b }')
  progress "start-up medians: portal $startup_portal_ms ms, bare $startup_bare_ms ms (×$startup_ratio)"
fi

# ------------------------------------------------------------------------------------------------ 2. cluster

progress "== 2. cluster: PostgreSQL database $DB, broker on $ARTEMIS_PORT, portals on $NODE1_PORT and $NODE2_PORT"
cluster_up=yes
scripts/cluster.sh start --demo > "$WORK/cluster-start.log" 2>&1 || { tail -30 "$WORK/cluster-start.log"; exit 1; }
grep -E "ready after|Broker up|Cluster up" "$WORK/cluster-start.log" | while read -r line; do progress "$line"; done
pg_started=$(sql -c "select pg_postmaster_start_time()")
sql -c "select village_code, tps_number from plt_tps where village_code like '$REGION.%' and status = 'AKTIF'
        order by 1, 2" > "$WORK/targets"
[ -s "$WORK/targets" ] || { echo "no active TPS under $REGION in the demo data"; exit 1; }
sql -q -c "create unlogged table bench_pipeline_event (tag varchar(20) not null, event_id uuid primary key)"

# published: the relays' sends so far, both nodes
published() {
  local total=0 port value
  for port in "$NODE1_PORT" "$NODE2_PORT"; do
    value=$(curl -s "http://127.0.0.1:$port/metrics" | grep -E '^deskpilkada_events_published_total' \
      | awk '{print $2}' | head -1)
    total=$(awk -v a="$total" -v b="${value:-0}" 'BEGIN { printf "%d", a + b }')
  done
  echo "$total"
}
relay_rounds() {
  local port
  for port in "$NODE1_PORT" "$NODE2_PORT"; do
    curl -s "http://127.0.0.1:$port/metrics" | grep -E '^deskpilkada_jobs_runs_total\{job="outbox-relay"' || true
  done | sed -E 's/.*outcome="([a-z]+)".* ([0-9.]+)$/\1 \2/' \
    | awk '{s[$1] += $2} END {printf "ran=%d skipped=%d", s["ran"], s["skipped"]}'
}

# collect TAG: the step's events (found by their title) into bench_pipeline_event; prints their number
collect() {
  sql -q -c "insert into bench_pipeline_event
             select '$1', event_id from plt_outbox
              where event_type = 'security.IncidentReported' and body like '%\"title\":\"bench $1 %'
             on conflict do nothing"
  sql -c "select count(*) from bench_pipeline_event where tag = '$1'"
}

# wait_handled TAG N: until every handling inbox holds the step's N events
wait_handled() {
  local tag=$1 n=$2 waited=0 least
  while :; do
    least=$(for inbox in $HANDLERS; do
      sql -c "select count(*) from bench_pipeline_event e join $inbox i using (event_id) where e.tag = '$tag'"
    done | sort -n | head -1)
    [ "$least" -ge "$n" ] && return 0
    [ "$waited" -lt "$DRAIN_TIMEOUT" ] || { echo "step $tag: only $least of $n handled after $waited s"; exit 1; }
    [ $((waited % 10)) -ne 0 ] || [ "$waited" -eq 0 ] || progress "  step $tag: $least of $n handled ($waited s)"
    sleep 1
    waited=$((waited + 1))
  done
}

# events_sql TAG: the step's events with occurred_at, sent_at, each handling module's handled_at (h1, h2 …) and
# done, the slowest of them
events_sql() {
  local joins="" columns="" i=0 inbox
  for inbox in $HANDLERS; do
    i=$((i + 1))
    joins="$joins join $inbox i$i on i$i.event_id = o.event_id"
    columns="$columns${columns:+, }i$i.handled_at"
  done
  echo "select o.occurred_at, o.sent_at, greatest($columns) as done, $(echo "$columns" | sed -E 's/i([0-9]+)\.handled_at/i\1.handled_at as h\1/g')
          from bench_pipeline_event e join plt_outbox o on o.event_id = e.event_id $joins where e.tag = '$1'"
}

# step_figures TAG: n, handled/s (first commit to last handled), commit→handled p50 p99 max, commit→sent p50 p99,
# then the p99 of each handling module
step_figures() {
  local i module_p99=""
  for i in $(seq 1 "$(echo "$HANDLERS" | wc -w)"); do module_p99="$module_p99, $(pct 0.99 "h$i" occurred_at)"; done
  sql -c "
    select count(*), round(cast(count(*) / extract(epoch from max(done) - min(occurred_at)) as numeric), 1),
           $(pct 0.5 "done" occurred_at), $(pct 0.99 "done" occurred_at),
           round(cast(max(extract(epoch from done - occurred_at)) * 1000 as numeric), 1),
           $(pct 0.5 sent_at occurred_at), $(pct 0.99 sent_at occurred_at) $module_p99
      from ($(events_sql "$1")) ev"
}
pct() { echo "round(cast(percentile_cont($1) within group (order by extract(epoch from $2 - $3) * 1000) as numeric), 1)"; }

# report_step TAG LABEL LOAD_OUTPUT...: waits for the step's events and prints its line; sets step_* variables
report_step() {
  local tag=$1 label=$2 n modules="" i=0 inbox
  shift 2
  n=$(collect "$tag")
  wait_handled "$tag" "$n"
  read -r step_n step_rate step_p50 step_p99 step_max relay_p50 relay_p99 module_p99s < <(step_figures "$tag")
  read -ra p99s <<< "$module_p99s"
  for inbox in $HANDLERS; do modules="$modules ${inbox%_inbox} ${p99s[$i]}"; i=$((i + 1)); done
  progress "step $label: $* | handled $step_n at $step_rate ev/s; commit→handled p50 $step_p50 ms p99 $step_p99 ms" \
    "max $step_max ms (commit→sent p50 $relay_p50 p99 $relay_p99; p99 per module:$modules); relay $(relay_rounds)"
}
field() { echo "$1" | grep -oE "(^| )$2=[^ ]+" | cut -d= -f2; }

# ------------------------------------------------------------------------------------------------ warm-up

# mix TAG RATE SECONDS: REST_IN_MIX field reports per second over REST (each wakes its node's relay, as any commit
# does) plus the rest of RATE committed straight into plt_outbox; both loads start together after the REST load's
# logins. Leaves the loads' output in $WORK/TAG-rest.out and $WORK/TAG-outbox.out.
mix() {
  local tag=$1 rate=$2 seconds=$3 start_at rest_pid
  start_at=$(( $(date +%s%3N) + MIX_START_MS ))
  load incidents bases="$BASES" user=keamanan password="$PASSWORD" targets="$WORK/targets" tag="$tag" \
    rate="$REST_IN_MIX" seconds="$seconds" start-at="$start_at" > "$WORK/$tag-rest.out" &
  rest_pid=$!
  load outbox jdbc="jdbc:postgresql://$PGHOST:$PGPORT/$DB" db-user="$PGUSER" targets="$WORK/targets" \
    tag="$tag" rate=$((rate - REST_IN_MIX)) seconds="$seconds" start-at="$start_at" > "$WORK/$tag-outbox.out"
  wait "$rest_pid"
}
mix_summary() { echo "REST $(cut -d' ' -f2,6-8 "$WORK/$1-rest.out"); direct $(cut -d' ' -f3 "$WORK/$1-outbox.out")"; }

top_rate=${MIX_RATES##* }
progress "== warm-up: $top_rate events/s ($REST_IN_MIX REST + the rest direct) for $WARMUP_SECONDS s, until the JIT" \
  "compilers have done most of their work (a fresh node spends about a third of its CPU on them for minutes)"
HANDLERS=$INBOXES
mix warm "$top_rate" "$WARMUP_SECONDS"
warm=$(collect warm)
sleep 10 # every module has had its turn by now; the ones without a handler never insert
HANDLERS=$(for inbox in $INBOXES; do
  held=$(sql -c "select count(*) from bench_pipeline_event e join $inbox i using (event_id) where e.tag = 'warm'")
  [ "$held" -eq 0 ] || echo "$inbox"
done | tr '\n' ' ')
[ -n "$HANDLERS" ] || { echo "no inbox handled the warm-up's events"; exit 1; }
report_step warm "warm-up (cold JVMs, not a result)" "$(mix_summary warm)"
body_bytes=$(sql -c "select round(avg(octet_length(o.body))) from bench_pipeline_event e join plt_outbox o
                     using (event_id) where e.tag = 'warm'")
progress "warm-up: handled by $HANDLERS; average body $body_bytes bytes"
published_before=$(published)
sent_before=$(sql -c "select count(*) from plt_outbox where status = 'SENT'")

# ------------------------------------------------------------------------------------------------ 3. raw broker

# perf_rate JSON: messages received per second outside the warm-up (interval samples, ~1 s each)
perf_rate() {
  grep -oE '"sampleType":"interval","warmup":(true|false),"time":[0-9]+,[^{]*"received":[0-9]+' "$1" \
    | sed -E 's/.*"warmup":([a-z]+),"time":([0-9]+),.*"received":([0-9]+)/\1 \2 \3/' \
    | awk '$1 == "true" {from = $2} $1 == "false" {n += $3; to = $2}
           END {if (to > from) printf "%.0f", n / ((to - from) / 1000); else exit 1}' \
    || { echo "no measured interval in $1" >&2; exit 1; }
}
raw() {
  local name=$1 url=$2
  "$ARTEMIS_CLI" perf client --silent --url "$url" --user deskpilkada --password "$BROKER_PASSWORD_DEMO" \
    --persistent --message-size "$body_bytes" --duration $((RAW_SECONDS + 5)) --warmup 5 --json "$WORK/raw-$name.json" \
    "queue://bench.raw.$name" > "$WORK/raw-$name.log" 2>&1 </dev/null || { tail -20 "$WORK/raw-$name.log"; exit 1; }
  "$ARTEMIS_CLI" queue delete --silent --removeConsumers --autoDeleteAddress --name "bench.raw.$name" --url "$2" \
    --user deskpilkada --password "$BROKER_PASSWORD_DEMO" > /dev/null 2>&1 </dev/null || true
  perf_rate "$WORK/raw-$name.json"
}
progress "== 3. raw broker: artemis perf client, persistent $body_bytes-byte messages, 1 producer → queue → 1 consumer"
broker_url="tcp://127.0.0.1:$ARTEMIS_PORT"
raw_msg_per_s=$(raw sync "$broker_url?confirmationWindowSize=1048576")
progress "raw, each send confirmed before the next: $raw_msg_per_s msg/s"
raw_async_msg_per_s=$(raw async "$broker_url")
progress "raw, sends not awaited (the broker's ceiling): $raw_async_msg_per_s msg/s"

# ------------------------------------------------------------------------------------------------ 4. pipeline

progress "== 4. pipeline: security.IncidentReported, commit → handled by $HANDLERS"
rest_commit_per_s=0
for rate in $REST_RATES; do
  out=$(load incidents bases="$BASES" user=keamanan password="$PASSWORD" targets="$WORK/targets" tag="rest$rate" \
    rate="$rate" seconds="$STEP_SECONDS")
  report_step "rest$rate" "REST $rate/s" "$(echo "$out" | cut -d' ' -f1-8)"
done
out=$(load incidents bases="$BASES" user=keamanan password="$PASSWORD" targets="$WORK/targets" tag=restmax \
  rate=max workers="$MAX_WORKERS" seconds="$STEP_SECONDS")
rest_commit_per_s=$(field "$out" commit_per_s)
report_step restmax "REST closed loop, $MAX_WORKERS clients" "$(echo "$out" | cut -d' ' -f1-8)"

handled_per_s_at_200=-; p50_ms_at_200=-; p99_ms_at_200=-
for rate in $MIX_RATES; do
  mix "mix$rate" "$rate" "$STEP_SECONDS"
  report_step "mix$rate" "$rate/s ($REST_IN_MIX REST + $((rate - REST_IN_MIX)) direct)" "$(mix_summary "mix$rate")"
  if [ "$rate" = 200 ]; then
    handled_per_s_at_200=$step_rate; p50_ms_at_200=$step_p50; p99_ms_at_200=$step_p99
  fi
done

load outbox jdbc="jdbc:postgresql://$PGHOST:$PGPORT/$DB" db-user="$PGUSER" targets="$WORK/targets" tag=backlog \
  rate=$((BACKLOG * 10)) seconds=0.1 > "$WORK/backlog.out"
report_step backlog "backlog of $BACKLOG" "$(cat "$WORK/backlog.out")"
pipeline_ev_per_s=$(sql -c "select round(cast(count(*) / extract(epoch from max(done) - min(sent_at)) as numeric), 1)
                             from ($(events_sql backlog)) ev")
share_of_raw_pct=$(awk -v a="$pipeline_ev_per_s" -v b="$raw_msg_per_s" 'BEGIN { printf "%.1f", a * 100 / b }')
share_of_raw_async_pct=$(awk -v a="$pipeline_ev_per_s" -v b="$raw_async_msg_per_s" \
  'BEGIN { printf "%.1f", a * 100 / b }')
progress "pipeline drain rate $pipeline_ev_per_s ev/s (first send to last handled) = $share_of_raw_pct % of raw" \
  "$raw_msg_per_s msg/s"
sends=$(( $(published) - published_before ))
sent_events=$(( $(sql -c "select count(*) from plt_outbox where status = 'SENT'") - sent_before ))
sends_per_event=$(awk -v a="$sends" -v b="$sent_events" 'BEGIN { printf "%.2f", a / b }')
progress "relay sends since the warm-up: $sends for $sent_events events ($sends_per_event per event); $(relay_rounds)"

# ------------------------------------------------------------------------------------------------ 5. dashboard

progress "== 5. dashboard: $USERS sessions of pimpinan ($REGION) over both nodes, back to back, $DASHBOARD_SECONDS s"
page=$(load dashboard bases="$BASES" user=pimpinan password="$PASSWORD" users="$USERS" \
  path="/desk/dashboard.xhtml?r=$REGION" seconds="$DASHBOARD_SECONDS" warmup=5)
progress "page /desk/dashboard.xhtml: $page"
api=$(load dashboard bases="$BASES" user=pimpinan password="$PASSWORD" users="$USERS" path="/api/desk/$REGION" \
  seconds="$DASHBOARD_SECONDS" warmup=5)
progress "GET /api/desk/$REGION: $api"
dashboard_p95_ms=$(field "$page" p95_ms)
dashboard_api_p95_ms=$(field "$api" p95_ms)
dashboard_failed_pct=$(awk -v a="$(field "$page" failed)" -v b="$(field "$api" failed)" \
  -v c="$(field "$page" requests)" -v d="$(field "$api" requests)" 'BEGIN { printf "%.1f", (a + b) * 100 / (c + d) }')

[ "$(sql -c "select pg_postmaster_start_time()")" = "$pg_started" ] \
  || progress "WARNING: PostgreSQL was restarted during the run (by someone else): the figures are disturbed"
load1=$(cut -d' ' -f1 /proc/loadavg)
progress "done; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RESULT raw_msg_per_s=$raw_msg_per_s raw_async_msg_per_s=$raw_async_msg_per_s" \
  "pipeline_ev_per_s=$pipeline_ev_per_s share_of_raw_pct=$share_of_raw_pct" \
  "share_of_raw_async_pct=$share_of_raw_async_pct rest_commit_per_s=$rest_commit_per_s" \
  "handled_per_s_at_200=$handled_per_s_at_200 p50_ms_at_200=$p50_ms_at_200 p99_ms_at_200=$p99_ms_at_200" \
  "sends_per_event=$sends_per_event startup_portal_ms=$startup_portal_ms startup_portal_cold_ms=$startup_portal_cold_ms" \
  "startup_bare_ms=$startup_bare_ms startup_ratio=$startup_ratio dashboard_p95_ms=$dashboard_p95_ms" \
  "dashboard_api_p95_ms=$dashboard_api_p95_ms dashboard_failed_pct=$dashboard_failed_pct users=$USERS load1=$load1"
