#!/usr/bin/env bash
# Starts the service as the README says (`npm start`, embedded PostgreSQL in a fresh data directory),
# checks /health, /docs and the console at /, then stops it and checks that PostgreSQL stopped with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
data_dir=$(mktemp -u /tmp/rujukan-smoke-XXXXXX)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log=$(mktemp)
npm run prestart --silent
EMBEDDED_PG_DATA_DIR="$data_dir" PORT="$port" node dist/apps/api/apps/api/src/main.js >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data_dir" "$log"; }
trap cleanup EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "service exited before answering"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health" | grep -q '"status":"ok"' || { cat "$log"; echo "/health is not ok"; exit 1; }
curl -sf "http://127.0.0.1:$port/docs-json" | grep -q '"/health"' || { echo "/docs does not list the API"; exit 1; }
curl -sf "http://127.0.0.1:$port/docs" | grep -qi 'swagger' || { echo "/docs page missing"; exit 1; }
# The console: a page navigation anywhere outside the API gets the built app, and its script is served.
page=$(curl -sf -H 'Accept: text/html' "http://127.0.0.1:$port/antrian") || { echo "the console is not served at /"; exit 1; }
script=$(printf '%s' "$page" | grep -o 'src="/assets/[^"]*\.js"' | head -1 | sed 's/src="//; s/"$//')
[ -n "$script" ] && curl -sf -o /dev/null "http://127.0.0.1:$port$script" || { echo "the console's script is not served"; exit 1; }
kill -TERM "$pid"
wait "$pid" || true
if pgrep -f "postgres -D $data_dir" >/dev/null; then echo "embedded PostgreSQL outlived the service"; exit 1; fi
echo "smoke: npm start answered /health, /docs and the console on port $port and stopped cleanly"
