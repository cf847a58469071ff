#!/usr/bin/env bash
# Builds the benchmark peers pinned in go.mod (VictoriaMetrics single-node) from Go modules into
# a cache folder outside the repository, and prints that bin folder on stdout. A stamp makes a
# second run a no-op until go.mod, go.sum or the Go version change. Benches only: make test does
# not need it.
#   SIGHTLINE_CACHE_DIR  cache root (default: $XDG_CACHE_HOME/sightline or ~/.cache/sightline)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v go >/dev/null || { echo "peers/build: go not found in PATH" >&2; exit 1; }
version="$(awk '$1 == "github.com/VictoriaMetrics/VictoriaMetrics" { print $2 }' "$here/go.mod")"
cache_root="${SIGHTLINE_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:?HOME is unset}/.cache}/sightline}"
bin="$cache_root/peers/$version/bin"
stamp="$bin/.stamp"
want="$(cat "$here/go.mod" "$here/go.sum" | sha256sum | cut -d' ' -f1) $(go env GOVERSION)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$bin/victoria-metrics" ]]; then
  echo "$bin"
  exit 0
fi
mkdir -p "$bin"
started=$SECONDS
echo "peers/build: building victoria-metrics $version (a few minutes the first time)" >&2
(cd "$here" && nice go build -trimpath -ldflags "-s -w" -o "$bin/victoria-metrics" github.com/VictoriaMetrics/VictoriaMetrics/app/victoria-metrics)
echo "$want" >"$stamp"
echo "peers/build: built in $((SECONDS - started)) s into $bin" >&2
echo "$bin"
