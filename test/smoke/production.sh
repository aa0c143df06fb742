#!/usr/bin/env bash
# What the containers run, without Docker: the built API and projector as two processes with NODE_ENV=production
# and fresh keys from `cli secrets init`, on a fresh database of the PostgreSQL server (DATABASE_ADMIN_URL,
# default postgres://postgres@127.0.0.1:5432/postgres). The first administrator and the directory come from the
# compiled CLI, as inside the image; a few commands go through the API, the projector catches up, SIGTERM stops
# both, and each must exit 0 having logged nothing at WARN or above. Run `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/../.."
admin_url=${DATABASE_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
api_main=dist/apps/api/apps/api/src/main.js
projector_main=dist/apps/projector/apps/projector/src/main.js
cli_main=dist/apps/cli/apps/cli/src/main.js
# The image's Node.js: run through npm (`npm run smoke:production`), which puts the project's node_modules/.bin/node first.
node --version | grep -q '^v24\.' || { echo "smoke: Node.js $(node --version), not 24 as in the image: run it as npm run smoke:production"; exit 1; }
for built in "$api_main" "$projector_main" "$cli_main"; do [ -f "$built" ] || { echo "smoke: $built is missing: run npm run build first"; exit 1; }; done

work=$(mktemp -d /tmp/rujukan-production-XXXXXX)
database="rujukan_smoke_$$_$(date +%s)"
api_pid=
projector_pid=
sql() { node -e "const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.query(process.argv[2])).then(()=>c.end(),e=>{console.error(e.message);process.exit(1)})" "$admin_url" "$1"; }
cleanup() {
  for pid in $api_pid $projector_pid; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $api_pid $projector_pid; do wait "$pid" 2>/dev/null || true; done
  sql "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke: $*"; for f in "$work"/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -40 "$f"; }; done; exit 1; }

sql "CREATE DATABASE $database"
node "$cli_main" secrets init --out "$work/.env"
set -a
# shellcheck disable=SC1091
. "$work/.env"
NODE_ENV=production
DATABASE_URL="${admin_url%/*}/$database"
REQUIRE_REGISTERED_USERS=true
LOG_LEVEL=info
set +a
echo "smoke: Node.js $(node --version), database $database"

# The operator's first steps, with the compiled CLI as in the image.
node "$cli_main" migrate >"$work/cli.log" 2>&1 || fail "cli migrate failed"
node "$cli_main" directory import data/directory/agencies.json >>"$work/cli.log" 2>&1 || fail "cli directory import failed"
grep -q '^added [1-9][0-9]*, changed 0, unchanged 0' "$work/cli.log" || fail "the directory import reported nothing added"
node "$cli_main" users put admin-1 --agency UPTD-PPA-64 --role administrator >>"$work/cli.log" 2>&1 || fail "cli users put failed"
node "$cli_main" users put cw-kaltim --agency UPTD-PPA-64 --role caseworker >>"$work/cli.log" 2>&1 || fail "cli users put failed"
node "$cli_main" users put spv-kaltim --agency UPTD-PPA-64 --role supervisor >>"$work/cli.log" 2>&1 || fail "cli users put failed"
node "$cli_main" users put pol-kaltim --agency POLDA-KALTIM --role police_investigator >>"$work/cli.log" 2>&1 || fail "cli users put failed"

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
HOST=127.0.0.1 PORT=$port RUN_PROJECTOR=false node "$api_main" >"$work/api.log" 2>&1 &
api_pid=$!
node "$projector_main" >"$work/projector.log" 2>&1 &
projector_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do
  curl -sf "$base/health" >/dev/null && break
  kill -0 "$api_pid" 2>/dev/null || fail "the API exited before answering"
  kill -0 "$projector_pid" 2>/dev/null || fail "the projector exited at start"
  sleep 1
done
curl -sf "$base/health" | grep -q '"status":"ok"' || fail "/health is not ok"
# The production configuration enables no development feature.
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/auth/dev-sign-in/agencies")" = 403 ] || fail "development sign-in answers in production"

