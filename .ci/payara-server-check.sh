#!/usr/bin/env bash
# Proves that the EAR deploys on Payara Server 6 (full profile) and that it keeps working across a
# restart of the domain:
#   1. fetches Payara Server from Maven Central (cached in ~/.m2) and unpacks it under the work dir;
#   2. creates a throw-away domain on its own ports (portbase 18000: admin 18048, http 18080),
#      its HTTP, admin and IIOP listeners bound to 127.0.0.1 (no JMX connector);
#   3. gives the application its settings as system properties (the operator procedure of the README)
#      and deploys the EAR;
#   4. checks that /login.xhtml answers 200 and that the demo trust admin really signs in;
#   5. stop-domain + start-domain, deploy --force (an upgrade over the running app and its data),
#      stop-domain + start-domain again: the same checks after each step.
# The domain is always stopped on exit. Prints PASS/FAIL lines and exits non-zero on any failure.
#
# Usage: bash .ci/payara-server-check.sh [path-to-ear]
#   default EAR: trust-ear/target/trust-intranet.ear (build it first: mvn -B package)
# Settings (environment, all optional):
#   PAYARA_VERSION   Payara Server version on Maven Central (default 6.2025.9)
#   PAYARA_PORTBASE  port base of the domain (default 18000)
#   CHECK_WORK_DIR   work dir (default trust-ear/target/payara-server; wiped domain each run)
#   CHECK_DEFAULTS   1 = give the application no settings at all (its built-in defaults)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EAR_SRC="${1:-$ROOT/trust-ear/target/trust-intranet.ear}"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.9}"
PORTBASE="${PAYARA_PORTBASE:-18000}"
WORK="${CHECK_WORK_DIR:-$ROOT/trust-ear/target/payara-server}"
CHECK_DEFAULTS="${CHECK_DEFAULTS:-0}"

ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
BASE="http://127.0.0.1:$HTTP_PORT"
DOMAIN=trustcheck
DOMAINS_DIR="$WORK/domains"
DOMAIN_DIR="$DOMAINS_DIR/$DOMAIN"
SERVER_LOG="$DOMAIN_DIR/logs/server.log"
APP=trust-intranet
EAR="$WORK/$APP.ear"
DEMO_EMAIL="trust.admin@oakvalley.sch.uk"
DEMO_PASSWORD="Welcome-to-the-trust-1"
TRUST_NAME="Payara Server Check Trust"
WAIT_SECONDS=180        # the longest any single wait may take

passed=0
failed=0
domain_started=0
started_at=$(date +%s)

say() { printf 'payara-server-check: %s\n' "$*"; }
pass() { passed=$((passed + 1)); printf 'PASS: %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }

# Ends the run now: prints the last errors of the server log, the tally, and exits 1 (the trap stops
# the domain).
die() {
  fail "$*"
  if [[ -f "$SERVER_LOG" ]]; then
    say "last SEVERE entries of $SERVER_LOG:"
    grep -n -A6 '\[SEVERE\]' "$SERVER_LOG" | grep -v -E '^[0-9]+-\s+at ' | tail -40 || true
  fi
  exit 1
}

ASADMIN=""
asadmin() {
  "$ASADMIN" --host 127.0.0.1 --port "$ADMIN_PORT" --interactive=false "$@"
}

stop_domain() {
  [[ "$domain_started" == 1 ]] || return 0
  say "stopping the domain"
  if ! timeout 120 "$ASADMIN" --host 127.0.0.1 --port "$ADMIN_PORT" stop-domain \
      --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null 2>&1; then
    # Only the server this run started: its pid file.
    local pid
    pid="$(cat "$DOMAIN_DIR/config/pid" 2>/dev/null || true)"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      say "stop-domain failed; killing server pid $pid"
      kill "$pid" 2>/dev/null || true
      sleep 5
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  domain_started=0
}

on_exit() {
  local rc=$?
  trap - EXIT
  stop_domain || true
  [[ $rc -ne 0 && $failed -eq 0 ]] && failed=1 && printf 'FAIL: aborted (exit %s)\n' "$rc"
  say "took $(( $(date +%s) - started_at ))s; server log: $SERVER_LOG"
  printf '%s passed, %s failed\n' "$passed" "$failed"
  if [[ $failed -gt 0 ]]; then
    printf 'FAIL: payara-server-check\n'
    exit 1
  fi
  printf 'PASS: payara-server-check\n'
  exit 0
}
trap on_exit EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Status code of a GET, or 000 when nothing answers.
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" 2>/dev/null || true
}

# Waits (bounded) until URL answers 200. Gives up early when the server log shows, past line
# LOG_MARK, that the application failed to load.
LOG_MARK=0
log_lines() { if [[ -f "$SERVER_LOG" ]]; then wc -l <"$SERVER_LOG"; else echo 0; fi; }
wait_for_200() {
  local url="$1" deadline=$(( $(date +%s) + WAIT_SECONDS )) code
  while :; do
    code="$(http_status "$url")"
    [[ "$code" == 200 ]] && return 0
    if [[ -f "$SERVER_LOG" ]] && grep -q -E 'Exception while loading the app|Exception during lifecycle processing' \
        <(tail -n +"$((LOG_MARK + 1))" "$SERVER_LOG"); then
      say "the server log says the application failed to load"
      return 1
    fi
    if (( $(date +%s) >= deadline )); then
      say "$url still answers $code after ${WAIT_SECONDS}s"
      return 1
    fi
    sleep 2
  done
}

