import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// In development the API runs separately (npm run dev at the root starts it on :3000); in
// production the API serves this build, so the admin always calls /graphql on its own origin.
const api = process.env.BACKTRACK_API_URL ?? 'http://localhost:3000';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * In development, links in messages (/p/confirm?token=…) open the patient page as the API's server does
 * in production; the calendar file (/p/calendar.ics) goes on to the API through the proxy.
 */
function patientPageInDev(): Plugin {
  return {
    name: 'backtrack-patient-page',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const [pathname, query = ''] = (req.url ?? '').split('?');
        if (/^\/p(\/[^.]*)?$/.test(pathname)) req.url = `/patient.html${query ? `?${query}` : ''}`;
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), patientPageInDev()],
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
      '/p/calendar.ics': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server serves dist/ to anyone: a source map would publish the whole admin source (10 MB).
    // `npm run dev` keeps its own in-memory maps for debugging.
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    // The staff admin, and the patient page that links in messages open (no react-admin, no MUI).
    rollupOptions: { input: { admin: page('index.html'), patient: page('patient.html') } },
  },
}));
