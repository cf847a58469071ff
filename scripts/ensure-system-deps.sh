#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: PostgreSQL for the
# real-database tests, Prometheus as a real remote-write client and comparison peer,
# Alertmanager's amtool as a real client of the Alertmanager API, Lua 5.1 for the Argo CD
# health checks.
# Idempotent and quiet when everything is present.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[[ -x /usr/bin/prometheus ]] || missing+=(prometheus)
# Alertmanager's amtool is the client the Alertmanager-compatible API is checked with.
[[ -x /usr/bin/amtool ]] || missing+=(prometheus-alertmanager)
# Lua 5.1, the language of Argo CD's health checks (gopher-lua), to test config/argocd/health.lua.
[[ -x /usr/bin/lua5.1 ]] || missing+=(lua5.1)

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing Debian packages: ${missing[*]} (run as root, or install them: apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
