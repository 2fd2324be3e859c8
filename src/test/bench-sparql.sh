#!/usr/bin/env bash
# SPARQL latency of an endpoint on this machine: N GET requests (default 200, after 20 unmeasured ones) of each
# competency question named, one after another over one kept-alive connection; prints the median and the 99th
# percentile (nearest rank) of curl's total time per request, in milliseconds, as "NAME MEDIAN P99" lines.
#
#   src/test/bench-sparql.sh ENDPOINT [N] [CQ...]   e.g. src/test/bench-sparql.sh http://localhost:3030/dealgraph/sparql
#
# Only for an endpoint on this machine: the requests are bounded and it stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
endpoint="$1"
n="${2:-200}"
shift 2 || shift $#
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(01-stakes 05-investments 06-article-deals 17-deals-of-microsoft)
warmup=20

case "$endpoint" in
  http://localhost:*|http://127.0.0.1:*|http://\[::1\]:*) ;;
  *) echo "bench-sparql: only an endpoint on this machine (http://localhost:PORT/...), not $endpoint" >&2; exit 2 ;;
esac

times() {
  local file="$1" count="$2" url args=()
  # The query URL-encoded once, by curl, in one request more (unmeasured).
  url=$(curl -Gs -o /dev/null -w '%{url_effective}' --data-urlencode "query@$file" "$endpoint")
  for ((i = 0; i < count; i++)); do args+=(-o /dev/null "$url"); done
  curl -s -H 'Accept: application/sparql-results+json' -w '%{http_code} %{time_total}\n' "${args[@]}"
}

for name in "${queries[@]}"; do
  file="ontology/cq/$name.rq"
  times "$file" "$warmup" >/dev/null
  times "$file" "$n" | sort -n -k2 | awk -v name="$name" '
    $1 != 200 { bad++ }
    { t[NR] = $2 * 1000 }
    END {
      if (bad) { printf "bench-sparql: %d of %d answers to %s were not 200\n", bad, NR, name > "/dev/stderr"; exit 1 }
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      rank = int(0.99 * NR); if (rank < 0.99 * NR) rank++
      printf "%s %.2f %.2f\n", name, median, t[rank]
    }'
done
