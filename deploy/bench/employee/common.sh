#!/usr/bin/env bash
# Shared by the benchmarks: builds what is missing, starts a Kafka broker (deploy/infra code), a fresh PostgreSQL
# database on the local server, and the packaged employee-service verifying bench tokens with a local key pair.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
WORK="$(mktemp -d /tmp/merit-bench.XXXXXX)"
PG_HOST="${MERIT_PG_HOST:-127.0.0.1}"; PG_PORT="${MERIT_PG_PORT:-5432}"; PG_USER="${MERIT_PG_USER:-postgres}"
export PGPASSWORD="${MERIT_PG_PASSWORD:-}"
DB="merit_bench_$$"
HTTP_PORT="${BENCH_HTTP_PORT:-18081}"
BASE="http://127.0.0.1:$HTTP_PORT"
PIDS=()

cleanup() {
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do kill "${PIDS[$i]}" 2>/dev/null || true; wait "${PIDS[$i]}" 2>/dev/null || true; done
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $DB with (force)" -c "drop role if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A missing tool is installed from Debian's packages (the reference programs wrk and pgbench included).
need() {
  command -v "$1" >/dev/null && return
  local sudo=""; [[ "$(id -u)" -ne 0 ]] && sudo=sudo
  echo "installing $2 (Debian package, for $1)" >&2
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$2" >/dev/null \
    || { echo "missing $1 and could not install $2" >&2; exit 1; }
  command -v "$1" >/dev/null || { echo "$2 installed no $1" >&2; exit 1; }
}
need psql postgresql-client; need openssl openssl; need curl curl; need java openjdk-17-jdk-headless

psql_db() { psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" "$@"; }

# Packages BENCH_SERVICE (default employee-service) unless its jar exists (BENCH_REBUILD=1: always).
build() {
  local service="${BENCH_SERVICE:-employee-service}"
  local jar="$ROOT/$service/target/quarkus-app/quarkus-run.jar"
  if [[ ! -f "$jar" || -n "${BENCH_REBUILD:-}" ]]; then
    echo "building $service ..." >&2
    (cd "$ROOT" && ./mvnw -B -o -q -pl "$service" package -DskipTests)
  fi
  local cp="$ROOT/deploy/bench/employee/target/infra.classpath"
  if [[ ! -f "$cp" ]]; then
    mkdir -p "$ROOT/deploy/bench/employee/target"
    (cd "$ROOT" && ./mvnw -B -o -q -pl deploy/infra dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null)
  fi
  INFRA_CP="$ROOT/deploy/infra/target/merit-infra-0.1.0-SNAPSHOT.jar:$(cat "$cp")"
  [[ -f "$ROOT/deploy/infra/target/merit-infra-0.1.0-SNAPSHOT.jar" ]] || INFRA_CP="$HOME/.m2/repository/id/merit/merit-infra/0.1.0-SNAPSHOT/merit-infra-0.1.0-SNAPSHOT.jar:$(cat "$cp")"
}

# The broker distribution's own class path (kafka-tools' perf tools included), as the launcher's broker uses it.
kafka_classpath() {
  local dist; dist="$(tr ':' '\n' <<<"$INFRA_CP" | grep 'merit-kafka-dist' | head -1)"
  python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("merit-kafka.classpath").decode().strip())' "$dist"
}

start_kafka() {
  echo "starting Kafka ..." >&2
  java -cp "$INFRA_CP" "$ROOT/deploy/bench/employee/BenchKafka.java" "$WORK/kafka" > "$WORK/kafka.out" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 240); do
    if grep -q '^READY ' "$WORK/kafka.out"; then BOOTSTRAP="$(awk '/^READY /{print $2}' "$WORK/kafka.out")"; return; fi
    kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$WORK/kafka.out" >&2; exit 1; }
    sleep 0.5
  done
  echo "Kafka did not start" >&2; exit 1
}

start_db() {
  psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -c "create role $DB login password '$DB'" -c "create database $DB owner $DB" >/dev/null
}

b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

# A key pair whose public half the service trusts, and an RS256 token for the given role.
make_keys() {
  openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
  PUBLIC_KEY="$(openssl rsa -in "$WORK/key.pem" -pubout 2>/dev/null | grep -v '^-----' | tr -d '\n')"
}
token() {
  local now; now=$(date +%s)
  local h p
  h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  p=$(printf '{"sub":"bench","preferred_username":"bench","iat":%d,"exp":%d,"realm_access":{"roles":["%s"]}}' "$now" $((now + 7200)) "$1" | b64url)
  printf '%s.%s.%s' "$h" "$p" "$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"
}

# BENCH_SERVICE / BENCH_XMX let another service's benchmark reuse this (default: employee-service, 512m).
start_service() {
  local service="${BENCH_SERVICE:-employee-service}"
  echo "starting $service on :$HTTP_PORT ..." >&2
  QUARKUS_HTTP_PORT="$HTTP_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$DB" QUARKUS_DATASOURCE_PASSWORD="$DB" \
  QUARKUS_DATASOURCE_JDBC_MAX_SIZE="${BENCH_POOL:-16}" \
  KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_LOG_LEVEL=WARN \
  java -Xmx"${BENCH_XMX:-512m}" -jar "$ROOT/$service/target/quarkus-app/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  PIDS+=($SERVICE_PID)
  for _ in $(seq 1 240); do
    if curl -sf "$BASE/q/health/ready" >/dev/null 2>&1; then return; fi
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -40 "$WORK/service.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "service did not become ready" >&2; tail -40 "$WORK/service.log" >&2; exit 1
}
