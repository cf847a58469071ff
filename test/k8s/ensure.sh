#!/usr/bin/env bash
# Makes this machine ready for the kube-apiserver integration tests, idempotently:
#   1. checks the Go toolchain (>= the `go` line of test/k8s/go.mod);
#   2. installs etcd from Debian's etcd-server package unless an etcd is already
#      available (SIGHTLINE_ETCD or `etcd` on PATH);
#   3. builds helm, kube-apiserver and kubectl (build.sh; a no-op once built).
# Prints the bin folder on stdout like build.sh. Run as root, or as a user with sudo.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { printf 'k8s/ensure: %s\n' "$*" >&2; }

# --- Go -------------------------------------------------------------------
if ! command -v go >/dev/null; then
  log "go not found in PATH. Install Go (e.g. apt-get install golang-go on a Debian with a recent enough Go, or the official toolchain)."
  exit 1
fi
have="$(go env GOVERSION)"; have="${have#go}"                    # e.g. 1.26.8
for mod in "$here/go.mod" "$here/helm/go.mod"; do
  need="$(awk '$1 == "go" { print $2; exit }' "$mod")"           # e.g. 1.24.0
  if [[ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -1)" != "$need" ]]; then
    log "Go $have is older than $need, which ${mod#"$here/"} needs"
    exit 1
  fi
done

# --- etcd -----------------------------------------------------------------
as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else log "need root (or sudo) to run: $*"; exit 1
  fi
}

if [[ -n "${SIGHTLINE_ETCD:-}" ]]; then
  [[ -x "$SIGHTLINE_ETCD" ]] || { log "SIGHTLINE_ETCD=$SIGHTLINE_ETCD is not executable"; exit 1; }
elif ! command -v etcd >/dev/null && [[ ! -x /usr/bin/etcd ]]; then
  command -v apt-get >/dev/null || { log "etcd not found and apt-get unavailable: install etcd >= 3.4 and set SIGHTLINE_ETCD"; exit 1; }
  # A fresh machine has no package lists yet; fetch them only then.
  if ! apt-cache policy etcd-server 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    log "apt-get update"
    as_root apt-get update -qq >&2
  fi
  log "installing Debian etcd-server"
  # The package's service is not needed (the harness runs its own etcd on a random
  # port); in containers without an init system it is not started anyway.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends etcd-server >&2
fi
etcd_bin="${SIGHTLINE_ETCD:-$(command -v etcd || echo /usr/bin/etcd)}"
log "etcd: $("$etcd_bin" --version 2>/dev/null | head -1) ($etcd_bin)"

# --- helm, kube-apiserver, kubectl ----------------------------------------
"$here/build.sh" helm >/dev/null
exec "$here/build.sh"
