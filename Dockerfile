# The API process, which also serves the built admin. Stateless: run as many as you like behind a
# load balancer, all pointing at the same PostgreSQL (DATABASE_URL) with the same JWT_SECRET.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CHECKPOINT_DISABLE=1 NX_NO_CLOUD=true NX_DAEMON=false
COPY package.json package-lock.json nx.json tsconfig.base.json prisma.config.ts ./
COPY apps/api/package.json apps/api/package.json
COPY apps/admin/package.json apps/admin/package.json
COPY libs/domain/package.json libs/domain/package.json
COPY prisma prisma
COPY scripts scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --output-style=static

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production CHECKPOINT_DISABLE=1 PORT=3000
COPY --from=build /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Heap limits: apps/api/src/config/node-flags.ts.
CMD ["node", "--max-old-space-size=192", "--max-semi-space-size=8", "apps/api/dist/main.js"]
