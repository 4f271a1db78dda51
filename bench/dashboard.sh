#!/usr/bin/env bash
# Benchmark: the Desk Pilkada dashboard's national view at national scale, on PostgreSQL, through the running portal.
#  1. An empty database; the portal (production profile) creates the schema (with Pilkada 2024 and its stages) and
#     loads the region tree.
#  2. The national synthetic TPS (~435,000, the platform's generator; TPS_PREFIX=53,15 for a smaller run) and, by
#     SQL, the other modules' raw tables as they would stand in election week: ~80% of the TPS with their kit
#     (lgs_tps_ready), every TPS classified (sec_tps_vulnerability: ~95 / 4 / 0.7 / 0.3 %), SHIPMENTS shipments on
#     the road (lgs_shipment: a third past their ETA, a tenth held up) and INCIDENTS incidents (sec_incident).
#  3. The desk's read model filled at the same national scale by SQL, as the events would have left it: readiness
#     of every region at every level (~91,000 rows), TPS per category and deployment plans of every kab/kota, the
#     index of every province and kab/kota, the shipments on the road, the incidents, ACTIONS action items, meetings,
#     reported figures and personnel gaps.
#  (a) The national view through GET /api/desk/- (the whole dashboard: figures of the nation and the 38 provinces,
#      the ranking, the election, the lists; HTTP included) against one ad-hoc SQL statement aggregating the same
#      national and per-province readiness, TPS per category, shipments on the road / late and open incidents over
#      the raw module tables, in psql, same data, same run: medians of RUNS (7). The national readiness and late
#      shipments must agree.
# Prints: RESULT dashboard_ms=<median> groupby_ms=<median> speedup=<groupby/dashboard> tps=<active TPS>
#         totals_equal=<yes|no>
# BENCH_PORT and BENCH_DB choose the portal's port and the database (dropped and created afresh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-deskpilkada_bench_dsk}
JAR=web-portal/target/deskpilkada-portal-microbundle.jar
WORK=bench/target/dashboard
PORT=${BENCH_PORT:-8197}
RUNS=${RUNS:-7}
SHIPMENTS=${SHIPMENTS:-60000}
INCIDENTS=${INCIDENTS:-5000}
ACTIONS=${ACTIONS:-30000}
PASSWORD=BenchmarkOnly-2024

fresh_bench_database

trap 'kill ${portal:-0} 2>/dev/null || true' EXIT

echo "== schema, election stages and region tree (first start)"
start_portal

echo "== synthetic TPS ${TPS_PREFIX:-(national)}"
generate_synthetic_tps

echo "== the modules' raw tables: kits, kerawanan, $SHIPMENTS shipments on the road, $INCIDENTS incidents"
psql_db -d "$DB" <<'SQL'
insert into lgs_tps_ready (village_code, tps_number, ready_at)
  select village_code, tps_number, now() from plt_tps
   where status = 'AKTIF' and mod(cast(substr(village_code, 10, 4) as integer) * 31 + tps_number * 17, 5) <> 0;
insert into sec_tps_vulnerability (village_code, tps_number, category, indicators, source, assessed_by, assessed_at,
                                   version)
  select village_code, tps_number, case when h < 950 then 'KURANG_RAWAN' when h < 990 then 'RAWAN'
      when h < 997 then 'SANGAT_RAWAN' else 'KHUSUS' end, '', 'BENCH', 'bench', now(), 0
    from (select village_code, tps_number, mod(abs(hashtext(village_code || '/' || tps_number)), 1000) as h
            from plt_tps where status = 'AKTIF') t;
SQL
psql_db -d "$DB" -v shipments="$SHIPMENTS" -v incidents="$INCIDENTS" <<'SQL'
-- shipments PPS → TPS on the road: every third past its ETA by days, the others due in days; every tenth held up
insert into lgs_shipment (id, version, number, from_kind, from_region, to_kind, region_code, to_tps, status,
                          status_reason, escort_needed, departure_at, eta_at, created_by)
  select gen_random_uuid(), 0, 'BENCH-' || n, 'PPS', village_code, 'TPS', village_code, tps_number,
         case when mod(n, 10) = 0 then 'TERTUNDA' else 'DALAM_PERJALANAN' end,
         case when mod(n, 10) = 0 then 'BANJIR' end, 'N', now() - interval '5 days',
         case when mod(n, 3) = 0 then now() - interval '2 days' else now() + interval '2 days' end, 'bench'
    from (select village_code, tps_number, row_number() over (order by hashtext(village_code || '/' || tps_number)) n
            from plt_tps where status = 'AKTIF') t
   where n <= :shipments;
