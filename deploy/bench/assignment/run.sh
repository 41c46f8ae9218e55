#!/usr/bin/env bash
# Assignment benchmark: the same random instances solved by placement-service's solver path (OR-Tools min-cost
# flow through id.merit.placement.domain.AssignmentSolver) and by scipy, in one run. Prints both times, the ratio
# and whether the optima agree; then ranking.sh (p99 of the ranking endpoint, skip with BENCH_SKIP_RANKING=1).
# Needs the module's test classes: ./mvnw -o -q -pl placement-service test-compile
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
py=/usr/bin/python3
if ! "$py" -c "import scipy" 2>/dev/null; then
  apt-get install -y python3-scipy >/dev/null || { apt-get update >/dev/null && apt-get install -y python3-scipy >/dev/null; }
fi
cd "$root"
[ -d placement-service/target/test-classes ] || ./mvnw -B -o -q -pl placement-service test-compile
cp_file="$(mktemp)"
./mvnw -B -o -q -pl placement-service dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work" "$cp_file"' EXIT
java -Xmx3g -cp "placement-service/target/classes:placement-service/target/test-classes:$(cat "$cp_file")" \
  id.merit.placement.bench.AssignmentBench "$work" > "$work/ours.txt"
"$py" "$(dirname "$0")/scipy_solve.py" "$work" > "$work/scipy.txt"
printf "%-20s %9s %10s %10s %8s %s\n" case arcs ours_ms scipy_ms ratio optima
while read -r name n m arcs ms total status; do
  read -r sname sms stotal < <(grep "^$name " "$work/scipy.txt")
  agree=$([ "$total" = "$stotal" ] && echo agree || echo "DIFFER ($total vs $stotal)")
  ratio=$(awk -v a="$ms" -v b="$sms" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf "%-20s %9s %10s %10s %8s %s %s\n" "$name" "$arcs" "$ms" "$sms" "$ratio" "$agree" "$status"
done < "$work/ours.txt"
# The ranking endpoint's latency needs the packaged service, a broker and a database: its own script, also runnable alone.
[ -n "${BENCH_SKIP_RANKING:-}" ] || "$root/deploy/bench/assignment/ranking.sh"
