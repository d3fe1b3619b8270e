# syntax=docker/dockerfile:1
# OneCounty officials' console: a Vite build served as static files by nginx.
# Build context is the repository root:  docker build -f infra/admin.Dockerfile .
ARG NODE_IMAGE=node:20-alpine
# the npm of package.json "packageManager" (node:20 images ship npm 10)
ARG NPM_VERSION=11.19.1

FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
RUN npm install -g npm@${NPM_VERSION} && npm cache clean --force
WORKDIR /repo
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY admin/package.json admin/
COPY packages/contracts/package.json packages/contracts/
RUN npm ci --workspace admin --include-workspace-root=false --no-audit --no-fund
COPY admin/ admin/
# shared response types, money and the Shanghai day: TypeScript source the build compiles
COPY packages/contracts/ packages/contracts/
# Vite inlines VITE_* variables into the bundle at build time.
ARG VITE_BACKEND_URL=http://localhost:9000
ENV VITE_BACKEND_URL=${VITE_BACKEND_URL}
RUN npm run build --workspace admin

FROM nginx:1.27-alpine
# the console calls the backend there: its CSP's connect-src
ARG VITE_BACKEND_URL=http://localhost:9000
COPY infra/admin.nginx.conf /etc/nginx/conf.d/default.conf
RUN sed -i "s|__BACKEND_URL__|${VITE_BACKEND_URL}|" /etc/nginx/conf.d/default.conf
COPY --from=build /repo/admin/dist /usr/share/nginx/html/console
EXPOSE 80
