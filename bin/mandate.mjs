#!/usr/bin/env node
// The `mandate` command. Runs the bundle built by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.mjs');
if (!existsSync(bundle)) {
  console.error('mandate: the command line is not built yet. Run "npm install" (or "npm run build") in ' + root + ' first.');
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
