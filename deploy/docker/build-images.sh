#!/usr/bin/env bash
# Builds the five Merit images from their Quarkus fast-jars with deploy/docker/Dockerfile.
#   deploy/docker/build-images.sh [--no-build] [--push] [--dry-run]
# Environment: MERIT_REGISTRY (image prefix, default "merit"), MERIT_TAG (default: the project version),
# CONTAINER_ENGINE (docker or podman; default: whichever is on PATH).
# Tests never need this script: it is for hosts with a container engine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
registry="${MERIT_REGISTRY:-merit}"
tag="${MERIT_TAG:-0.1.0-SNAPSHOT}"
build=1 push=0 dry=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --push) push=1 ;;
    --dry-run) dry=1 ;;
    *) echo "unknown option: $arg (use --no-build, --push, --dry-run)" >&2; exit 64 ;;
  esac
done

# app:port, the ports of DESIGN §7.
apps=(gateway:8080 employee-service:8081 appraisal-service:8082 feedback-service:8083 placement-service:8084)

engine="${CONTAINER_ENGINE:-}"
if [[ -z "$engine" ]]; then
  for candidate in docker podman; do
    if command -v "$candidate" >/dev/null 2>&1; then engine="$candidate"; break; fi
  done
fi
if [[ -z "$engine" && "$dry" -eq 0 ]]; then
  echo "no container engine found (docker or podman); set CONTAINER_ENGINE or use --dry-run" >&2
  exit 69
fi
engine="${engine:-docker}"

run() {
  if [[ "$dry" -eq 1 ]]; then echo "$*"; else "$@"; fi
}

if [[ "$build" -eq 1 ]]; then
  run "$root/mvnw" -B -q -DskipTests package -pl gateway,employee-service,appraisal-service,feedback-service,placement-service -am
fi

for entry in "${apps[@]}"; do
  app="${entry%%:*}" port="${entry##*:}"
  if [[ "$dry" -eq 0 && ! -f "$root/$app/target/quarkus-app/quarkus-run.jar" ]]; then
    echo "$app/target/quarkus-app is missing: run without --no-build, or ./mvnw -B -DskipTests package" >&2
    exit 66
  fi
  run "$engine" build -f "$root/deploy/docker/Dockerfile" --build-arg "APP=$app" --build-arg "PORT=$port" \
    --build-arg "VERSION=$tag" -t "$registry/$app:$tag" "$root"
  if [[ "$push" -eq 1 ]]; then
    run "$engine" push "$registry/$app:$tag"
  fi
done