-- incidents in kecamatan: a third closed, a fifth grave
insert into sec_incident (id, version, incident_type, severity, status, title, region_code, tps_number, occurred_at,
                          reported_at, reported_by, desk_region, at_desk_since)
  select gen_random_uuid(), 0, 'KONFLIK_MASSA', case when mod(n, 5) = 0 then 'TINGGI' else 'SEDANG' end,
         case when mod(n, 3) = 0 then 'SELESAI' else 'DILAPORKAN' end, 'Bench ' || n, k, 0, now(), now(), 'bench',
         k, now()
    from (select k, row_number() over (order by hashtext(k)) n
            from (select distinct substr(village_code, 1, 8) k from plt_tps) x) y
   where n <= :incidents;
analyze plt_tps; analyze lgs_tps_ready; analyze sec_tps_vulnerability; analyze lgs_shipment; analyze sec_incident;
SQL

echo "== the desk's read model at national scale (as the events would have left it)"
psql_db -d "$DB" -v actions="$ACTIONS" <<'SQL'
-- readiness of every region at every level: desa, kecamatan, kab/kota, province, nation
insert into dsk_readiness (region_code, parent_code, percent, tps_ready, tps_total, as_of)
  select code, case length(code) when 0 then null when 2 then '' else substr(code, 1, length(code) - case
           length(code) when 13 then 5 else 3 end) end, cast(floor(ready * 100.0 / total) as integer), ready, total, now()
    from (select coalesce(substr(t.village_code, 1, l), '') code, count(*) total, count(r.village_code) ready
            from plt_tps t left join lgs_tps_ready r on r.village_code = t.village_code and r.tps_number = t.tps_number
           cross join (values (0), (2), (5), (8), (13)) lv(l)
           where t.status = 'AKTIF' group by 1) x;
insert into dsk_vulnerability (region_code, parent_code, kurang_rawan, rawan, sangat_rawan, khusus, as_of)
  select substr(village_code, 1, 5), substr(village_code, 1, 2), count(*) filter (where category = 'KURANG_RAWAN'),
         count(*) filter (where category = 'RAWAN'), count(*) filter (where category = 'SANGAT_RAWAN'),
         count(*) filter (where category = 'KHUSUS'), now()
    from sec_tps_vulnerability group by 1, 2;
-- deployment plans: 2 Polri per 8 TPS, 3 TNI per kecamatan, 2 Linmas per TPS; every fourth kab/kota short of Polri
insert into dsk_deployment (region_code, parent_code, polri_needed, tni_needed, linmas_needed, polri_available,
                            tni_available, linmas_available, assigned, as_of)
  select k, substr(k, 1, 2), polri, tni, linmas, case when mod(abs(hashtext(k)), 4) = 0 then polri * 9 / 10
         else polri end, tni, linmas, polri / 2, now()
    from (select substr(village_code, 1, 5) k, (count(*) + 3) / 4 polri, count(distinct substr(village_code, 1, 8)) * 3 tni,
                 count(*) * 2 linmas from plt_tps where status = 'AKTIF' group by 1) x;
insert into dsk_deployment_gap (region_code, force, parent_code, needed, available, standby, as_of)
  select region_code, 'polri', parent_code, polri_needed, polri_available, 0, now() from dsk_deployment
   where polri_available < polri_needed;
insert into dsk_vulnerability_index (region_code, parent_code, score, index_level, completeness, as_of)
  select code, case when length(code) = 2 then '' else substr(code, 1, 2) end, s,
         case when s >= 49.33 then 'tinggi' when s >= 30 then 'sedang' else 'rendah' end, 100, now()
    from (select code, round(cast(mod(abs(hashtext(code)), 7000) as numeric) / 100, 2) s
            from plt_region where level in (1, 2)) x;
