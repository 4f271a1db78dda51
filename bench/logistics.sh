#!/usr/bin/env bash
# Benchmark: logistics readiness at national scale, on PostgreSQL, through the running portal.
#  1. An empty database; the portal (production profile) creates the schema and loads the region tree.
#  2. The national synthetic TPS (~435,000, the platform's generator) and one full kit each: ~80% of the TPS are
#     marked as having received their kit, in bulk; the admin rebuild call builds the read model from them.
#  (a) The national + per-province readiness from the read model (GET /api/shipments/readiness/-, the view the
#      portal shows) against an ad-hoc GROUP BY over the raw tables (plt_tps ⟕ lgs_tps_ready) in psql, same data,
#      same run: medians of 7, target read model ≤ 200 ms and ≥ 10× faster.
#  (b) Readiness updates per second through the application: shipments to TPS still missing their kit are planned
#      and dispatched, then received over the field API by 4 parallel clients; each receipt completes a kit and
#      moves the read model at five levels. Rate = receipts / wall time of the receipt phase.
# Prints: RESULT readmodel_ms=<median> groupby_ms=<median> speedup=<groupby/readmodel> updates_per_s=<rate> ...
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
DB=deskpilkada_bench_lgs
JAR=web-portal/target/deskpilkada-portal-microbundle.jar
WORK=bench/target/logistics
PORT=${BENCH_PORT:-8198}
RECEIPTS=${RECEIPTS:-1000}
PASSWORD=BenchmarkOnly-2024

fresh_bench_database

trap 'kill ${portal:-0} 2>/dev/null || true' EXIT

echo "== schema and region tree (first start)"
start_portal

echo "== national synthetic TPS"
generate_synthetic_tps

echo "== about 80% of the TPS with their full kit (bulk), read model rebuilt by the application"
psql_db -d "$DB" -c "insert into lgs_tps_ready (village_code, tps_number, ready_at)
  select village_code, tps_number, now() from plt_tps
  where status = 'AKTIF' and mod(cast(substr(village_code, 10, 4) as integer) * 31 + tps_number * 17, 5) <> 0"

base="http://127.0.0.1:$PORT"
jar_cookies="$WORK/cookies"
portal_login "$base" admin "$PASSWORD" "$jar_cookies"
api() { curl -sf -b "$jar_cookies" -H 'Content-Type: application/json' "$@"; }
api -X POST "$base/api/shipments/readiness/rebuild" -o /dev/null

echo "== (a) national + per-province readiness: read model through the API vs GROUP BY over the raw tables"
api "$base/api/shipments/readiness/-" -o "$WORK/national.json"
grep -oE '"region":\{[^}]*\}' "$WORK/national.json"
readmodel_times=$(for _ in $(seq 1 7); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$jar_cookies" "$base/api/shipments/readiness/-"
done | awk '{printf "%.1f\n", $1 * 1000}')
readmodel_ms=$(echo "$readmodel_times" | median)
groupby_ms=$(for _ in $(seq 1 7); do
  psql_db -d "$DB" <<SQL | grep -oE 'Time: [0-9.]+ ms' | tail -1 | grep -oE '[0-9.]+'
\timing on
select substr(t.village_code, 1, 2) as province, count(*) as tps, count(r.village_code) as ready
  from plt_tps t left join lgs_tps_ready r on r.village_code = t.village_code and r.tps_number = t.tps_number
 where t.status = 'AKTIF' group by rollup (substr(t.village_code, 1, 2));
SQL
done | median)
echo "read model (API, incl. HTTP): $readmodel_ms ms; GROUP BY (psql): $groupby_ms ms"

echo "== (b) readiness updates per second: $RECEIPTS receipts over the field API"
psql_db -d "$DB" -tA -c "select t.village_code || ' ' || t.tps_number || ' ' || t.voters from plt_tps t
  where t.status = 'AKTIF' and not exists (select 1 from lgs_tps_ready r where r.village_code = t.village_code
  and r.tps_number = t.tps_number) order by t.village_code, t.tps_number limit $RECEIPTS" > "$WORK/targets.txt"
