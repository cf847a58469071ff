#!/usr/bin/env bash
# Builds test tools from Go modules pinned in a go.mod/go.sum into a cache folder
# outside the repository, and prints that bin folder on stdout (everything else
# goes to stderr). A stamp file makes a second run a no-op until go.mod, go.sum,
# the link flags or the Go version change.
#
#   build.sh         kube-apiserver and kubectl (go.mod here: k8s.io/kubernetes)
#   build.sh helm    helm (helm/go.mod: helm.sh/helm/v3), for the packaging tests
#
#   SIGHTLINE_CACHE_DIR   cache root (default: $XDG_CACHE_HOME/sightline or ~/.cache/sightline)
#   SIGHTLINE_BUILD_JOBS  parallel compile jobs: `go build -p` and GOMAXPROCS (default: nproc)
#   SIGHTLINE_K8S_FORCE=1 rebuild even if the stamp matches
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { printf 'k8s/build: %s\n' "$*" >&2; }

command -v go >/dev/null || { log "go not found in PATH: install the Go toolchain (>= 1.24)"; exit 1; }

cache_root="${SIGHTLINE_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:?HOME is unset: set SIGHTLINE_CACHE_DIR}/.cache}/sightline}"

case "${1:-kube}" in
  kube)
    module="$here"
    # The pinned release is the one k8s.io/kubernetes version in go.mod.
    version="$(awk '$1 == "require" && $2 == "k8s.io/kubernetes" { print $3 }' "$module/go.mod")"
    [[ "$version" =~ ^v1\.([0-9]+)\.[0-9]+$ ]] || { log "cannot read the k8s.io/kubernetes version from go.mod"; exit 1; }
    minor="${BASH_REMATCH[1]}"
    dest="$cache_root/k8s/$version"
    packages=(k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl)
    binaries=(kube-apiserver kubectl)
    # The version variables are what `make` in kubernetes sets (hack/lib/version.sh);
    # without them the binaries report v0.0.0 and kubectl warns about version skew.
    ldflags="-s -w"
    for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
      ldflags+=" -X $pkg.gitVersion=$version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
    done
    ;;
  helm)
    module="$here/helm"
    version="$(awk '$1 == "require" && $2 == "helm.sh/helm/v3" { print $3 }' "$module/go.mod")"
    [[ "$version" =~ ^v3\.[0-9]+\.[0-9]+$ ]] || { log "cannot read the helm.sh/helm/v3 version from helm/go.mod"; exit 1; }
    # helm's Makefile derives the Kubernetes version it assumes (.Capabilities, lint's
    # deprecation checks) from its client-go; without it that is 1.20.
    client_go="$(awk '$1 == "k8s.io/client-go" { print $2 }' "$module/go.mod")"
    [[ "$client_go" =~ ^v0\.([0-9]+)\.[0-9]+$ ]] || { log "cannot read the k8s.io/client-go version from helm/go.mod"; exit 1; }
    minor="${BASH_REMATCH[1]}"
    dest="$cache_root/k8s/helm-$version"
    packages=(helm.sh/helm/v3/cmd/helm)
    binaries=(helm)
    ldflags="-s -w -X helm.sh/helm/v3/internal/version.version=$version -X helm.sh/helm/v3/internal/version.gitTreeState=clean"
    for pkg in helm.sh/helm/v3/pkg/lint/rules helm.sh/helm/v3/pkg/chartutil; do
      ldflags+=" -X $pkg.k8sVersionMajor=1 -X $pkg.k8sVersionMinor=$minor"
    done
    ;;
  *) log "unknown tool '$1': expected kube or helm"; exit 1 ;;
esac

bin="$dest/bin"
stamp="$dest/.stamp"
mkdir -p "$dest"

# What the binaries depend on: the pins, the link flags and the compiler.
want="$(cat "$module/go.mod" "$module/go.sum" | sha256sum | cut -d' ' -f1) $(printf '%s' "$ldflags" | sha256sum | cut -c1-16) $(go env GOVERSION)"

up_to_date() {
  [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]] || return 1
  for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || return 1; done
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

log "building ${binaries[*]} $version into $bin (first time only; several minutes on 2 cores)"
start=$SECONDS
tmp="$(mktemp -d "$dest/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# CGO off: static binaries like upstream's release builds, and no C toolchain needed.
# GOTOOLCHAIN=local: never fetch another Go; go.mod's `go` line is a minimum.
# -mod=readonly: go.sum is the lock file; a missing sum is an error, not a silent update.
# nice: a cold build saturates every core for minutes; let interactive work go first.
jobs="${SIGHTLINE_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}"
(
  cd "$module"
  CGO_ENABLED=0 GOTOOLCHAIN=local GOMAXPROCS="$jobs" GOFLAGS="${GOFLAGS:-} -mod=readonly -buildvcs=false" \
    nice -n 10 go build -trimpath -p "$jobs" -ldflags "$ldflags" -o "$tmp/" "${packages[@]}"
)

chmod 755 "$tmp"
rm -rf "$bin"
mv "$tmp" "$bin"
trap - EXIT
echo "$want" >"$stamp"
log "built in $((SECONDS - start))s: $(du -sh "$bin" | cut -f1) in $bin"
echo "$bin"
