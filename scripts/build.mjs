// Builds the runnable bundles with esbuild: the CLI, the web-mode server, the Electron main
// process and preload, and the React renderer. Entries whose source does not exist yet are
// skipped, so the build never blocks on a part still being written.
import { build } from 'esbuild';
import { existsSync, mkdirSync, copyFileSync } from 'node:fs';

const node = { platform: 'node', target: 'node20', bundle: true, packages: 'external', sourcemap: true, logLevel: 'warning' };
const entries = [
  { in: 'main/cli.ts', out: 'dist/cli.mjs', opts: { ...node, format: 'esm' } },
  { in: 'main/server-main.ts', out: 'dist/server.mjs', opts: { ...node, format: 'esm' } },
  { in: 'main/electron.ts', out: 'dist/electron/main.cjs', opts: { ...node, format: 'cjs', external: ['electron'] } },
  { in: 'main/preload.ts', out: 'dist/electron/preload.cjs', opts: { ...node, format: 'cjs', external: ['electron'] } },
  {
    in: 'renderer/index.tsx',
    out: 'dist/renderer/app.js',
    opts: { platform: 'browser', target: 'chrome120', bundle: true, format: 'esm', sourcemap: true, minify: true, logLevel: 'warning', jsx: 'automatic' },
  },
];

for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({ entryPoints: [e.in], outfile: e.out, ...e.opts });
}
if (existsSync('renderer/index.html')) {
  mkdirSync('dist/renderer', { recursive: true });
  copyFileSync('renderer/index.html', 'dist/renderer/index.html');
  if (existsSync('renderer/styles.css')) copyFileSync('renderer/styles.css', 'dist/renderer/styles.css');
}
