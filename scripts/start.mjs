// `npm start`: build, then open the desktop app when an Electron runtime is present; otherwise
// say why in one paragraph and start web mode instead. The runtime is looked for on disk, never
// by requiring the `electron` package, whose first use would try to download it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const root = resolve(import.meta.dirname, '..');

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

/** The Electron executable inside a distribution folder, as electron's own package lays it out. */
function executableIn(dist) {
  const name = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';
  const file = join(dist, name);
  return existsSync(file) ? file : undefined;
}

const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const candidates = [override, join(root, 'node_modules', 'electron', 'dist')].filter(Boolean);
const electron = candidates.map(executableIn).find(Boolean);

if (electron) {
  const child = spawn(electron, [root, ...args], { stdio: 'inherit', cwd: root });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
} else {
  const looked = candidates.map((c) => `"${c}"`).join(' and ');
  console.log(
    `The desktop app cannot open here: no Electron runtime was found (looked in ${looked}). ` +
      `The electron npm package downloads its runtime from GitHub when it is installed, and that download is ` +
      `blocked or was skipped on this machine. Mandate starts in web mode instead: the same app and the same data, ` +
      `served to your browser from this computer only. To get the desktop app, install with access to GitHub ` +
      `releases, or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron distribution.\n`,
  );
  const child = spawn(process.execPath, [join(root, 'dist', 'server.mjs'), ...args], { stdio: 'inherit', cwd: root });
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
