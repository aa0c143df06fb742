#!/usr/bin/env bash
# docker-compose.yml as Debian's docker-compose reads it (no Docker daemon needed): valid on its own, and with a
# fresh .env from `cli secrets init` every service that runs the image gets every secret. Run `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v docker-compose >/dev/null || { echo "compose: docker-compose is not installed (apt-get install docker-compose)"; exit 1; }
env_file=$(mktemp)
trap 'rm -f "$env_file"' EXIT
docker-compose config -q
node dist/apps/cli/apps/cli/src/main.js secrets init >"$env_file"
config=$(docker-compose --env-file "$env_file" config)
for variable in IDENTITY_MASTER_KEYS BLIND_INDEX_KEY AUDIT_SIGNING_KEY AUTH_JWT_SECRET; do
  # api, projector and cli each carry it, with the value of .env.
  found=$(printf '%s\n' "$config" | grep -cE "^      $variable: '?[^' ]" || true)
  [ "$found" = 3 ] || { echo "compose: $variable reaches $found of the 3 services that run the image"; exit 1; }
done
printf '%s\n' "$config" | grep -qE "^      POSTGRES_PASSWORD: '?[A-Za-z0-9_-]{16,}" || { echo "compose: PostgreSQL gets no password from .env"; exit 1; }
echo "compose: docker-compose.yml is valid and passes every secret of a fresh .env to the api, projector and cli"
