#!/usr/bin/env bash
# p99 of GET /api/v1/vacancies/{id}/candidates for one vacancy over 10 000 employees (issue 6, item 10).
# Starts a Kafka broker, a fresh database on the local PostgreSQL server and the packaged placement-service (reusing
# deploy/bench/employee/common.sh), seeds the projections by putting employee/unit/position/appraisal events on the
# broker so the service's own consumers build them, opens one vacancy as hr-admin, then runs wrk against the
# ranking endpoint beside pgbench reading the same rows the endpoint reads (active employees' snapshots by NIP and
# every predikat record) on the same machine. Stops everything it started.
# Env: BENCH_EMPLOYEES (10000), BENCH_DURATION (s per level, 30), BENCH_CONNECTIONS (levels, "1 4"), BENCH_LIMIT (20),
#      BENCH_SEED_TIMEOUT (s, 600), BENCH_HTTP_PORT (18084), MERIT_PG_* (server, default 127.0.0.1:5432 postgres).
export BENCH_HTTP_PORT="${BENCH_HTTP_PORT:-18084}"
source "$(dirname "$0")/../employee/common.sh"
need wrk wrk; need pgbench postgresql-contrib
HERE="$ROOT/deploy/bench/assignment"
EMPLOYEES="${BENCH_EMPLOYEES:-10000}"; DURATION="${BENCH_DURATION:-30}"; LEVELS="${BENCH_CONNECTIONS:-1 4}"; LIMIT="${BENCH_LIMIT:-20}"
SEED_TIMEOUT="${BENCH_SEED_TIMEOUT:-600}"

BENCH_SERVICE=placement-service
BENCH_XMX=768m

count() { psql_db -At -c "select (select count(*) from employee_view) || ' ' || (select count(*) from predikat_record) || ' ' || (select count(*) from position_view)"; }

build; start_db; make_keys; start_kafka; start_service

echo "seeding $EMPLOYEES employees through the broker ..." >&2
t0=$(date +%s.%N)
POSITION_ID="$(java -cp "$INFRA_CP" "$HERE/RankingSeed.java" "$BOOTSTRAP" "$EMPLOYEES" 2> "$WORK/seed.log")" || { cat "$WORK/seed.log" >&2; exit 1; }
deadline=$(( $(date +%s) + SEED_TIMEOUT ))
until [[ "$(count)" == "$EMPLOYEES $((2 * EMPLOYEES)) 10" ]]; do
  (( $(date +%s) < deadline )) || { echo "projections incomplete after ${SEED_TIMEOUT}s: $(count) (employees predikat positions)" >&2; exit 1; }
  sleep 1
done
SEED_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b - a}')
psql_db -c "analyze" >/dev/null

TOKEN="$(token hr-admin)"
VACANCY="$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"positionId\":\"$POSITION_ID\",\"tmt\":\"2026-07-01\"}" "$BASE/api/v1/vacancies" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')" \
  || { echo "could not open the vacancy" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
URL="$BASE/api/v1/vacancies/$VACANCY/candidates?limit=$LIMIT"
# Every eligible employee is scored and sorted on each request; limit=200 (the maximum) shows how many there are.
ELIGIBLE="$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/vacancies/$VACANCY/candidates?limit=200" \
  | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" \
  || { echo "the ranking endpoint failed" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
EMP_COUNT="$(psql_db -At -c "select count(*) from employee_view")"

# The rows one ranking request reads (RankingService.rank → Profiles.candidates), fetched by the client in full.
cat > "$WORK/scan.sql" <<'SQL'
select nip, name, status, unit_id, position_id, snapshot, version, updated_at from employee_view where status = 'ACTIVE' order by nip;
select nip, year, predikat from predikat_record;
SQL
pct() { cat "$WORK"/pgb.* | awk '{print $3}' | sort -n | awk -v q="$1" '{a[NR]=$1} END{i=int(NR*q); if(i<1)i=1; printf "%.2fms", a[i]/1000}'; }

echo "ranking: $(nproc) cores, $EMP_COUNT employees (projections built by the consumers in ${SEED_S}s), limit=$LIMIT, $DURATION s per level"
echo "  eligible for the vacancy: $( [[ "$ELIGIBLE" == 200 ]] && echo "200+ (limit cap)" || echo "$ELIGIBLE")"
echo "warm-up ..." >&2
wrk -t1 -c2 -d5s -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null
# One request at a time, whole pool versus one unit's tenth of it: shows how the cost grows with the pool.
UNIT_ID="$(psql_db -At -c "select unit_id from employee_view limit 1")"
median() { for _ in 1 2 3 4 5 6 7; do curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$1"; done \
  | sort -n | awk '{a[NR]=$1} END{printf "%.0fms", a[4]*1000}'; }
echo "  single requests, median of 7: whole pool $(median "$URL"), unitId filter ($(psql_db -At -c "select count(*) from employee_view where unit_id = '$UNIT_ID'") employees) $(median "$URL&unitId=$UNIT_ID")"
for CONNS in $LEVELS; do
  wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 20s --latency -H "Authorization: Bearer $TOKEN" "$URL" > "$WORK/wrk.txt"
  HTTP_RPS=$(awk '/^Requests\/sec/{print $2}' "$WORK/wrk.txt")
  HTTP_P50=$(awk '$1=="50%"{print $2}' "$WORK/wrk.txt")
  HTTP_P99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")
  HTTP_N=$(awk '/requests in/{print $1}' "$WORK/wrk.txt")
  HTTP_ERR=$(awk '/Non-2xx|Socket errors/{print}' "$WORK/wrk.txt")
  rm -f "$WORK"/pgb.*
  (cd "$WORK" && PGPASSWORD="$DB" pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$DB" -c "$CONNS" -j 1 -T "$DURATION" \
     -f scan.sql -l --log-prefix=pgb "$DB" > pgbench.txt 2>&1)
  PG_TPS=$(awk -F'= ' '/^tps/{split($2,a," "); print a[1]}' "$WORK/pgbench.txt")
  PG_P50=$(pct 0.5); PG_P99=$(pct 0.99); PG_N=$(cat "$WORK"/pgb.* | wc -l)
  echo "  $CONNS connection(s):"
  printf '    service GET /vacancies/{id}/candidates: %7.1f req/s  p50 %-9s p99 %-9s (%s requests) %s\n' "$HTTP_RPS" "$HTTP_P50" "$HTTP_P99" "$HTTP_N" "$HTTP_ERR"
  printf '    pgbench, the same rows (2 queries):     %7.1f tx/s   p50 %-9s p99 %-9s (%s transactions)\n' "$PG_TPS" "$PG_P50" "$PG_P99" "$PG_N"
  awk -v a="$HTTP_RPS" -v b="$PG_TPS" 'BEGIN{printf "    ratio service/pgbench throughput: %.3f\n", a/b}'
  echo "    load: $(uptime)"
done
