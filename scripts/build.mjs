// Builds the runnable bundles with esbuild: the CLI, the web-mode server, the Electron main
// process and preload, and the React renderer. Entries whose source does not exist yet are
// skipped, so the build never blocks on a part still being written.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
// The clause library, parsed and cross-checked here once (a broken library stops the build with
// its list of problems) and carried into the node bundles as JSON: each process then skips
// re-running the schemas over every clause (engine/library-snapshot.ts says why).
async function librarySnapshotJson() {
  const out = 'dist/build/library-snapshot.mjs';
  await build({ entryPoints: ['scripts/library-snapshot.ts'], outfile: out, platform: 'node', target: 'node20', bundle: true, format: 'esm', logLevel: 'warning' });
  const json = (await import(pathToFileURL(out).href + `?t=${Date.now()}`)).librarySnapshotJson();
  rmSync('dist/build', { recursive: true, force: true });
  return json;
}
const snapshotJson = await librarySnapshotJson();
/** `inline`: the JSON inside the bundle; `file`: read at first use from library.json beside a CommonJS bundle. */
function librarySnapshotPlugin(where) {
  const contents =
    where === 'inline'
      ? `export const shippedLibrary = { snapshot: JSON.parse(${JSON.stringify(snapshotJson)}) };`
      : `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
let snapshot;
export const shippedLibrary = { get snapshot() { return (snapshot ??= JSON.parse(readFileSync(join(__dirname, 'library.json'), 'utf8'))); } };`;
  return {
    name: 'library-snapshot',
    setup(b) {
      b.onLoad({ filter: /engine[\\/]library-shipped\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
}
const librarySnapshot = librarySnapshotPlugin('inline');

// Two changes to pdf-lib's code in the CLI bundle, each checked against the installed version (a
// pattern that is no longer there stops the build): its standard-font encodings, which Mandate
// never uses (it embeds its own fonts), are inflated on first use instead of when the module
// loads, and a stream's bytes are copied into the file with one typed-array copy instead of a
// loop over every byte. Together about 20 ms of every PDF export; the bytes written are the same.
const pdfLibStartup = {
  name: 'pdf-lib-startup',
  setup(b) {
    const patch = (path, code, from, to) => {
      if (!code.includes(from)) throw new Error(`pdf-lib-startup: "${from.slice(0, 60)}…" is no longer in ${path}; update the patch in scripts/build.mjs`);
      return code.split(from).join(to);
    };
    b.onLoad({ filter: /@pdf-lib[\\/]standard-fonts[\\/]lib[\\/]Encoding\.js$/ }, ({ path }) => {
      let code = readFileSync(path, 'utf8');
      code = patch(
        path,
        code,
        'var decompressedEncodings = utils_1.decompressJson(all_encodings_compressed_json_1.default);\nvar allUnicodeMappings = JSON.parse(decompressedEncodings);',
        'var allUnicodeMappings;\nfunction mappings() { return allUnicodeMappings || (allUnicodeMappings = JSON.parse(utils_1.decompressJson(all_encodings_compressed_json_1.default))); }',
      );
      code = patch(
        path,
        code,
        "exports.Encodings = {\n    Symbol: new Encoding('Symbol', allUnicodeMappings.symbol),\n    ZapfDingbats: new Encoding('ZapfDingbats', allUnicodeMappings.zapfdingbats),\n    WinAnsi: new Encoding('WinAnsi', allUnicodeMappings.win1252),\n};",
        "var encodings = {};\nexports.Encodings = {\n    get Symbol() { return encodings.Symbol || (encodings.Symbol = new Encoding('Symbol', mappings().symbol)); },\n    get ZapfDingbats() { return encodings.ZapfDingbats || (encodings.ZapfDingbats = new Encoding('ZapfDingbats', mappings().zapfdingbats)); },\n    get WinAnsi() { return encodings.WinAnsi || (encodings.WinAnsi = new Encoding('WinAnsi', mappings().win1252)); },\n};",
      );
      return { contents: code, loader: 'js' };
    });
    b.onLoad({ filter: /pdf-lib[\\/]es[\\/]core[\\/]objects[\\/]PDFStream\.js$/ }, ({ path }) => {
      const code = patch(
        path,
        readFileSync(path, 'utf8'),
        '        for (var idx = 0, len = contents.length; idx < len; idx++) {\n            buffer[offset++] = contents[idx];\n        }\n',
        '        buffer.set(contents, offset);\n        offset += contents.length;\n',
      );
      return { contents: code, loader: 'js' };
    });
  },
};

// The CLI carries its dependencies (resolving pdf-lib's and docx's hundreds of files at every start
// cost more than an export) as one CommonJS file, so that bin/mandate.cjs can load it through
// node:vm with V8's code cache (see there). Modules reached only by a dynamic import (the PDF and
// DOCX renderers, each command) are still evaluated only when a command needs them.
const cli = {
  ...electron,
  external: [],
  // The library beside the bundle (dist/library.json), not inside it: the code cache then does not
  // carry half a megabyte of JSON text, and the command reads it as data.
  plugins: [librarySnapshotPlugin('file'), pdfLibStartup],
  // Whitespace and comments out, names kept (stack traces stay readable): less to read at each start.
  minifySyntax: true,
  minifyWhitespace: true,
  charset: 'ascii',
  // pdf-lib's ES build, which esbuild can tree-shake: the form, image and standard-font code a
  // Mandate PDF never uses stays out of the bundle.
  alias: { 'pdf-lib': './node_modules/pdf-lib/es/index.js', '@pdf-lib/upng': './scripts/stubs/upng.mjs' },
};
const entries = [
  { in: 'main/cli-entry.ts', out: 'dist/cli.cjs', opts: cli },
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

// Outputs of earlier builds that nothing loads any more (the CLI was split into ES chunks).
for (const old of ['dist/chunks', 'dist/cli.mjs', 'dist/cli.mjs.map']) rmSync(old, { recursive: true, force: true });
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({ entryPoints: [e.in], outfile: e.out, ...e.opts });
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/library.json', snapshotJson);
// bin/mandate.cjs reads the CLI bundle as Latin-1, which is twice as fast as decoding UTF-8 and the
// same text when every character is ASCII. esbuild escapes strings (charset: 'ascii') but leaves
// regular-expression literals alone; \uXXXX means the same character there too.
if (existsSync('dist/cli.cjs')) {
  const code = readFileSync('dist/cli.cjs', 'utf8');
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== code) writeFileSync('dist/cli.cjs', ascii);
}
if (existsSync('renderer/index.html')) {
  mkdirSync('dist/renderer', { recursive: true });
  copyFileSync('renderer/index.html', 'dist/renderer/index.html');
  if (existsSync('renderer/styles.css')) copyFileSync('renderer/styles.css', 'dist/renderer/styles.css');
}

// V8's code cache for the CLI bundle, made by one training run: exporting the complete example
// agreement compiles what a typical command runs, and the cache keeps that bytecode, so later runs
// skip parsing and compiling it (about 60 ms of a whole-process PDF export on the build machine).
// The cache is only valid for this Node/V8 build; another one rejects it and compiles as usual.
rmSync('dist/cli.cjs.cache', { force: true });
if (existsSync('dist/cli.cjs') && existsSync('examples/psp-complete.matter.json')) {
  const work = mkdtempSync(join(tmpdir(), 'mandate-build-'));
  const training = spawnSync(process.execPath, ['bin/mandate.cjs', 'export', 'examples/psp-complete.matter.json', '--format', 'pdf', '--out', join(work, 'training.pdf')], {
    encoding: 'utf8',
    env: { ...process.env, MANDATE_WRITE_CODE_CACHE: '1' },
  });
  rmSync(work, { recursive: true, force: true });
  if (training.status !== 0 || !existsSync('dist/cli.cjs.cache')) {
    console.warn(`build: no code cache for the CLI (it still works, starting a little slower): ${training.stderr || training.stdout}`);
    rmSync('dist/cli.cjs.cache', { force: true });
  }
}