# Signs in as the demo trust admin the way a browser does: GET the form (session cookie, view state,
# PrimeFaces CSP nonce), POST it, expect 302 to /index.xhtml, then GET /index.xhtml with the session.
sign_in() {
  local jar page view_state nonce headers location code
  jar="$(mktemp "$WORK/cookies.XXXXXX")"
  page="$(curl -s --max-time 20 -c "$jar" -b "$jar" "$BASE/login.xhtml")" || { rm -f "$jar"; return 1; }
  view_state="$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
    | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')"
  nonce="$(printf '%s' "$page" | grep -o 'nonce="[^"]*"' | head -1 | cut -d'"' -f2)"
  if [[ -z "$view_state" ]]; then
    say "no jakarta.faces.ViewState in the login page"
    rm -f "$jar"
    return 1
  fi
  headers="$(curl -s --max-time 30 -o /dev/null -D - -c "$jar" -b "$jar" "$BASE/login.xhtml" \
    --data-urlencode "login=login" \
    --data-urlencode "login:email=$DEMO_EMAIL" \
    --data-urlencode "login:password=$DEMO_PASSWORD" \
    --data-urlencode "login:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" \
    --data-urlencode "primefaces.nonce=$nonce" | tr -d '\r')" || true
  code="$(printf '%s\n' "$headers" | awk 'NR==1 {print $2}')"
  location="$(printf '%s\n' "$headers" | sed -n 's/^[Ll]ocation: *//p' | head -1)"
  if [[ "$code" != 302 || "$location" != */index.xhtml ]]; then
    say "sign-in POST answered ${code:-nothing} (Location: ${location:-none}); expected 302 to /index.xhtml"
    rm -f "$jar"
    return 1
  fi
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -c "$jar" -b "$jar" "$BASE/index.xhtml" || true)"
  rm -f "$jar"
  if [[ "$code" != 200 ]]; then
    say "/index.xhtml answered $code to the signed-in session; expected 200"
    return 1
  fi
}

check_app() {
  local when="$1"
  if wait_for_200 "$BASE/login.xhtml"; then
    pass "$when: GET /login.xhtml answers 200"
  else
    die "$when: /login.xhtml never answered 200"
  fi
  if [[ "$CHECK_DEFAULTS" != 1 ]]; then
    local page
    page="$(curl -s --max-time 20 "$BASE/login.xhtml" || true)"
    if [[ "$page" == *"$TRUST_NAME"* ]]; then
      pass "$when: the login page shows trust.name '$TRUST_NAME' (settings reach the application)"
    else
      fail "$when: the login page does not show trust.name '$TRUST_NAME'"
    fi
  fi
  if sign_in; then
    pass "$when: $DEMO_EMAIL signs in (302 to /index.xhtml, home page 200)"
  else
    die "$when: sign-in as $DEMO_EMAIL failed"
  fi
}

start_domain() {
  say "start-domain"
  LOG_MARK="$(log_lines)"
  domain_started=1
  timeout "$WAIT_SECONDS" "$ASADMIN" --host 127.0.0.1 --port "$ADMIN_PORT" start-domain \
    --domaindir "$DOMAINS_DIR" "$DOMAIN" >"$WORK/start-domain.out" 2>&1 \
    || { cat "$WORK/start-domain.out"; die "start-domain failed"; }
}

# Unpacks a zip with whatever the machine has: unzip, python3, or the JDK's jar tool.
unpack_zip() {
  local zip="$1" dest="$2"
  mkdir -p "$dest"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$zip" -d "$dest"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$dest"
  else
    (cd "$dest" && jar xf "$zip")
  fi
}

# ---------------------------------------------------------------------------------------------------
command -v java >/dev/null || { fail "java is not on the PATH"; exit 1; }
command -v curl >/dev/null || { fail "curl is not on the PATH"; exit 1; }
[[ -f "$EAR_SRC" ]] || { fail "no EAR at $EAR_SRC (build it first: mvn -B package)"; exit 1; }
mkdir -p "$WORK"
# A copy: the build may rewrite the original while this runs.
cp "$EAR_SRC" "$EAR"
say "EAR $EAR_SRC -> $EAR"

# Payara Server, from Maven Central through Maven (so ~/.m2 caches it).
ZIP="$WORK/dist/payara-$PAYARA_VERSION.zip"
if [[ ! -s "$ZIP" ]]; then
  mkdir -p "$WORK/dist"
  M2_ZIP="$HOME/.m2/repository/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip"
  if [[ -s "$M2_ZIP" ]]; then
    cp "$M2_ZIP" "$ZIP"
  else
    MVN=mvn
    command -v mvn >/dev/null 2>&1 || MVN="$ROOT/mvnw"
    say "fetching Payara Server $PAYARA_VERSION"
    # Run outside the project so that Maven does not load the reactor.
    (cd "$WORK/dist" && "$MVN" -q -B dependency:copy \
        "-Dartifact=fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
        -DoutputDirectory="$WORK/dist") || die "could not fetch Payara Server $PAYARA_VERSION"
  fi
