#!/usr/bin/env bash
# Benchmark: the application's region importer (parse, validate, plan, write; inside the running portal on
# PostgreSQL) against PostgreSQL's own \copy of the same CSV into a bare table, measured in the same run.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and a built jar (built here when missing).
# Also times the national synthetic TPS generation + insert (the platform's generator, COPY on PostgreSQL) into
# the same database after the region load.
# The importer is timed warm (median of 3 applies of the whole file into an empty tree through the admin import
# API, after 3 dry runs), as an administrator meets it; the cold first-start load is printed beside it.
# A second baseline copies into a table with plt_region's primary key and two indexes, which any load of the
# tree must maintain (the tree pages need them).
# Prints: RESULT copy_ms=<median of 3> copy_indexed_ms=<median of 3> import_ms=<median of 3> ratio=<import/copy>
#         ratio_indexed=<import/copy_indexed> cold_start_import_ms=<ms>
#         tps=<n> tps_generate_insert_ms=<ms>
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
DB=deskpilkada_bench
CSV=platform/src/main/resources/regions/wilayah.csv
JAR=web-portal/target/deskpilkada-portal-microbundle.jar
WORK=bench/target/regions
PORT=${BENCH_PORT:-8197}
psql_db() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -X -q "$@"; }

[ -f "$JAR" ] || mvn -B -q -DskipTests package
rm -rf "$WORK"; mkdir -p "$WORK"

echo "== baseline: \\copy of $(($(wc -l < "$CSV") - 1)) regions into a bare table"
psql_db -d test -c "drop database if exists $DB with (force)" -c "create database $DB"
# median_copy_ms TABLE_DDL: \copy the CSV into a fresh table made by TABLE_DDL three times, print the median (ms)
median_copy_ms() {
  local times=() out ms
  for i in 1 2 3; do
    out=$(psql_db -d "$DB" <<SQL
drop table if exists bare_region;
$1;
\timing on
\copy bare_region from '$CSV' with (format csv, header true)
SQL
)
    ms=$(echo "$out" | grep -oE 'Time: [0-9.]+ ms' | tail -1 | grep -oE '[0-9.]+')
    echo "  run $i: $ms ms" >&2
    times+=("$ms")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
copy_ms=$(median_copy_ms "create table bare_region (code varchar(13), name varchar(200), level smallint, parent_code varchar(13))")

echo "== second baseline: \\copy into a table with plt_region's primary key and indexes (what any load must maintain)"
copy_indexed_ms=$(median_copy_ms "create table bare_region (code varchar(13) primary key, name varchar(200), level smallint,
  parent_code varchar(13)); create index on bare_region (parent_code, code); create index on bare_region (level, code)")

echo "== application: first start of the portal on an empty PostgreSQL database loads the region tree (cold JVM)"
psql_db -d test -c "drop database if exists $DB with (force)" -c "create database $DB"
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_DSCLASS=org.postgresql.ds.PGSimpleDataSource DB_USER="$PGUSER" \
  DB_PASSWORD=unused DATA_DIR="$PWD/$WORK/data" DESKPILKADA_PROFILE=production ADMIN_PASSWORD=BenchmarkOnly-2024 \
  java -jar "$JAR" --port "$PORT" --rootdir "$PWD/$WORK/data/payara" --nocluster > "$WORK/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -qE "ready in [0-9,]+" "$WORK/portal.log" && break
  if ! kill -0 $portal 2>/dev/null; then echo "portal died:"; tail -20 "$WORK/portal.log"; exit 1; fi
  sleep 1
done
line=$(grep -o "Region tree loaded: [0-9]* regions in [0-9]* ms.*" "$WORK/portal.log")
echo "$line"
cold_ms=$(echo "$line" | grep -oE 'in [0-9]+ ms' | grep -oE '[0-9]+')

echo "== application: the same file through the admin import API (POST /api/regions/import) in the warm portal"
base="http://127.0.0.1:$PORT"
jar_cookies="$WORK/cookies"
portal_login "$base" admin "BenchmarkOnly-2024" "$jar_cookies"
import_api() { # $1: apply=true|false; prints the importer's own time (ms) and the HTTP status
  curl -s -b "$jar_cookies" -H 'Content-Type: text/csv' --data-binary "@$CSV" \
    -w ' http=%{http_code}\n' "$base/api/regions/import?apply=$1" | grep -oE '"millis":[0-9]+|http=[0-9]+' | tr '\n' ' '
}
echo "warm-up dry runs: $(import_api false) $(import_api false) $(import_api false)"
import_times=()
for i in 1 2 3; do
  # an empty tree again, so every run adds all regions (production profile: nothing refers to them yet)
  psql_db -d "$DB" -c "truncate plt_region cascade"
  out=$(import_api true)
  echo "import run $i: $out"
  echo "$out" | grep -q 'http=200' || { echo "import failed"; exit 1; }
  import_times+=("$(echo "$out" | grep -oE '"millis":[0-9]+' | cut -d: -f2)")
done
import_ms=$(printf '%s\n' "${import_times[@]}" | sort -n | sed -n 2p)
kill $portal; wait $portal 2>/dev/null || true

echo "== national synthetic TPS: generate and insert into the same database"
classpath="platform/target/classes:$(mvn -B -q -f platform/pom.xml dependency:build-classpath \
  -Dmdep.includeScope=compile -Dmdep.outputFile=/dev/stdout):$(find ~/.m2/repository/org/postgresql/postgresql \
  -name 'postgresql-*.jar' | sort | tail -1)"
[ -d platform/target/classes ] || mvn -B -q -f platform/pom.xml -DskipTests compile
tps_line=$(java -cp "$classpath" id.deskpilkada.platform.application.TpsGeneratorCli \
  --jdbc-url "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --user "$PGUSER" | tail -1)
echo "$tps_line"
tps_count=$(echo "$tps_line" | grep -oE 'TPS=[0-9]+' | cut -d= -f2)
tps_ms=$(echo "$tps_line" | grep -oE 'ms=[0-9]+' | cut -d= -f2)
psql_db -d test -c "drop database if exists $DB with (force)"

ratio=$(awk -v a="$import_ms" -v b="$copy_ms" 'BEGIN { printf "%.2f", a / b }')
ratio_indexed=$(awk -v a="$import_ms" -v b="$copy_indexed_ms" 'BEGIN { printf "%.2f", a / b }')
echo "RESULT copy_ms=$copy_ms copy_indexed_ms=$copy_indexed_ms import_ms=$import_ms ratio=$ratio ratio_indexed=$ratio_indexed cold_start_import_ms=$cold_ms tps=$tps_count tps_generate_insert_ms=$tps_ms"
