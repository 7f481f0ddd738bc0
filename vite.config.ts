/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dataDir = resolve(import.meta.dirname, 'data');

/** Ships data/*.json beside the app (dist/data/), fetched at run time, and serves it in dev. */
function modelData(): Plugin {
  return {
    name: 'model-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([A-Za-z0-9_.-]+\.json)(\?.*)?$/.exec(req.url ?? '');
        if (!match?.[1]) return next();
        try {
          const body = readFileSync(resolve(dataDir, match[1]));
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(dataDir).filter((file) => file.endsWith('.json'))) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(resolve(dataDir, name)),
        });
      }
    },
  };
}

/** The production page's Content-Security-Policy: no inline or foreign scripts. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        ),
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), modelData(), csp()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
  },
});
