# tanya-artikel as a container. The build stage runs the same steps as
# tests/deploy/production-install.test.ts (the same files, `npm ci --omit=dev`, whose prepare step
# bundles dist/), so that test covers this recipe; tests/deploy/container.test.ts keeps the two alike.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY src ./src
COPY adapters ./adapters
COPY corpus ./corpus
RUN npm ci --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/esbuild node_modules/@esbuild node_modules/.bin/esbuild

# Runtime: Node only, the bundle, the production dependencies and the default corpus; no npm at run time.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    CORPUS=/app/corpus \
    HTTP_PORT=9090
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/corpus ./corpus
# The files stay root-owned and read-only to the bot; it runs as the image's unprivileged user.
USER node
# Mount your own articles here (read-only is enough); `docker kill -s HUP` reloads them.
VOLUME ["/app/corpus"]
# 8080: the Telegram webhook (TELEGRAM_WEBHOOK_PORT); 9090: /healthz and /metrics (HTTP_PORT).
EXPOSE 8080 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 9090) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Tokens come only from the environment (docker run -e / compose environment), never from the image.
CMD ["node", "dist/adapters/main.js"]
