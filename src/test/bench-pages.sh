#!/usr/bin/env bash
# Page latency of a running Dealgraph: N requests (default 300, after 30 unmeasured ones) to each of the home page,
# an entity page, an article page and a data document, one after another over one kept-alive connection; prints the
# median and the 99th percentile (nearest rank) of curl's total time per request, in milliseconds.
#
#   src/test/bench-pages.sh [BASE_URL] [N]      e.g. src/test/bench-pages.sh http://localhost:8080 300
#
# Only for a service on this machine: the requests are bounded (N + 30 per page) and it stops by itself.
set -euo pipefail
base="${1:-http://localhost:8080}"
n="${2:-300}"
warmup=30
pages=(
  "home page|/|text/html"
  "entity page|/id/org/openai|text/html"
  "article page|/article/000_aeaaa436f013f926|text/html"
  "data document (Turtle)|/id/org/openai|text/turtle"
)

case "$base" in
  http://localhost:*|http://127.0.0.1:*|http://\[::1\]:*) ;;
  *) echo "bench-pages: only a service on this machine (http://localhost:PORT), not $base" >&2; exit 2 ;;
esac
if ! curl -sf -o /dev/null "$base/actuator/health"; then
  echo "bench-pages: no service answers at $base (start it: java -jar target/dealgraph.jar)" >&2
  exit 1
fi

# Status and time of each of COUNT requests to one page, in one curl, which keeps the connection open between them.
times() {
  local path="$1" accept="$2" count="$3" urls=()
  for ((i = 0; i < count; i++)); do urls+=(-o /dev/null "$base$path"); done
  curl -s -H "Accept: $accept" -w '%{http_code} %{time_total}\n' "${urls[@]}"
}

printf '| page | URL | Accept | requests | median | 99th percentile |\n| --- | --- | --- | ---: | ---: | ---: |\n'
for entry in "${pages[@]}"; do
  IFS='|' read -r name path accept <<<"$entry"
  times "$path" "$accept" "$warmup" >/dev/null
  times "$path" "$accept" "$n" | sort -n -k2 | awk -v name="$name" -v path="$path" -v accept="$accept" '
    $1 != 200 { bad++ }
    { t[NR] = $2 * 1000 }
    END {
      if (bad) { printf "bench-pages: %d of %d answers to %s were not 200\n", bad, NR, path > "/dev/stderr"; exit 1 }
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      rank = int(0.99 * NR); if (rank < 0.99 * NR) rank++
      printf "| %s | `%s` | `%s` | %d | %.1f ms | %.1f ms |\n", name, path, accept, NR, median, t[rank]
    }'
done
