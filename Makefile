# Sightline developer entry points. `make run` and `make test` work on a fresh Debian machine with
# Node 20: they install whatever is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help
NPM ?= npm

.PHONY: help deps test-deps build run test lint typecheck gen bench image e2e-kind clean

help:
	@echo "make run    install, build and start 'sightline standalone' with config/samples"
	@echo "make test   install, lint, type-check and run every test (starts its own PostgreSQL)"
	@echo "make build  compile to dist/"
	@echo "make gen    regenerate crds/ and src/api/generated from the schemas in src/api (and their copies in charts/ and config/default), and src/ingest/generated from proto/"
	@echo "make bench  run the benchmarks in bench/ and print their figures"
	@echo "make image  build the container image with Docker or Podman (IMAGE=…, SOURCE=…)"
	@echo "make e2e-kind  install the chart in a kind cluster and wait for the samples (needs Docker, kind, helm)"

# npm ci only when package-lock.json changed since the last install.
node_modules/.package-lock.json: package.json package-lock.json
	$(NPM) ci --no-audit --no-fund
	@touch $@

deps: node_modules/.package-lock.json
	@scripts/ensure-system-deps.sh

# What only the tests need: kube-apiserver, kubectl and helm built from Go modules, etcd from Debian.
test-deps: deps
	@test/k8s/ensure.sh >/dev/null

dist/cli.js: node_modules/.package-lock.json $(shell find src scripts -name '*.ts') tsconfig.json tsconfig.build.json
	$(NPM) run build
	@touch $@

build: deps dist/cli.js

run: build
	node dist/cli.js standalone --manifests config/samples

lint: deps
	$(NPM) run lint

typecheck: deps
	$(NPM) run typecheck

test: build test-deps
	$(NPM) test

gen: deps
	$(NPM) run gen:crds
	$(NPM) run gen:packaging
	$(NPM) run proto:gen

bench: build
	$(NPM) run bench

# The image the Helm chart and config/default run (their default image.repository is a placeholder
# until one is published: push this one and set it).
IMAGE ?= ghcr.io/sightline/sightline:$(shell node -p "require('./package.json').version")
SOURCE ?=
CONTAINER_TOOL ?= $(shell command -v docker || command -v podman)
image:
	@test -n "$(CONTAINER_TOOL)" || { echo "make image needs docker or podman on PATH (or CONTAINER_TOOL=…)"; exit 1; }
	$(CONTAINER_TOOL) build -t $(IMAGE) --build-arg VERSION=$(shell node -p "require('./package.json').version") \
	  --build-arg REVISION=$(shell git rev-parse --short HEAD 2>/dev/null || echo unknown) --build-arg SOURCE=$(SOURCE) .

# Not part of `make test`: needs a container runtime and kind (scripts/e2e-kind.sh).
e2e-kind:
	scripts/e2e-kind.sh

clean:
	rm -rf dist coverage