insert into dsk_shipment (shipment_id, shipment_number, region_code, province_code, kabkota_code, kecamatan_code, eta,
                          delayed, delay_reason, updated_at)
  select id, number, region_code, substr(region_code, 1, 2), substr(region_code, 1, 5), substr(region_code, 1, 8),
         eta_at, status = 'TERTUNDA', status_reason, now()
    from lgs_shipment where status not in ('DITERIMA', 'DITERIMA_SEBAGIAN');
insert into dsk_incident (incident_id, region_code, province_code, kabkota_code, kecamatan_code, incident_type,
                          severity, title, desk_region, state, escalations, updated_at)
  select id, region_code, substr(region_code, 1, 2), substr(region_code, 1, 5), substr(region_code, 1, 8),
         lower(incident_type), lower(severity), title, desk_region,
         case status when 'SELESAI' then 'SELESAI' when 'DITOLAK' then 'DITOLAK' else 'DILAPORKAN' end, 0, now()
    from sec_incident;
-- action items of kab/kota meetings, owned by one of 40 agencies each: a quarter overdue, a third closed
insert into dsk_action_item (action_item_id, meeting_id, region_code, province_code, kabkota_code, kecamatan_code,
                             description, agency_id, agency_name, due_date, state, updated_at)
  select gen_random_uuid(), null, k, substr(k, 1, 2), k, null, 'Tindak lanjut ' || n,
         md5(k || mod(n, 40))::uuid, 'Instansi ' || k || '/' || mod(n, 40), current_date - mod(n, 20),
         case when mod(n, 3) = 0 then 'SELESAI' when mod(n, 4) = 0 then 'TERLAMBAT' else 'TERBUKA' end, now()
    from (select code k from plt_region where level = 2) r cross join generate_series(1, :actions / 514 + 1) n;
insert into dsk_meeting (meeting_id, region_code, province_code, kabkota_code, kecamatan_code, title, meeting_type,
                         starts_at, ends_at, scheduled_as_of, minutes_approved, approved_at)
  select gen_random_uuid(), code, substr(code, 1, 2), substr(code, 1, 5), null, 'Desk Pilkada ' || code || ' #' || n,
         'DESK_PILKADA', now() + (n - 5) * interval '7 days', now() + (n - 5) * interval '7 days' + interval '2 hours',
         now(), n < 5, case when n < 5 then now() - (5 - n) * interval '7 days' end
    from (select code from plt_region where level = 2) r cross join generate_series(1, 10) n;
insert into dsk_reported_figure (region_code, indicator_key, province_code, kabkota_code, kecamatan_code, indicator,
                                 figure_value, unit, agency_name, reported_on, meeting_id, as_of)
  select code, i, substr(code, 1, 2), substr(code, 1, 5), null, initcap(i), mod(abs(hashtext(code || i)), 100), '%',
         'KPU ' || code, current_date - mod(abs(hashtext(code)), 10), null, now()
    from (select code from plt_region where level = 2) r
   cross join (values ('target partisipasi'), ('logistik siap'), ('dpt terverifikasi')) v(i);
analyze dsk_readiness; analyze dsk_vulnerability; analyze dsk_deployment; analyze dsk_deployment_gap;
analyze dsk_vulnerability_index; analyze dsk_shipment; analyze dsk_incident; analyze dsk_action_item;
analyze dsk_meeting; analyze dsk_reported_figure;
SQL
psql_db -d "$DB" -tA -F ' ' -c "select 'readiness rows', count(*) from dsk_readiness union all
  select 'shipments on the road', count(*) from dsk_shipment union all select 'incidents', count(*) from dsk_incident
  union all select 'action items', count(*) from dsk_action_item union all select 'meetings', count(*) from dsk_meeting"

base="http://127.0.0.1:$PORT"
jar_cookies="$WORK/cookies"
portal_login "$base" admin "$PASSWORD" "$jar_cookies"

echo "== (a) national view: GET /api/desk/- vs an ad-hoc aggregation over the raw tables, medians of $RUNS"
curl -sf -b "$jar_cookies" "$base/api/desk/-" -o "$WORK/national.json"
curl -sf -b "$jar_cookies" "$base/api/desk/-/report.pdf" -o "$WORK/national.pdf"
curl -sf -b "$jar_cookies" "$base/desk/dashboard.xhtml?r=-" -o "$WORK/national.html"
grep -q 'ui-chart' "$WORK/national.html" || { echo "the dashboard page did not render its charts"; exit 1; }
for _ in $(seq 1 "$RUNS"); do # warm-up: the JIT and the connection pool, as psql's side has its caches warm too
  curl -sf -o /dev/null -b "$jar_cookies" "$base/api/desk/-"
