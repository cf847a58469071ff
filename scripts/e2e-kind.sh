#!/usr/bin/env bash
# `make e2e-kind`: Sightline in a real cluster, for people with Docker (or Podman) and kind. Creates
# a kind cluster (kept for inspection; KIND_CLUSTER names it), builds the image and loads it, installs
# the chart with the bundled TimescaleDB, applies config/samples and waits until every sample is
# Ready. Not part of `make test`: it needs a container runtime, which the test machines lack, so this
# script has not been run there (docs/install.md).
#
#   KIND_CLUSTER  cluster name (default sightline-e2e)
#   IMAGE         image tag to build and load (default sightline:e2e)
#   Delete afterwards with: kind delete cluster --name "$KIND_CLUSTER"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cluster="${KIND_CLUSTER:-sightline-e2e}"
image="${IMAGE:-sightline:e2e}"
for tool in kind kubectl helm; do
  command -v "$tool" >/dev/null || { echo "e2e-kind needs $tool on PATH" >&2; exit 1; }
done

kind get clusters 2>/dev/null | grep -qx "$cluster" || kind create cluster --name "$cluster" --wait 180s
make image IMAGE="$image"
kind load docker-image "$image" --name "$cluster"
context="kind-$cluster"

start=$SECONDS
# pullPolicy Never: the image exists only where kind loaded it. The operator's ingest Deployment uses
# the same image with Kubernetes' default policy (IfNotPresent for a non-latest tag).
helm upgrade --install sightline charts/sightline --kube-context "$context" \
  --namespace sightline-system --create-namespace \
  --set image.repository="${image%:*}" --set image.tag="${image##*:}" --set image.pullPolicy=Never \
  --set database.bundled.enabled=true --set ingest.replicas=1 \
  --wait --timeout 10m
kubectl --context "$context" -n sightline-system rollout status statefulset/sightline-timescaledb --timeout 5m
kubectl --context "$context" apply -f config/samples/
for kind in scrapetargets monitoredservices alertrules notificationchannels; do
  kubectl --context "$context" -n default wait --for=condition=Ready "$kind" --all --timeout 5m
done
echo "e2e-kind: helm install → samples Ready in $((SECONDS - start)) s (cluster $cluster kept)"
