#!/usr/bin/env node
// Runtime: node. The `mandate` command. Runs the bundle built by `npm install` (prepare) or
// `npm run build`, through node:vm so that V8's code cache can be used: dist/cli.cjs.cache,
// written by a training run at build time, holds the bytecode of what a typical command runs, so
// a command starts without parsing and compiling its JavaScript again (Node 20 has no built-in
// compile cache; Node 22's module.enableCompileCache does the same for modules). A cache from
// another Node version is rejected by V8 and the bundle is simply compiled as usual. This file is
// CommonJS: an ES module entry point makes Node start its module loader first (~15 ms).
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'cli.cjs');
const cacheFile = `${bundle}.cache`;
if (!existsSync(bundle) || !existsSync(join(root, 'dist', 'library.json'))) {
  console.error('mandate: the command line is not built yet. Run "npm install" (or "npm run build") in ' + root + ' first.');
  process.exit(2);
}

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache (a build that could not make one): compile as usual
}
// The CommonJS module wrapper, as Node's own loader applies it. The build keeps the bundle ASCII,
// so reading it as Latin-1 gives the same text without decoding UTF-8 (~20 ms less).
const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(bundle, 'latin1')}\n})`;
const script = new Script(source, { filename: bundle, cachedData });
if (process.env.MANDATE_WRITE_CODE_CACHE === '1') {
  // The training run of scripts/build.mjs: keep everything compiled by the time the command ends.
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
const bundleModule = { exports: {} };
script.runInThisContext().call(bundleModule.exports, bundleModule.exports, require, bundleModule, bundle, dirname(bundle));
