#!/usr/bin/env bash
# Builds the portal when the sources are newer than the runnable jar, then starts it on the embedded
# defaults: H2 file database and in-VM Artemis under $DATA_DIR, demo accounts. See README.md.
set -euo pipefail
cd "$(dirname "$0")"

export DESKPILKADA_PROFILE="${DESKPILKADA_PROFILE:-demo}"
export DATA_DIR="${DATA_DIR:-$HOME/deskpilkada-data}"
HTTP_PORT="${HTTP_PORT:-8080}"
JAR=web-portal/target/deskpilkada-portal-microbundle.jar

stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find . -path '*/target' -prune -o -type f \( -name '*.java' -o -name '*.xhtml' -o -name '*.xml' \
        -o -name '*.properties' -o -name '*.sql' -o -name '*.css' -o -name '*.csv' \) -newer "$JAR" -print -quit)" ]
}

if stale; then
  echo "Building Desk Pilkada (tests skipped; run the test command from the README for those)..."
  mvn -B -q -DskipTests package
fi

# Payara keeps its runtime files in $DATA_DIR/payara; start it clean so that a deployment remembered
# from the previous run is not deployed (and then replaced) a second time.
rm -rf "$DATA_DIR/payara"
mkdir -p "$DATA_DIR/payara"
echo "Starting Desk Pilkada on http://localhost:$HTTP_PORT (profile $DESKPILKADA_PROFILE, data in $DATA_DIR)"
LOGGING=()
if [ "${LOG_FORMAT:-}" = json ]; then
  # one JSON object per line, with the correlation id of the request or event it belongs to
  LOGGING=(--logproperties "$PWD/scripts/logging-json.properties")
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar "$JAR" --port "$HTTP_PORT" --rootdir "$DATA_DIR/payara" --nocluster "${LOGGING[@]}"
