#!/usr/bin/env bash
# Runs `npm start` as the README says (the development configuration, embedded PostgreSQL in a fresh data
# directory): /health, /docs, the console and GET /; the shipped directory imported and a development sign-in that
# works at once; `npm run cli -- projections status` beside it; a stop on Ctrl-C that logs nothing at WARN or above
# and takes PostgreSQL with it; and a second start that skips the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
data_dir=$(mktemp -u /tmp/rujukan-smoke-XXXXXX)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log=$(mktemp)
pid=
stop() {
  # Ctrl-C in a terminal: SIGINT to npm, node and PostgreSQL alike (the whole process group).
  [ -n "$pid" ] && kill -INT -- "-$pid" 2>/dev/null || true
  [ -n "$pid" ] && { wait "$pid" 2>/dev/null || true; }
  pid=
}
cleanup() { stop; rm -rf "$data_dir" "$log"; }
trap cleanup EXIT
fail() { echo "smoke: $*"; cat "$log"; exit 1; }

start() {
  : >"$log"
  # A process group of its own, as a terminal gives `npm start`.
  EMBEDDED_PG_DATA_DIR="$data_dir" PORT="$port" setsid npm start >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || fail "npm start exited before answering"
    sleep 1
  done
  fail "no answer on /health within 120 s"
}

started=$(date +%s)
start
echo "smoke: first npm start answered in $(($(date +%s) - started)) s"
grep -q '"msg":"development configuration: ' "$log" || fail "npm start does not say it runs the development configuration"
grep -q "Node.js v24\." "$log" || fail "npm start does not run on Node.js 24"
curl -sf "http://127.0.0.1:$port/health" | grep -q '"status":"ok"' || fail "/health is not ok"
curl -sf "http://127.0.0.1:$port/docs-json" | grep -q '"/health"' || fail "/docs does not list the API"
curl -sf "http://127.0.0.1:$port/docs" | grep -qi 'swagger' || fail "/docs page missing"
curl -sf "http://127.0.0.1:$port/" | grep -q '"docs":"/docs"' || fail "GET / does not answer curl with the JSON index"
# The console: a page navigation anywhere outside the API gets the built app, and its script is served.
page=$(curl -sf -H 'Accept: text/html' "http://127.0.0.1:$port/antrian") || fail "the console is not served at /"
script=$(printf '%s' "$page" | grep -o 'src="/assets/[^"]*\.js"' | head -1 | sed 's/src="//; s/"$//')
{ [ -n "$script" ] && curl -sf -o /dev/null "http://127.0.0.1:$port$script"; } || fail "the console's script is not served"
# A fresh installation: the shipped directory, and a development user who can work at once.
curl -sf "http://127.0.0.1:$port/auth/dev-sign-in/agencies" | grep -q '"code":"POLDA-PAPUA-TENGAH"' || fail "the shipped directory was not imported"
token=$(curl -sf -H 'Content-Type: application/json' -d '{"agency":"UPTD-PPA-64","role":"caseworker","userId":"cw-smoke"}' \
  "http://127.0.0.1:$port/auth/dev-sign-in" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).token))")
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/queues/mine" >/dev/null || fail "the development user's token is refused"
# The CLI beside the running app, on its embedded database, with nothing on stdout but the answer.
status=$(EMBEDDED_PG_DATA_DIR="$data_dir" npm run -s cli -- projections status) || fail "cli projections status fails beside npm start"
printf '%s\n' "$status" | grep -q 'case-summary' || fail "cli projections status printed no projection"
printf '%s\n' "$status" | head -1 | grep -q '^┌' || fail "cli projections status printed more than its table: $(printf '%s' "$status" | head -1)"

# The start warns loudly that development sign-in and secrets are on; the stop must add nothing at WARN or above.
running_lines=$(wc -l <"$log")
stop
if pgrep -f "postgres -D $data_dir" >/dev/null; then fail "embedded PostgreSQL outlived the service"; fi
if tail -n "+$((running_lines + 1))" "$log" | grep -E '"level":(4|5|6)0'; then fail "the stop logged at WARN or above"; fi

started=$(date +%s)
start
grep -q 'api: no source changed since the last build' "$log" || fail "the second npm start rebuilt the API"
echo "smoke: second npm start (no build) answered in $(($(date +%s) - started)) s"
stop
echo "smoke: npm start answered /health, /docs, / and the console on port $port, signed a development user in, ran the CLI beside it and stopped cleanly"