kit_json() { # voters -> the items map of a full kit for 2 elections (the catalogue's formulas)
  local v=$1 ballots
  ballots=$(( (v * 1025 + 999) / 1000 * 2 ))
  echo "{\"SURAT_SUARA\":$ballots,\"KOTAK_SUARA\":2,\"BILIK_SUARA\":2,\"TINTA\":2,\"SEGEL\":20,\"FORMULIR_C\":2,\"SAMPUL\":2,\"HOLOGRAM\":2}"
}
n=0
while read -r village number voters; do
  n=$((n + 1))
  kit=$(kit_json "$voters")
  id=$(api -X POST "$base/api/shipments" -d "{\"number\":\"B-$n\",\"from\":{\"kind\":\"PPS\",\"regionCode\":\"$village\",\"tpsNumber\":0},
    \"to\":{\"kind\":\"TPS\",\"regionCode\":\"$village\",\"tpsNumber\":$number},\"items\":$kit}" | grep -oE '"id":"[0-9a-f-]{36}"' | head -1 | cut -d'"' -f4)
  for step in DIKEMAS DIKIRIM; do
    v=$(api "$base/api/shipments/$id" | grep -oE '"version":[0-9]+' | cut -d: -f2)
    api -X POST "$base/api/shipments/$id/status" -o /dev/null -d "{\"clientRequestId\":\"$id-$step\",\"expectedVersion\":$v,\"status\":\"$step\"}"
  done
  v=$(api "$base/api/shipments/$id" | grep -oE '"version":[0-9]+' | cut -d: -f2)
  items=$(echo "$kit" | tr -d '{}' | tr ',' '\n' | sed -E 's/"([A-Z_]+)":([0-9]+)/{"itemCode":"\1","counted":\2,"damagedLight":0,"damagedHeavy":0}/' | paste -sd, -)
  echo "{\"clientRequestId\":\"$id-receipt\",\"expectedVersion\":$v,\"items\":[$items]} $id" >> "$WORK/receipts.txt"
  [ $((n % 200)) -eq 0 ] && echo "  prepared $n/$RECEIPTS shipments"
done < "$WORK/targets.txt"
before=$(psql_db -d "$DB" -tA -c "select tps_ready from lgs_readiness where region_code = ''")
started=$(date +%s%N)
awk '{id=$NF; $NF=""; print id "\t" $0}' "$WORK/receipts.txt" | xargs -P 4 -d '\n' -n 1 sh -c '
  id=$(printf "%s" "$1" | cut -f1); body=$(printf "%s" "$1" | cut -f2-)
  curl -sf -b "'"$jar_cookies"'" -H "Content-Type: application/json" -o /dev/null -X POST \
    "'"$base"'/api/shipments/$id/receipt" -d "$body" || echo "receipt failed: $id" >&2' _
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
after=$(psql_db -d "$DB" -tA -c "select tps_ready from lgs_readiness where region_code = ''")
updates=$((after - before))
rate=$(awk -v n="$updates" -v ms="$elapsed_ms" 'BEGIN { printf "%.1f", n * 1000 / ms }')
differences=$(psql_db -d "$DB" -tA -c "select count(*) from lgs_readiness m join (select substr(t.village_code, 1, 2) c,
  count(r.village_code) ready from plt_tps t left join lgs_tps_ready r on r.village_code = t.village_code
  and r.tps_number = t.tps_number where t.status = 'AKTIF' group by 1) x on x.c = m.region_code where x.ready <> m.tps_ready")
echo "receipts: $updates kits completed in $elapsed_ms ms; provinces differing from a recount: $differences"

kill $portal; wait $portal 2>/dev/null || true
psql_db -d test -c "drop database if exists $DB with (force)"
speedup=$(awk -v a="$groupby_ms" -v b="$readmodel_ms" 'BEGIN { printf "%.1f", a / b }')
echo "RESULT readmodel_ms=$readmodel_ms groupby_ms=$groupby_ms speedup=$speedup tps=$tps_total updates=$updates receipt_phase_ms=$elapsed_ms updates_per_s=$rate recount_differences=$differences"
