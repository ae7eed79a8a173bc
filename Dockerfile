# syntax=docker/dockerfile:1
# Backcast EVS API image. No build step: tsx runs the TypeScript sources directly (ADR 0002).
#
#   docker build -t backcast-evs .
#   docker run -p 4000:4000 -e JWT_SECRET=<32+ random chars> backcast-evs              # embedded PGlite in /app/data
#   docker run -p 4000:4000 -e JWT_SECRET=... -e DATABASE_URL=postgres://... backcast-evs   # PostgreSQL
#
# NODE_ENV=production makes the server refuse to start without a JWT_SECRET of at least 32 characters.

ARG NODE_IMAGE=node:24-slim

# --- deps: production dependencies only --------------------------------------------------------
# --omit=dev also skips the `node` devDependency (a second Node runtime for npm scripts on hosts
# with an older Node); the image's own Node 24 runs everything. The install scripts that run are
# the ones listed in package.json "allowScripts" (argon2 finds its glibc prebuild, so no compiler
# is needed; esbuild checks its platform binary, which tsx uses at runtime).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=4000

# Application files stay owned by root (read-only for the process); only the data folder of the
# embedded engine (DATA_DIR defaults to ./data) is writable by the `node` user.
COPY --from=deps /app/node_modules ./node_modules
# tsconfig.json is needed at runtime: tsx reads experimentalDecorators / useDefineForClassFields
# from it, and without them esbuild rejects or mistranslates type-graphql's legacy decorators.
COPY package.json tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY schema ./schema
RUN mkdir -p /app/data && chown node:node /app/data

USER node
EXPOSE 4000

# No curl in slim images: probe /health (which checks the database) with Node's global fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Equivalent to `tsx src/main.ts`, but in a single process (the tsx CLI would spawn a child
# Node), so SIGTERM from `docker stop` reaches the server's own graceful-shutdown handler.
CMD ["node", "--import", "tsx", "src/main.ts"]
