# syntax=docker/dockerfile:1
# OneCounty storefront (Next.js standalone output).
# Build context is the repository root:  docker build -f infra/storefront.Dockerfile .
# Needs `output: "standalone"` in storefront/next.config.ts.
ARG NODE_IMAGE=node:20-alpine
# the npm of package.json "packageManager" (node:20 images ship npm 10)
ARG NPM_VERSION=11.19.1

FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
RUN npm install -g npm@${NPM_VERSION} && npm cache clean --force
WORKDIR /repo
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY admin/package.json admin/
COPY packages/contracts/package.json packages/contracts/
RUN npm ci --workspace storefront --include-workspace-root=false --no-audit --no-fund
COPY storefront/ storefront/
# shared response types, money and the Shanghai day: TypeScript source the build compiles
COPY packages/contracts/ packages/contracts/
RUN npm run build --workspace storefront
RUN mkdir -p storefront/public \
 && { test -f storefront/.next/standalone/storefront/server.js \
      || { echo 'no .next/standalone/storefront/server.js: set output: "standalone" in storefront/next.config.ts' >&2; exit 1; }; }

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=8000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
# outputFileTracingRoot is the monorepo root, so the server sits under storefront/
COPY --from=build --chown=node:node /repo/storefront/.next/standalone ./
COPY --from=build --chown=node:node /repo/storefront/.next/static ./storefront/.next/static
COPY --from=build --chown=node:node /repo/storefront/public ./storefront/public
USER node
EXPOSE 8000
CMD ["node", "storefront/server.js"]
