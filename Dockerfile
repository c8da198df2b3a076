# Dockside as a container image for ECS on Fargate: build the static export with Node, then serve
# it with nginx as a non-root user on port 8080. The files it copies are the ones the browser
# tests serve (out/ and deploy/nginx/, with scripts/serve.ts); the image itself is not built in
# CI. See README.md ("Ship it").
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The public address, for canonical links: docker build --build-arg SITE_URL=https://… .
ARG SITE_URL=http://localhost:8080
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginx:1.28-alpine
COPY deploy/nginx/nginx.conf deploy/nginx/dockside.conf deploy/nginx/headers.conf /etc/nginx/
COPY --from=build /app/deploy/nginx/csp.conf /etc/nginx/csp.conf
COPY --from=build /app/out /usr/share/nginx/html
USER nginx
EXPOSE 8080
HEALTHCHECK CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
CMD ["nginx"]
