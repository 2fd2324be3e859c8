#!/usr/bin/env bash
# Everything measurable, in one command, one after another, on this machine only:
#   1. extraction and loading on a synthetic corpus (dealgraph bench);
#   2. SPARQL through the service against a plain Fuseki server (built from fuseki/config.ttl alone, none of
#      Dealgraph's code in front) over the same TDB2 store: the competency questions' latency on each, the ratio;
#   3. the time from starting the service to its first answered SPARQL query;
#   4. page latency of the service (src/test/bench-pages.sh);
#   5. the load test: 32 clients for SECONDS seconds, throughput, p50/p99, heap, zero errors (LoadTest).
# The figures are written to target/bench/ (report.md gathers them).
#
#   src/test/bench-all.sh [ARTICLES] [SECONDS]      defaults: 10000 articles, 60 s
#
# Runs the jar with $JAVA_HOME/bin/java, else the first java 21+ it finds (the PATH, then /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-10000}"
seconds="${2:-60}"
port="${BENCH_PORT:-18080}"
fuseki_port=$((port + 1))
out=target/bench
rm -rf "$out"
mkdir -p "$out"

major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}'; }
java=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  v=$(major "$candidate"); [ "${v%%.*}" -ge 21 ] 2>/dev/null && { java="$candidate"; break; }
done
[ -n "$java" ] || { echo "bench-all: no java 21 or newer found; set JAVA_HOME" >&2; exit 1; }

wait_for() { # URL SECONDS: wait until URL answers 200
  for _ in $(seq 1 "$(($2 * 10))"); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "bench-all: nothing answered at $1" >&2; return 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null

# 1. Extraction and loading.
"$java" -Xmx1g -jar target/dealgraph.jar bench --articles "$articles" | tee "$out/extraction.txt"

# 2. The same store served by a stock Fuseki server and by the service.
"$java" -jar target/dealgraph.jar load --store "$out/store" \
  data/articles/000_aeaaa436f013f926.txt data/articles/001_nvidia-aurelia.txt
ask="query=ASK%7B%7D"
(cd "$out" && exec "$java" -cp "../test-classes:$(cat classpath.txt)" org.dealgraph.fuseki.PlainFuseki \
  ../../fuseki/config.ttl "$fuseki_port" >fuseki.log 2>&1) &
plain=$!
trap 'stop $plain' EXIT
wait_for "http://localhost:$fuseki_port/dealgraph/sparql?$ask" 120
src/test/bench-sparql.sh "http://localhost:$fuseki_port/dealgraph/sparql" 200 | tee "$out/sparql-plain.txt"
stop "$plain"

start=$(date +%s%N)
"$java" -jar target/dealgraph.jar serve --dealgraph.store.location="$out/store" \
  --dealgraph.articles.load-on-start=false --server.port="$port" --dealgraph.fuseki.port="$fuseki_port" \
  --dealgraph.security.generated-credentials="$out/credentials" >"$out/service.log" 2>&1 &
service=$!
trap 'stop $service' EXIT
wait_for "http://localhost:$fuseki_port/dealgraph/sparql?$ask" 120
first=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start to first answered query: $first ms" | tee "$out/start.txt"
src/test/bench-sparql.sh "http://localhost:$fuseki_port/dealgraph/sparql" 200 | tee "$out/sparql-service.txt"

# 4. Page latency.
wait_for "http://localhost:$port/actuator/health" 60
src/test/bench-pages.sh "http://localhost:$port" 300 | tee "$out/pages.txt"
stop "$service"
trap - EXIT

# 5. The load test.
./mvnw -B -q verify -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false -Ddealgraph.load.seconds="$seconds"
cp target/load-report.txt "$out/load.txt"

{
  echo "# Dealgraph benchmark report"
  echo
  echo "## Extraction and loading"; echo; echo '```'; cat "$out/extraction.txt"; echo '```'; echo
  echo "## SPARQL: the service against a plain Fuseki over the same store (median / p99 ms, ratio of medians)"
  echo
  echo "| query | plain Fuseki | service | ratio |"
  echo "| --- | ---: | ---: | ---: |"
  join "$out/sparql-plain.txt" "$out/sparql-service.txt" \
    | awk '{ printf "| %s | %s / %s | %s / %s | %.2f |\n", $1, $2, $3, $4, $5, ($2 > 0 ? $4 / $2 : 0) }'
  echo; echo "## Start"; echo; cat "$out/start.txt"; echo
  echo "## Page latency"; echo; cat "$out/pages.txt"; echo
  echo "## Load"; echo; echo '```'; cat "$out/load.txt"; echo '```'
} >"$out/report.md"
cat "$out/report.md"
echo "bench-all: figures in $out/"
