# syntax=docker/dockerfile:1
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY config/samples ./config/samples
RUN groupadd --system --gid 10001 sightline \
 && useradd --system --uid 10001 --gid sightline --home-dir /app sightline \
 && mkdir -p /app/data && chown sightline:sightline /app/data
USER 10001:10001
EXPOSE 9470 4317 4318
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["standalone"]
