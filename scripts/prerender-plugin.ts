import { build, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { uiLanguages, type UiLanguage } from '../src/model/text.ts';
import { pictureBlock, prerenderGateId } from '../src/app/prerender-picture.ts';

type Prerender = (modelText: string, lang: UiLanguage) => Promise<string>;

const GRAPH_PANEL = '/src/features/graph/graph-panel.tsx';

/** The inline script that puts the fitting prerendered dashboard in place (prerender-gate.ts). */
async function gateScript(root: string): Promise<string> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(root, 'src/app/prerender-gate-script.ts'),
        formats: ['iife'],
        name: 'prerenderGate',
      },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error('prerender: the gate script did not build');
  return chunk.code;
}

/**
 * src/app/prerender.tsx built for Node into `outDir` (inside node_modules, so its imports
 * resolve), and loaded.
 */
async function serverRenderer(root: string, outDir: string): Promise<Prerender> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    define: { __INLINE_MODEL__: 'null' },
    build: {
      ssr: resolve(root, 'src/app/prerender.tsx'),
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const module = (await import(
    `${pathToFileURL(resolve(outDir, 'prerender.js')).href}?${Date.now()}`
  )) as { prerenderDashboard: Prerender };
  return module.prerenderDashboard;
}

/**
 * Prerenders the dashboard with the default model into index.html, once per UI language (each in
 * a data block the browser does not parse; the gate script shows the one that fits the address,
 * see prerender-gate.ts). The page so shows every panel before its scripts have run; main.tsx
 * then hydrates it. The graph's styles are in the page too (the prerendered graph needs them at
 * once); its code still downloads only once the rest of the page is live (see
 * lazy-graph-panel.tsx).
 */
export function prerender(modelFile: string): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const graph = Object.values(bundle).find(
        (item): item is Rolldown.OutputChunk =>
          item.type === 'chunk' && (item.facadeModuleId ?? '').endsWith(GRAPH_PANEL),
      );
      if (!graph) throw new Error(`prerender: no chunk for ${GRAPH_PANEL}`);
      // One directory per build: builds running at once (worktrees sharing node_modules) do not
      // remove each other's.
      const serverDir = resolve(root, `node_modules/.prerender-${process.pid}`);
      const modelText = readFileSync(modelFile, 'utf8');
      const pictures: string[] = [];
      try {
        const render = await serverRenderer(root, serverDir);
        for (const lang of uiLanguages) {
          const html = await render(modelText, lang);
          pictures.push(pictureBlock(lang, html));
        }
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
      // The gate runs inline (allowed by its hash): no request for the parser to wait on.
      const gate = (await gateScript(root)).trim();
      const gateHash = `'sha256-${createHash('sha256').update(gate).digest('base64')}'`;
      const file = resolve(outDir, 'index.html');
      // The stylesheets are inlined: the prerendered page is painted as soon as it is parsed,
      // not after the stylesheets' requests, queued behind the scripts' and the model's.
      const style = (css: string) =>
        `<style>${readFileSync(resolve(outDir, css), 'utf8').trimEnd()}</style>`;
      const graphCss = [...(graph.viteMetadata?.importedCss ?? [])].map(style);
      const built = readFileSync(file, 'utf8');
      if (!built.includes("script-src 'self'"))
        throw new Error("prerender: index.html has no CSP with script-src 'self'");
      const page = built
        .replace("script-src 'self'", `script-src 'self' ${gateHash}`)
        .replace(/<link rel="stylesheet"[^>]* href="\.\/([^"]+\.css)">/g, (_link, css: string) =>
          style(css),
        )
        .replace('</head>', `  ${graphCss.join('\n    ')}\n  </head>`)
        .replace(
          '<div id="root"></div>',
          `<div id="root"></div>\n    ${pictures.join('\n    ')}\n    <script id="${prerenderGateId}">${gate}</script>`,
        );
      writeFileSync(file, page);
    },
  };
}
