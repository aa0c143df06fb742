# One image for the API, the projector and the CLI; docker-compose.yml picks the command.
# The same Node.js major as the README's commands (the node package in package.json): 24 LTS, pinned to the release.
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The shipped directory, for `cli directory import data/directory/agencies.json` inside the container.
COPY data/directory ./data/directory
# The shipped ports and crossings and the provinces' positions: the statistics by port and the flow map read them.
COPY data/ports ./data/ports
USER node
EXPOSE 3000
# The heap flags keep the API's resident memory near its live heap (the README says why): a young generation of
# at most 3 x 16 MiB, and an old generation that grows 20% past what the last full collection kept.
CMD ["node", "--max-semi-space-size=16", "--heap-growing-percent=20", "dist/apps/api/apps/api/src/main.js"]
