#!/usr/bin/env bash
# Builds kube-apiserver and kubectl from the Go modules pinned in go.mod/go.sum
# into a cache folder outside the repository, and prints that bin folder on
# stdout (everything else goes to stderr). A stamp file makes a second run a
# no-op until go.mod, go.sum or this script change.
#
#   SIGHTLINE_CACHE_DIR   cache root (default: $XDG_CACHE_HOME/sightline or ~/.cache/sightline)
#   SIGHTLINE_BUILD_JOBS  parallel compile jobs: `go build -p` and GOMAXPROCS (default: nproc)
#   SIGHTLINE_K8S_FORCE=1 rebuild even if the stamp matches
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { printf 'k8s/build: %s\n' "$*" >&2; }

command -v go >/dev/null || { log "go not found in PATH: install the Go toolchain (>= 1.24)"; exit 1; }

# The pinned release is the one k8s.io/kubernetes version in go.mod.
version="$(awk '$1 == "require" && $2 == "k8s.io/kubernetes" { print $3 }' "$here/go.mod")"
[[ "$version" =~ ^v1\.([0-9]+)\.[0-9]+$ ]] || { log "cannot read the k8s.io/kubernetes version from go.mod"; exit 1; }
minor="${BASH_REMATCH[1]}"

cache_root="${SIGHTLINE_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:?HOME is unset: set SIGHTLINE_CACHE_DIR}/.cache}/sightline}"
dest="$cache_root/k8s/$version"
bin="$dest/bin"
stamp="$dest/.stamp"
mkdir -p "$dest"

# The version variables are what `make` in kubernetes sets (hack/lib/version.sh);
# without them the binaries report v0.0.0 and kubectl warns about version skew.
ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=$version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
done

# What the binaries depend on: the pins, the link flags and the compiler.
want="$(cat "$here/go.mod" "$here/go.sum" | sha256sum | cut -d' ' -f1) $(printf '%s' "$ldflags" | sha256sum | cut -c1-16) $(go env GOVERSION)"

up_to_date() {
  [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$bin/kube-apiserver" && -x "$bin/kubectl" ]]
}

if [[ "${SIGHTLINE_K8S_FORCE:-}" != 1 ]] && up_to_date; then
  echo "$bin"
  exit 0
fi

# Two test runs may start at once: only one builds, the other waits and reuses it.
exec 9>"$dest/.lock"
if command -v flock >/dev/null; then flock 9; fi
if [[ "${SIGHTLINE_K8S_FORCE:-}" != 1 ]] && up_to_date; then
  echo "$bin"
  exit 0
fi

log "building kube-apiserver and kubectl $version into $bin (first time only; several minutes on 2 cores)"
start=$SECONDS
tmp="$(mktemp -d "$dest/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# CGO off: static binaries like upstream's release builds, and no C toolchain needed.
# GOTOOLCHAIN=local: never fetch another Go; go.mod's `go` line is a minimum.
# -mod=readonly: go.sum is the lock file; a missing sum is an error, not a silent update.
# nice: a cold build saturates every core for minutes; let interactive work go first.
jobs="${SIGHTLINE_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}"
(
  cd "$here"
  CGO_ENABLED=0 GOTOOLCHAIN=local GOMAXPROCS="$jobs" GOFLAGS="${GOFLAGS:-} -mod=readonly -buildvcs=false" \
    nice -n 10 go build -trimpath -p "$jobs" -ldflags "$ldflags" -o "$tmp/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl
)

chmod 755 "$tmp"
rm -rf "$bin"
mv "$tmp" "$bin"
trap - EXIT
echo "$want" >"$stamp"
log "built in $((SECONDS - start))s: $(du -sh "$bin" | cut -f1) in $bin"
echo "$bin"
