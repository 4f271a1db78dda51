#!/usr/bin/env bash
# Benchmark: the security deployment plan at national scale, on PostgreSQL, through the running portal.
#  1. An empty database; the portal (production profile) creates the schema (with the usual staffing pattern,
#     migration V4) and loads the region tree.
#  2. The national synthetic TPS (~435,000, the platform's generator; TPS_PREFIX=53,15 for a smaller run) and a
#     random vulnerability category for every TPS, by SQL, in realistic proportions: ~95% kurang rawan, 4% rawan,
#     0.7% sangat rawan, 0.3% khusus (a hash of the TPS key, so every run draws the same).
#  (a) The national plan through GET /api/deployment/plan/- (one aggregate query streamed into the plan, roster
#      and assignments summed, the 38 provinces as rows; HTTP included) against one SQL statement computing the
#      same need (GROUP BY over plt_tps ⟕ sec_tps_vulnerability with the active pattern's rules, rolled up per
#      province and nation) in psql, same data, same run: medians of 5. The national totals must agree.
# Prints: RESULT plan_ms=<median> sql_ms=<median> ratio=<plan/sql> tps=<active TPS> totals_equal=<yes|no>
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-deskpilkada_bench_sec}
JAR=web-portal/target/deskpilkada-portal-microbundle.jar
WORK=bench/target/security
PORT=${BENCH_PORT:-8199}
RUNS=${RUNS:-5}
PASSWORD=BenchmarkOnly-2024

fresh_bench_database

trap 'kill ${portal:-0} 2>/dev/null || true' EXIT

echo "== schema, usual staffing pattern and region tree (first start)"
start_portal

echo "== synthetic TPS ${TPS_PREFIX:-(national)}"
generate_synthetic_tps

echo "== a vulnerability category for every TPS (95 / 4 / 0.7 / 0.3 %)"
psql_db -d "$DB" -c "insert into sec_tps_vulnerability (village_code, tps_number, category, indicators, source,
    assessed_by, assessed_at, version)
  select village_code, tps_number, case when h < 950 then 'KURANG_RAWAN' when h < 990 then 'RAWAN'
      when h < 997 then 'SANGAT_RAWAN' else 'KHUSUS' end, '', 'BENCH', 'bench', now(), 0
    from (select village_code, tps_number, mod(abs(hashtext(village_code || '/' || tps_number)), 1000) as h
            from plt_tps where status = 'AKTIF') t" -c "analyze plt_tps" -c "analyze sec_tps_vulnerability"
psql_db -d "$DB" -tA -F ' ' -c "select category, count(*) from sec_tps_vulnerability group by 1 order by 1"

base="http://127.0.0.1:$PORT"
jar_cookies="$WORK/cookies"
portal_login "$base" admin "$PASSWORD" "$jar_cookies"

echo "== (a) national plan: API (aggregate streamed into the plan) vs one SQL statement, medians of $RUNS"
curl -sf -b "$jar_cookies" "$base/api/deployment/plan/-" -o "$WORK/national.json"
plan_times=$(for _ in $(seq 1 "$RUNS"); do
  curl -sf -o /dev/null -w '%{time_total}\n' -b "$jar_cookies" "$base/api/deployment/plan/-"
done | awk '{printf "%.1f\n", $1 * 1000}')
plan_ms=$(echo "$plan_times" | median)
need_sql="
with pattern as (select id, tni_per_kecamatan from sec_pattern where active = 'Y'),
desa as (select t.village_code, coalesce(v.category, 'KURANG_RAWAN') as category, count(*) as n
           from plt_tps t left join sec_tps_vulnerability v
             on v.village_code = t.village_code and v.tps_number = t.tps_number
          where t.status = 'AKTIF' group by 1, 2),
need as (select substr(d.village_code, 1, 2) as province, sum(d.n) as tps,
                sum((d.n + r.tps_per_team - 1) / r.tps_per_team * r.polri) as polri,
                sum((d.n * r.linmas + r.tps_per_team - 1) / r.tps_per_team) as linmas
           from desa d join sec_pattern_rule r on r.category = d.category join pattern p on p.id = r.pattern_id
          group by rollup (substr(d.village_code, 1, 2))),
tni as (select substr(k, 1, 2) as province, count(*) * (select tni_per_kecamatan from pattern) as tni
          from (select distinct substr(village_code, 1, 8) as k from desa) x group by rollup (substr(k, 1, 2)))
select coalesce(n.province, '-'), n.tps, n.polri, t.tni, n.linmas
  from need n join tni t on t.province is not distinct from n.province order by n.province nulls first"
sql_ms=$(for _ in $(seq 1 "$RUNS"); do
  printf '\\timing on\n%s;\n' "$need_sql" | psql_db -d "$DB" | grep -oE 'Time: [0-9.]+ ms' | tail -1 | grep -oE '[0-9.]+'
done | median)
sql_national=$(psql_db -d "$DB" -tA -F ' ' -c "$need_sql" | head -1)
region_json=$(sed -E 's/.*"region":\{//' "$WORK/national.json")
field() { echo "$region_json" | grep -oE "\"$1\":\{[^}]*\}" | head -1 | grep -oE "\"$2\":[0-9]+" | cut -d: -f2; }
api_tps=$(( $(field tps kurangRawan) + $(field tps rawan) + $(field tps sangatRawan) + $(field tps khusus) ))
api_national="- $api_tps $(field need polri) $(field need tni) $(field need linmas)"
echo "national (region tps polri tni linmas): API $api_national; SQL $sql_national"
equal=$([ "$api_national" = "$sql_national" ] && echo yes || echo no)
echo "plan (API, incl. HTTP): $plan_ms ms [$(echo $plan_times)]; SQL (psql): $sql_ms ms"

kill $portal; wait $portal 2>/dev/null || true
psql_db -d test -c "drop database if exists $DB with (force)"
ratio=$(awk -v a="$plan_ms" -v b="$sql_ms" 'BEGIN { printf "%.2f", a / b }')
echo "RESULT plan_ms=$plan_ms sql_ms=$sql_ms ratio=$ratio tps=$tps_total totals_equal=$equal"
