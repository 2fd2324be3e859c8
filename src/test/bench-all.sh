#!/usr/bin/env bash
# Everything measurable, in one command, one after another, on this machine only:
#   1. extraction and loading on a synthetic corpus (dealgraph bench);
#   2. page latency of a fresh service on loopback (src/test/bench-pages.sh);
#   3. the load test: 32 clients for SECONDS seconds, throughput, p50/p99, heap, zero errors (LoadTest).
# The figures are written to target/bench/.
#
#   src/test/bench-all.sh [ARTICLES] [SECONDS]      defaults: 10000 articles, 60 s
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-10000}"
seconds="${2:-60}"
port="${BENCH_PORT:-18080}"
out=target/bench
mkdir -p "$out"

./mvnw -B -q -DskipTests package
java -Xmx1g -jar target/dealgraph.jar bench --articles "$articles" | tee "$out/extraction.txt"

java -jar target/dealgraph.jar serve --spring.profiles.active=memory --server.port="$port" \
  --dealgraph.fuseki.port=0 >"$out/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://localhost:$port/actuator/health" && break
  sleep 1
done
src/test/bench-pages.sh "http://localhost:$port" 300 | tee "$out/pages.txt"
kill "$service"
wait "$service" 2>/dev/null || true
trap - EXIT

./mvnw -B -q verify -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false -Ddealgraph.load.seconds="$seconds"
cp target/load-report.txt "$out/load.txt"
cat "$out/load.txt"
echo "bench-all: figures in $out/"
