import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately (npm run dev at the root starts it on :3000); in
// production the API serves this build, so the admin always calls /graphql on its own origin.
const api = process.env.BACKTRACK_API_URL ?? 'http://localhost:3000';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  // Apollo Client 3 keeps its development checks and console hints unless __DEV__ is false.
  define: { 'globalThis.__DEV__': JSON.stringify(mode !== 'production') },
  resolve: {
    alias: {
      '@backtrack/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server serves dist/ to anyone: a source map would publish the whole admin source (10 MB).
    // `npm run dev` keeps its own in-memory maps for debugging.
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
}));
