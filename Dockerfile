# syntax=docker/dockerfile:1
# The Sightline image: `sightline standalone|operator|ingest|migrate`. The Helm chart and
# config/default run it as UID 10001 with a read-only root filesystem; test/integration/packaging
# checks this file against what the chart assumes.
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
# Dev dependencies (compilers, test tools) stay in this stage.
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
ARG VERSION=0.1.0
ARG REVISION=unknown
# Where the source lives (no public repository is named yet): `make image SOURCE=https://…`.
ARG SOURCE=""
LABEL org.opencontainers.image.title="Sightline" \
      org.opencontainers.image.description="Kubernetes-native observability stack storing metrics in PostgreSQL/TimescaleDB" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"
ENV NODE_ENV=production \
    SIGHTLINE_BUILD_REVISION=${REVISION}
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY config/samples ./config/samples
RUN groupadd --system --gid 10001 sightline \
 && useradd --system --uid 10001 --gid sightline --home-dir /app sightline \
 && mkdir -p /app/data && chown sightline:sightline /app/data
# The only writable places under a read-only root filesystem: the embedded database and temp files.
VOLUME ["/app/data", "/tmp"]
USER 10001:10001
EXPOSE 9470 4317 4318
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["standalone"]
