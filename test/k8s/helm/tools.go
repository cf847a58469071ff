//go:build tools

// Package tools pins the helm command that ../build.sh compiles, so `go mod tidy`
// keeps its dependencies in go.sum. It is never compiled.
package tools

import (
	_ "helm.sh/helm/v3/cmd/helm"
)
