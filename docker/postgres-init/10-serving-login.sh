#!/bin/sh
# Runs once, when the database volume is first created (postgres image, /docker-entrypoint-initdb.d).
# The owner (POSTGRES_USER) runs the migrations and owns the tables; the app serves requests as pantau_app, which
# owns nothing and is granted its rights by the app after every migration run.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE pantau_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'app_password';
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