fi
PAYARA_HOME="$WORK/payara-$PAYARA_VERSION/payara6"
if [[ ! -f "$WORK/payara-$PAYARA_VERSION/.unpacked" ]]; then
  say "unpacking $ZIP"
  rm -rf "$WORK/payara-$PAYARA_VERSION"
  unpack_zip "$ZIP" "$WORK/payara-$PAYARA_VERSION"
  # python3 and jar do not keep the executable bits.
  chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
  touch "$WORK/payara-$PAYARA_VERSION/.unpacked"
fi
ASADMIN="$PAYARA_HOME/bin/asadmin"
[[ -x "$ASADMIN" ]] || die "no asadmin at $ASADMIN"

# A leftover domain of an interrupted run holds the ports: stop it (its pid file) before checking.
if [[ -f "$DOMAIN_DIR/config/pid" ]]; then
  pid="$(cat "$DOMAIN_DIR/config/pid" 2>/dev/null || true)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    say "stopping the domain left running by an earlier run (pid $pid)"
    domain_started=1
    stop_domain
  fi
fi
for port in "$ADMIN_PORT" "$HTTP_PORT" $((PORTBASE + 81)); do
  port_free "$port" || die "port $port is in use (set PAYARA_PORTBASE to another base)"
done

say "creating domain $DOMAIN in $DOMAINS_DIR (portbase $PORTBASE)"
rm -rf "$DOMAINS_DIR"
asadmin create-domain --domaindir "$DOMAINS_DIR" --portbase "$PORTBASE" --nopassword "$DOMAIN" \
  >"$WORK/create-domain.out" 2>&1 || { cat "$WORK/create-domain.out"; die "create-domain failed"; }
# Loopback only: HTTP, HTTPS, admin and IIOP listeners on 127.0.0.1; no JMX connector (unused here).
sed -i -e '/<network-listener /{/ address=/!s#<network-listener #<network-listener address="127.0.0.1" #}' \
  -e 's#\(<\(network-listener\|iiop-listener\) [^>]*address=\)"0\.0\.0\.0"#\1"127.0.0.1"#g' \
  -e '/<jmx-connector /{/ enabled=/!s#<jmx-connector #<jmx-connector enabled="false" #}' \
  "$DOMAIN_DIR/config/domain.xml"

start_domain
pass "Payara Server $PAYARA_VERSION domain started (admin 127.0.0.1:$ADMIN_PORT, http 127.0.0.1:$HTTP_PORT)"

if [[ "$CHECK_DEFAULTS" != 1 ]]; then
  # The operator procedure: settings as system properties of the server (kept in domain.xml, so they
  # hold across restarts). In asadmin's list ':' separates properties, so ':' and '=' inside values
  # are escaped with a backslash.
  db_url="jdbc:h2:file:$WORK/trust-data/db/trust;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY"
  rm -rf "$WORK/trust-data"
  esc() { printf '%s' "$1" | sed -e 's/[:=]/\\&/g'; }
  props="trust.db.url=$(esc "$db_url")"
  props+=":trust.db.user=trust:trust.db.password=trust"
  props+=":trust.demo.enabled=true:trust.demo.password=$(esc "$DEMO_PASSWORD")"
  props+=":trust.name=$TRUST_NAME"
  asadmin create-system-properties "$props" >"$WORK/system-properties.out" 2>&1 \
    || { cat "$WORK/system-properties.out"; die "create-system-properties failed"; }
  pass "application settings given as system properties (H2 file DB under $WORK/trust-data)"
fi

# deploy [--force=true]: deploys the EAR (a new version over the old one with --force).
deploy_ear() {
  local what="$1"; shift
  say "$what: asadmin deploy ${*:+$* }--name $APP $EAR"
  LOG_MARK="$(log_lines)"
  if timeout "$WAIT_SECONDS" "$ASADMIN" --host 127.0.0.1 --port "$ADMIN_PORT" --interactive=false \
      deploy "$@" --name "$APP" "$EAR" >"$WORK/deploy.out" 2>&1; then
    pass "$what: EAR deployed as $APP"
  else
    grep -v -E '^\s+at |^\s*\.\.\. [0-9]+ more' "$WORK/deploy.out" | cut -c1-400 | head -20
    die "$what: deploy of $EAR failed"
  fi
}

restart_domain() {
  say "$1: stop-domain, start-domain"
  stop_domain
  start_domain
  pass "$1: domain restarted"
}

# The operator's life cycle: install, restart, upgrade (redeploy over the running app, same data),
# restart again. The restarts are where the EclipseLink-28018 trap was once seen.
deploy_ear "deploy"
check_app "after deploy"
restart_domain "restart 1"
check_app "after restart 1"
deploy_ear "redeploy" --force=true
check_app "after redeploy"
restart_domain "restart 2"
check_app "after restart 2"