done
dashboard_times=$(for _ in $(seq 1 "$RUNS"); do
  curl -sf -o /dev/null -w '%{time_total}\n' -b "$jar_cookies" "$base/api/desk/-"
done | awk '{printf "%.1f\n", $1 * 1000}')
dashboard_ms=$(echo "$dashboard_times" | median)
groupby_sql="
with readiness as (
  select substr(t.village_code, 1, 2) as province, count(*) as tps, count(r.village_code) as ready,
         count(*) filter (where v.category = 'KURANG_RAWAN') as kurang_rawan,
         count(*) filter (where v.category = 'RAWAN') as rawan,
         count(*) filter (where v.category = 'SANGAT_RAWAN') as sangat_rawan,
         count(*) filter (where v.category = 'KHUSUS') as khusus
    from plt_tps t left join lgs_tps_ready r on r.village_code = t.village_code and r.tps_number = t.tps_number
    left join sec_tps_vulnerability v on v.village_code = t.village_code and v.tps_number = t.tps_number
   where t.status = 'AKTIF' group by rollup (substr(t.village_code, 1, 2))),
shipments as (
  select substr(region_code, 1, 2) as province, count(*) as on_the_road,
         count(*) filter (where status in ('TERTUNDA', 'BERMASALAH')) as held_up,
         count(*) filter (where eta_at < now()) as late
    from lgs_shipment where status not in ('DITERIMA', 'DITERIMA_SEBAGIAN')
   group by rollup (substr(region_code, 1, 2))),
incidents as (
  select substr(region_code, 1, 2) as province, count(*) filter (where status not in ('SELESAI', 'DITOLAK')) as open,
         count(*) filter (where status not in ('SELESAI', 'DITOLAK') and severity = 'TINGGI') as grave
    from sec_incident group by rollup (substr(region_code, 1, 2)))
select coalesce(r.province, '-'), r.tps, r.ready, r.kurang_rawan, r.rawan, r.sangat_rawan, r.khusus,
       s.on_the_road, s.held_up, s.late, i.open, i.grave
  from readiness r left join shipments s on s.province is not distinct from r.province
  left join incidents i on i.province is not distinct from r.province
 order by r.province nulls first"
groupby_ms=$(for _ in $(seq 1 "$RUNS"); do
  printf '\\timing on\n%s;\n' "$groupby_sql" | psql_db -d "$DB" | grep -oE 'Time: [0-9.]+ ms' | tail -1 \
    | grep -oE '[0-9.]+'
done | median)
sql_national=$(psql_db -d "$DB" -tA -F ' ' -c "$groupby_sql" | head -1 | awk '{print $3, $10}')
region_json=$(sed -E 's/.*"region":\{//' "$WORK/national.json")
api_ready=$(echo "$region_json" | grep -oE '"tpsReady":[0-9]+' | head -1 | cut -d: -f2)
api_late=$(echo "$region_json" | grep -oE '"late":[0-9]+' | head -1 | cut -d: -f2)
echo "national (TPS ready, shipments late): API $api_ready $api_late; SQL $sql_national"
equal=$([ "$api_ready $api_late" = "$sql_national" ] && echo yes || echo no)
echo "dashboard (API, incl. HTTP): $dashboard_ms ms [$(echo $dashboard_times)]; ad-hoc GROUP BY (psql): $groupby_ms ms"
echo "PDF of the national view: $(wc -c < "$WORK/national.pdf") bytes"

kill $portal; wait $portal 2>/dev/null || true
psql_db -d test -c "drop database if exists $DB with (force)"
speedup=$(awk -v a="$groupby_ms" -v b="$dashboard_ms" 'BEGIN { printf "%.1f", a / b }')
echo "RESULT dashboard_ms=$dashboard_ms groupby_ms=$groupby_ms speedup=$speedup tps=$tps_total totals_equal=$equal"
