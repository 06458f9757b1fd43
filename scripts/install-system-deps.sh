#!/usr/bin/env bash
# Install what the tests need from Debian's packages when it is missing:
# PostgreSQL (a real server the tests start), Chromium (UI tests), Pango (PDF dossiers),
# an emoji font (quotes with emoji in the UI and the dossier), a Java runtime (Spark in
# local mode, `knowable spark run`), Node.js (the audit chain verified in JavaScript).
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 \
  || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || missing+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -1)" ] || missing+=(fonts-dejavu-core)
# The audit chain's second-language verifier (scripts/verify-chain/verify_chain.mjs).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
# Coded emoji in listings and notes: without a colour emoji font they show as empty boxes.
fc-list 2>/dev/null | grep -qi "emoji" || missing+=(fonts-noto-color-emoji)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "missing system packages: ${missing[*]} (run as root or install them with apt-get)" >&2
  exit 0
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts a cluster on install; the tests run their own throwaway server instead.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  for v in /etc/postgresql/*/main; do
    [ -d "$v" ] && pg_ctlcluster "$(basename "$(dirname "$v")")" main stop 2>/dev/null || true
  done
fi
echo "system packages installed"
