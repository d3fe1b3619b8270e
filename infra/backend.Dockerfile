# syntax=docker/dockerfile:1
# OneCounty Medusa backend (server, worker and the one-off migrate service).
# Build context is the repository root:  docker build -f infra/backend.Dockerfile .
ARG NODE_IMAGE=node:20-alpine
# the npm of package.json "packageManager" (node:20 images ship npm 10)
ARG NPM_VERSION=11.19.1

# --- build: install the backend workspace from the shared lockfile, `medusa build`
FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
RUN npm install -g npm@${NPM_VERSION} && npm cache clean --force
WORKDIR /repo
ENV MEDUSA_DISABLE_TELEMETRY=true
# every workspace manifest, so `npm ci` sees the lockfile's whole workspace tree
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY admin/package.json admin/
COPY packages/contracts/package.json packages/contracts/
RUN npm ci --workspace backend --include-workspace-root=false --no-audit --no-fund
COPY backend/ backend/
COPY packages/contracts/ packages/contracts/
# the shared contracts as CommonJS for Node without a TypeScript loader (the runtime below)
RUN npm run build --workspace @onecounty/contracts
WORKDIR /repo/backend
# compiles src/ (type errors fail the build) and the Medusa admin into .medusa/server
RUN npm run build

# --- runtime: only the built server and its production dependencies
FROM ${NODE_IMAGE} AS runtime
ARG NPM_VERSION
RUN npm install -g npm@${NPM_VERSION} && npm cache clean --force
ENV NODE_ENV=production \
    MEDUSA_DISABLE_TELEMETRY=true \
    PORT=9000
# fontconfig and a CJK font: the seed draws the product pictures' Chinese names (sharp/librsvg)
RUN apk add --no-cache fontconfig font-noto-cjk
RUN mkdir /app && chown node:node /app
WORKDIR /app
USER node
# owned by node before the `uploads` volume is mounted on it, so the volume is too
RUN mkdir -p /app/uploads/public
COPY --from=build --chown=node:node /repo/backend/.medusa/server ./
# @onecounty/contracts is a workspace, not a registry package: installed from its compiled copy, and
# Node picks that copy through the package's "onecounty-compiled" export condition
COPY --from=build --chown=node:node /repo/packages/contracts/package.json ./contracts/package.json
COPY --from=build --chown=node:node /repo/packages/contracts/dist ./contracts/dist
RUN node -e 'const fs = require("fs"), p = JSON.parse(fs.readFileSync("package.json")); p.dependencies["@onecounty/contracts"] = "file:./contracts"; fs.writeFileSync("package.json", JSON.stringify(p, null, 2))'
ENV NODE_OPTIONS=--conditions=onecounty-compiled
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
EXPOSE 9000
# MEDUSA_WORKER_MODE=server|worker|shared picks the role; migrations run in the
# compose `migrate` service: ./node_modules/.bin/medusa db:migrate
CMD ["./node_modules/.bin/medusa", "start"]
