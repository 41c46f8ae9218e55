#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is empty: one database and one owner per service, plus Keycloak's.
# Passwords come from the container's environment (compose.yaml passes them from .env).
set -euo pipefail

create() {
  local name="$1" password="$2"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create merit_employee  "$MERIT_EMPLOYEE_DB_PASSWORD"
create merit_appraisal "$MERIT_APPRAISAL_DB_PASSWORD"
create merit_feedback  "$MERIT_FEEDBACK_DB_PASSWORD"
create merit_placement "$MERIT_PLACEMENT_DB_PASSWORD"
create merit_keycloak  "$MERIT_KEYCLOAK_DB_PASSWORD"
