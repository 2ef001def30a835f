// Builds the UI into dist/: app.js, layout.js (the layout's Web Worker),
// app.css, index.html and favicon.svg.
// The output is the same bytes on every machine (no hashes, no source maps,
// no timestamps, no absolute paths), so CI can rebuild it and compare it
// with the committed copy: npm ci && npm run build && git diff --exit-code dist
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
};

await esbuild.build({
  ...common,
  entryPoints: ['src/main.js'],
  outfile: 'dist/app.js',
  format: 'iife',
  target: ['es2020'],
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
});

// the layout's Web Worker (offthread.js), a script of its own
await esbuild.build({
  ...common,
  entryPoints: ['src/layout-worker.js'],
  outfile: 'dist/layout.js',
  format: 'iife',
  target: ['es2020'],
  platform: 'browser',
});

await esbuild.build({
  ...common,
  entryPoints: ['src/app.css'],
  outfile: 'dist/app.css',
});

for (const f of ['index.html', 'favicon.svg']) copyFileSync(join(root, 'src', f), join(dist, f));
