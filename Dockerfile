# Production image: Node 24 LTS, production dependencies only, compiled JavaScript, non-root.
# Build: docker build -t embassy-desk .   Run: see docs/deploy.md (one container, or replicas + PostgreSQL).

# Stage 1: compile TypeScript with the full (dev) dependency set.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Stage 2: what runs. The compiled code finds data/ by walking up to the folder that holds
# package.json and data/ (src/core/dataset/load-dataset.ts), so both sit in /app beside dist/.
FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
# Local state (the embedded database, the feedback fallback file) lives in a volume the node user owns.
ENV DATA_DIR=/app/var
RUN mkdir -p /app/var && chown node:node /app/var
VOLUME ["/app/var"]
USER node
ENV PORT=3000
EXPOSE 3000
# /healthz is served in Slack's HTTP mode and with the Discord HTTP endpoint (DISCORD_PUBLIC_KEY).
# A replica in Socket Mode or on the gateway alone has no HTTP server: run it with --no-healthcheck.
# node's own fetch, because the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
