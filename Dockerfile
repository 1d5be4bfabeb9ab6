# syntax=docker/dockerfile:1
#
# Switchyard container image (README "Container image"):
#   docker build -t switchyard .
#   docker run -p 4000:4000 -v "$PWD/gateway.yaml:/etc/switchyard/gateway.yaml:ro" \
#     -e ANTHROPIC_API_KEY -e SWITCHYARD_KEY switchyard
# The config comes from a mounted file (SWITCHYARD_CONFIG), secrets from the
# environment (${VAR} in the config). Checked by test/deploy.test.ts.

# Node 20: the pinned uWebSockets.js build ships its native binding for Node 20 (ABI 115).
ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: production dependencies only, the sources, then the compiled runtime (dist/) ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: `prepare` (npm run build) needs the sources, copied below; it runs after them.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY LICENSE ./
COPY bin ./bin
COPY generated ./generated
COPY runtime ./runtime
COPY scripts/build.ts ./scripts/build.ts
# Build dist/ (what bin/switchyard.mjs runs), and fail the build, not the first start,
# when the native uWebSockets.js binding does not load here.
RUN npm run build \
 && node --import ./bin/register.mjs --input-type=module -e "await import('./runtime/server/uws.ts')" \
 && node bin/switchyard.mjs --version

# --- runtime: the same slim base, no npm cache or build layers, a non-root user ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    SWITCHYARD_CONFIG=/etc/switchyard/gateway.yaml \
    SWITCHYARD_HEALTH_URL=http://127.0.0.1:4000/health
WORKDIR /app
COPY --from=build /app /app
# The node user (uid 1000) of the official image; the files stay root-owned (read-only to it).
USER node
EXPOSE 4000
# /health answers 200 while the gateway serves; once SIGTERM closed the listener it refuses connections.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(process.env.SWITCHYARD_HEALTH_URL).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: stop listening, finish in-flight requests within server.shutdown_grace_ms, exit 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "bin/switchyard.mjs"]
CMD ["start", "--host", "0.0.0.0"]
