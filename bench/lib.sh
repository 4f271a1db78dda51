# Shared by the bench scripts (sourced).

# portal_login BASE USERNAME PASSWORD COOKIE_JAR: logs in through the portal's own login form (as a browser does,
# with the Faces view state); later requests pass -b COOKIE_JAR.
portal_login() {
  local base=$1 user=$2 password=$3 jar=$4 state
  state=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml" \
    | grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' | head -1 | sed -E 's/.*value="([^"]+)"/\1/')
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login.xhtml" \
    --data-urlencode loginForm=loginForm --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$password" --data-urlencode loginForm:submit= \
    --data-urlencode "jakarta.faces.ViewState=$state"
}

# The rest expects the calling script to have set PGHOST, PGPORT, PGUSER, DB, JAR, WORK, PORT and PASSWORD.

psql_db() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -X -q -v ON_ERROR_STOP=1 "$@"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# fresh_bench_database: builds the portal when its jar is missing, empties $WORK and creates $DB afresh.
fresh_bench_database() {
  [ -f "$JAR" ] || mvn -B -q -DskipTests install
  rm -rf "$WORK"; mkdir -p "$WORK"
  psql_db -d test -c "drop database if exists $DB with (force)" -c "create database $DB"
}

# start_portal: the portal in the production profile on $DB, waited for until its real ready line; $portal is its
# pid (the caller's EXIT trap stops it).
start_portal() {
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_DSCLASS=org.postgresql.ds.PGSimpleDataSource DB_USER="$PGUSER" \
    DB_PASSWORD=unused DATA_DIR="$PWD/$WORK/data" DESKPILKADA_PROFILE=production ADMIN_PASSWORD=$PASSWORD \
    java -jar "$JAR" --port "$PORT" --rootdir "$PWD/$WORK/data/payara" --nocluster > "$WORK/portal.log" 2>&1 &
  portal=$!
  for _ in $(seq 1 600); do
    grep -qE "ready in [0-9,]+" "$WORK/portal.log" && return 0
    kill -0 $portal 2>/dev/null || { echo "portal died:"; tail -30 "$WORK/portal.log"; exit 1; }
    sleep 1
  done
  echo "portal did not start"; exit 1
}

# generate_synthetic_tps: the platform's generator (national, or under $TPS_PREFIX) straight into $DB; sets
# tps_total to the active TPS.
generate_synthetic_tps() {
  local classpath
  classpath="platform/target/classes:$(mvn -B -q -f platform/pom.xml dependency:build-classpath \
    -Dmdep.includeScope=compile -Dmdep.outputFile=/dev/stdout):$(find ~/.m2/repository/org/postgresql/postgresql \
    -name 'postgresql-*.jar' | sort | tail -1)"
  java -cp "$classpath" id.deskpilkada.platform.application.TpsGeneratorCli ${TPS_PREFIX:+--prefix "$TPS_PREFIX"} \
    --jdbc-url "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --user "$PGUSER" | grep -E "^(done|TPS=)"
  tps_total=$(psql_db -d "$DB" -tA -c "select count(*) from plt_tps where status = 'AKTIF'")
}
