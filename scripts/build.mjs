// Builds the runnable bundles with esbuild: the CLI, the web-mode server, the Electron main
// process and preload, and the React renderer. Entries whose source does not exist yet are
// skipped, so the build never blocks on a part still being written.
import { build } from 'esbuild';
import { existsSync, mkdirSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const node = { platform: 'node', target: 'node20', bundle: true, packages: 'external', sourcemap: true, logLevel: 'warning' };
const electron = {
  platform: 'node',
  target: 'node20',
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  // modules that find their files from import.meta.url fall back to __dirname under CommonJS
  logOverride: { 'empty-import-meta': 'silent' },
};
// The CLI carries its dependencies too: resolving pdf-lib's and docx's hundreds of files at every
// start cost more than the export itself. CommonJS packages inside an ESM bundle need `require`.
// @pdf-lib/fontkit does at load what a PDF export of Latin text never needs: it decompresses the
// Brotli dictionary (for WOFF2 fonts; we embed TTF) and four Unicode tables (for the Arabic,
// Indic and other complex-script shapers). This makes each happen on first use instead, which is
// most of the cost of loading the PDF renderer; the bytes written are the same.
const lazyFontkit = {
  name: 'lazy-fontkit',
  setup(b) {
    b.onLoad({ filter: /@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/ }, ({ path }) => {
      let code = readFileSync(path, 'utf8');
      const patch = (from, to) => {
        if (!code.includes(from)) throw new Error(`lazy-fontkit: "${from}" is no longer in ${path}; update the patch in scripts/build.mjs for this @pdf-lib/fontkit`);
        code = code.split(from).join(to);
      };
      patch('dictionary.init(BrotliDecompressBuffer);\n', 'var brotliDictionaryLoaded = false;\n');
      patch('function BrotliDecompress(input, output) {', 'function BrotliDecompress(input, output) {\n  if (!brotliDictionaryLoaded) { brotliDictionaryLoaded = true; dictionary.init(BrotliDecompressBuffer); }');
      for (const name of ['trie', 'trie$1', 'trie$2', 'trie$3']) {
        const data = name === 'trie' ? 'trieData' : `trieData${name.slice(4)}`;
        patch(`var ${name} = new unicodeTrie(${data});`, `var ${name} = { t: null, get: function (c) { return (this.t || (this.t = new unicodeTrie(${data}))).get(c); } };`);
      }
      return { contents: code, loader: 'js' };
    });
  },
};
// The clause library, parsed and cross-checked here once (a broken library stops the build with
// its list of problems) and carried into the node bundles as JSON: each process then skips
// re-running the schemas over every clause (engine/library-snapshot.ts says why).
async function librarySnapshotPlugin() {
  const out = 'dist/build/library-snapshot.mjs';
  await build({ entryPoints: ['scripts/library-snapshot.ts'], outfile: out, platform: 'node', target: 'node20', bundle: true, format: 'esm', logLevel: 'warning' });
  const json = (await import(pathToFileURL(out).href + `?t=${Date.now()}`)).librarySnapshotJson();
  rmSync('dist/build', { recursive: true, force: true });
  return {
    name: 'library-snapshot',
    setup(b) {
      b.onLoad({ filter: /engine[\\/]library-shipped\.ts$/ }, () => ({
        contents: `export const shippedLibrary = { snapshot: JSON.parse(${JSON.stringify(json)}) };`,
        loader: 'js',
      }));
    },
  };
}
const librarySnapshot = await librarySnapshotPlugin();

const cli = {
  ...node,
  plugins: [lazyFontkit, librarySnapshot],
  format: 'esm',
  packages: 'bundle',
  minifySyntax: true,
  // pdf-lib's ES build, which esbuild can tree-shake: the form, image and standard-font code a
  // Mandate PDF never uses stays out of the chunk every PDF export parses (944 -> 800 KB).
  alias: { 'pdf-lib': './node_modules/pdf-lib/es/index.js' },
  banner: { js: "import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);" },
};
const entries = [
  // Split into chunks so each command parses only the code it runs (pdf-lib for PDF, docx for DOCX).
  { in: 'main/cli.ts', out: 'dist/cli.mjs', opts: cli, split: true },
  { in: 'main/server-main.ts', out: 'dist/server.mjs', opts: { ...node, format: 'esm', plugins: [librarySnapshot] } },
  // The Electron bundles carry their dependencies (only `electron` stays external), so the packaged
  // app needs no node_modules and ESM-only packages (lowdb) work from CommonJS.
  { in: 'main/electron.ts', out: 'dist/electron/main.cjs', opts: { ...electron, plugins: [librarySnapshot] } },
  { in: 'main/preload.ts', out: 'dist/electron/preload.cjs', opts: { ...electron } },
  {
    in: 'renderer/index.tsx',
    out: 'dist/renderer/app.js',
    opts: {
      platform: 'browser', target: 'chrome120', bundle: true, format: 'esm', sourcemap: true, minify: true, logLevel: 'warning', jsx: 'automatic',
      // csv-parse's default build needs Node's Buffer; its browser build carries its own (the bids workspace imports CSV in the page)
      alias: { 'csv-parse/sync': './node_modules/csv-parse/dist/esm/sync.js' },
    },
  },
];

// Chunk names carry content hashes: clear the old ones so dist/ holds only what the CLI loads.
rmSync('dist/chunks', { recursive: true, force: true });
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  if (e.split) await build({ entryPoints: { cli: e.in }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', outExtension: { '.js': '.mjs' }, ...e.opts });
  else await build({ entryPoints: [e.in], outfile: e.out, ...e.opts });
}
if (existsSync('renderer/index.html')) {
  mkdirSync('dist/renderer', { recursive: true });
  copyFileSync('renderer/index.html', 'dist/renderer/index.html');
  if (existsSync('renderer/styles.css')) copyFileSync('renderer/styles.css', 'dist/renderer/styles.css');
}