# Tokens as the identity provider would sign them (HS256 with AUTH_JWT_SECRET): the CLI mints only outside production,
# with the development sign-in on.
token() { NODE_ENV=development AUTH_DEV_SIGN_IN=true node "$cli_main" token --user "$1" --role "$2" --agency "$3"; }
cw=$(token cw-kaltim caseworker UPTD-PPA-64)
spv=$(token spv-kaltim supervisor UPTD-PPA-64)
pol=$(token pol-kaltim police_investigator POLDA-KALTIM)
field() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s)[process.argv[1]];if(v===undefined){console.error(s);process.exit(1)}console.log(v)})" "$1"; }
post() {
  curl -sS -f -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$base$2" || fail "POST $2 was refused"
}
case_id=$(post "$cw" /cases '{"channel":"port","reporterType":"government_agency","districtCode":"6503"}' | field caseId)
post "$cw" "/cases/$case_id/register-victim" '{"initials":"SR","sex":"female","birthYear":2001,"isChild":false,"nationality":"ID","originProvinceCode":"35","originDistrictCode":"3509","identity":{"fullName":"Siti Rahayu","nik":"3509014107010001"}}' >/dev/null
post "$cw" "/cases/$case_id/record-consent" '{"consentId":"consent-process","scope":"process","evidenceRef":"DOC-1"}' >/dev/null
post "$cw" "/cases/$case_id/record-consent" '{"consentId":"consent-share","scope":"share","agencyTypes":["police"],"evidenceRef":"DOC-2"}' >/dev/null
post "$cw" "/cases/$case_id/advance-stage" '{"to":"assessment"}' >/dev/null
post "$cw" "/cases/$case_id/record-assessment" '{"assessmentId":"a-1","indicators":{"recruitmentMethods":["job_offer"],"meansOfControl":["debt_bondage"],"exploitationTypes":["forced_labour"],"destinationCountry":"MY","transitPoints":["Nunukan"],"modus":["plantation_work"]},"victimStatus":"confirmed","riskLevel":"high","needs":["shelter"]}' >/dev/null
post "$spv" "/cases/$case_id/approve-assessment" '{"assessmentId":"a-1"}' >/dev/null
post "$cw" "/cases/$case_id/advance-stage" '{"to":"rehabilitation"}' >/dev/null
deadline=$(node -e 'console.log(new Date(Date.now()+3*86400000).toISOString())')
sent=$(post "$cw" "/cases/$case_id/send-referral" "{\"toAgency\":\"POLDA-KALTIM\",\"service\":\"law_enforcement\",\"reason\":\"report the recruiter\",\"responseDeadline\":\"$deadline\",\"sharesIdentity\":true}")
referral_id=$(printf '%s' "$sent" | field referralId)
position=$(post "$pol" "/referrals/$referral_id/accept" '{}' | field position)

# The API runs no projector: only the projector process can bring the police's queue and the case view up to date.
for _ in $(seq 1 30); do
  headers=$(curl -s -D - -o "$work/case.json" -H "Authorization: Bearer $cw" -H "X-Min-Position: $position" "$base/cases/$case_id")
  if ! printf '%s' "$headers" | grep -qi '^x-read-model-behind'; then break; fi
  sleep 1
done
printf '%s' "$headers" | grep -qi '^x-read-model-behind' && fail "the projector did not catch up with position $position"
grep -q '"stage":"rehabilitation"' "$work/case.json" || fail "the case view does not show the case as the commands left it"
curl -sf -H "Authorization: Bearer $pol" "$base/queues/mine" | grep -q "$case_id" || fail "the police queue does not show the accepted referral"
node "$cli_main" projections status >"$work/status.log" 2>&1 || fail "cli projections status failed"
grep -q 'case-summary' "$work/status.log" || fail "cli projections status printed no projection"
grep -q '"context":"AuditAnchor"' "$work/projector.log" || fail "the projector did not sign the day's audit anchor"

kill -TERM "$api_pid" "$projector_pid"
api_status=0; wait "$api_pid" || api_status=$?
projector_status=0; wait "$projector_pid" || projector_status=$?
api_pid=; projector_pid=
[ "$api_status" = 0 ] || fail "the API exited $api_status on SIGTERM"
[ "$projector_status" = 0 ] || fail "the projector exited $projector_status on SIGTERM"
if grep -hE '"level":(4|5|6)0' "$work/api.log" "$work/projector.log"; then fail "a log line at WARN or above"; fi
if grep -q 'Siti Rahayu\|3509014107010001' "$work/api.log" "$work/projector.log"; then fail "the log holds the victim's identity"; fi
echo "smoke: production API and projector on $database: $(grep -c . "$work/api.log") + $(grep -c . "$work/projector.log") log lines, none at WARN; commands accepted, projector caught up, both exited 0 on SIGTERM"
