// The layering rule of DESIGN.md, enforced: clauses/, templates/ and engine/ run the same in the
// CLI, in tests, in Electron's main process and in the renderer, so they import no Node
// built-in, no Electron, no DOM library, and never reach up into main/ or renderer/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';

const pureLayers = ['clauses', 'templates', 'engine'];
const allowedPackages: Record<string, string[]> = {
  clauses: ['zod'],
  templates: ['zod'],
  engine: ['zod', 'docx', 'pdf-lib', 'diff', 'csv-parse', '@noble/hashes'],
};
const allowedLayers: Record<string, string[]> = {
  clauses: ['clauses'],
  templates: ['templates', 'clauses'],
  engine: ['engine', 'clauses', 'templates'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

const importRe = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/g;

for (const layer of pureLayers) {
  test(`${layer}/ imports only what the layering rule allows`, () => {
    const problems: string[] = [];
    for (const file of files(layer)) {
      const text = readFileSync(file, 'utf8');
      if (/(?<![\w./'\"-])(window|document|localStorage)\.\w/.test(text.replace(/\/\/.*$/gm, '')))
        problems.push(`${file}: uses a DOM global`);
      for (const m of text.matchAll(importRe)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        if (spec.startsWith('.')) {
          const target = join(file, '..', spec).split(/[\\/]/)[0]!;
          if (!allowedLayers[layer]!.includes(target)) problems.push(`${file}: imports ${spec} from ${target}/`);
        } else if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!)) {
          problems.push(`${file}: imports the Node built-in "${spec}"`);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          if (!allowedPackages[layer]!.includes(pkg)) problems.push(`${file}: imports the package "${pkg}"`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
}

// Signal-style runtime markers: every source file says where it runs, and the marker must agree
// with its folder, so a Node import cannot creep into code that also runs in the renderer.
const runtimesByFolder: Record<string, string[]> = {
  clauses: ['any'],
  templates: ['any'],
  engine: ['any'],
  renderer: ['browser', 'any'],
  main: ['node', 'electron-main', 'preload', 'any', 'browser'],
};

test('every source file declares its runtime, and the runtime fits its folder', () => {
  const problems: string[] = [];
  for (const [folder, allowed] of Object.entries(runtimesByFolder)) {
    let list: string[] = [];
    try {
      list = files(folder);
    } catch {
      continue;
    }
    for (const file of list) {
      const head = readFileSync(file, 'utf8').split('\n').slice(0, 3).join('\n');
      const m = head.match(/\/\/ Runtime: ([a-z-]+)/);
      if (!m) problems.push(`${file}: no "// Runtime: …" comment in its first lines`);
      else if (!allowed.includes(m[1]!)) problems.push(`${file}: runtime "${m[1]}" does not belong in ${folder}/`);
    }
  }
  assert.deepEqual(problems, []);
});

test('renderer/ imports only React, engine/, clauses/ types and the API contract', () => {
  const problems: string[] = [];
  let list: string[] = [];
  try {
    list = files('renderer');
  } catch {
    return;
  }
  for (const file of list) {
    for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.')) {
        const target = join(file, '..', spec);
        const ok = /^(renderer|engine|clauses|templates)[\\/]/.test(target) || /^main[\\/](api|api-client-http|api-model)\.ts$/.test(target);
        if (!ok) problems.push(`${file}: imports ${spec}`);
      } else if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!) || spec === 'electron') problems.push(`${file}: imports "${spec}"`);
    }
  }
  assert.deepEqual(problems, []);
});
