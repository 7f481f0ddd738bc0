/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_MODEL_URL } from './src/model/default-model-url.ts';
import { prerender } from './scripts/prerender-plugin.ts';

const dataDir = resolve(import.meta.dirname, 'data');

/**
 * Ships data/*.json beside the app (dist/data/), fetched at run time, and serves it in dev.
 * index.html preloads the default model, so its download starts with the page's scripts rather
 * than after they have run (the app's fetch then takes the preloaded response).
 */
function modelData(): Plugin {
  return {
    name: 'model-data',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `./${DEFAULT_MODEL_URL}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head',
      },
    ],
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

const withCsp = (html: string, policy: string) =>
  html.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );

/** The policy a built page declares in its meta tag (the prerender adds its gate's hash). */
export function pagePolicy(html: string): string {
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (!policy) throw new Error('the page declares no Content-Security-Policy');
  return policy;
}

/**
 * The page's policy in its meta tag, and the same policy as a header from `vite preview` (read
 * from the built page, so it is exactly what the page declares).
 */
function csp(): Plugin {
  return {
    name: 'content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => (context.server ? html : withCsp(html, contentSecurityPolicy)),
    },
    configurePreviewServer(server) {
      const page = resolve(server.config.root, server.config.build.outDir, 'index.html');
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', pagePolicy(readFileSync(page, 'utf8')));
        next();
      });
    },
  };
}

/**
 * The offline file inlines its scripts, so its policy allows exactly those scripts by hash
 * (still no eval, no foreign script) and no network at all.
 */
function offlineCsp(): Plugin {
  return {
    name: 'offline-content-security-policy',
    apply: 'build',
    // After the single-file plugin has inlined everything and the file is written.
    writeBundle(options) {
      const file = resolve(options.dir ?? 'dist-offline', 'index.html');
      const html = readFileSync(file, 'utf8');
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
        (match) =>
          `'sha256-${createHash('sha256')
            .update(match[1] ?? '')
            .digest('base64')}'`,
      );
      const policy = contentSecurityPolicy
        .replace("script-src 'self'", `script-src ${hashes.join(' ')}`)
        .replace("connect-src 'self' http: https:", "connect-src 'none'");
      writeFileSync(file, withCsp(html, policy));
    },
  };
}

/** The model the offline file carries: the default one, or OFFLINE_MODEL=path/to/model.json. */
function inlineModel(mode: string): string | null {
  if (mode !== 'offline') return null;
  return readFileSync(
    resolve(process.env.OFFLINE_MODEL ?? resolve(import.meta.dirname, DEFAULT_MODEL_URL)),
    'utf8',
  );
}

export default defineConfig(({ mode }) => ({
  base: './',
  plugins:
    mode === 'offline'
      ? [react(), viteSingleFile({ removeViteModuleLoader: true }), offlineCsp()]
      : [react(), modelData(), csp(), prerender(resolve(import.meta.dirname, DEFAULT_MODEL_URL))],
  define: { __INLINE_MODEL__: JSON.stringify(inlineModel(mode)) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
    outDir: mode === 'offline' ? 'dist-offline' : 'dist',
  },

  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
  },
}));
