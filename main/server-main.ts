// Runtime: node. `npm run web`: opens the store and serves Mandate on 127.0.0.1, printing the
// address (with its per-launch token) to open in a browser. Options: --data-dir <folder>,
// --port <n> (default: a free port).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDirFromArgs, openApp } from './app-context.ts';
import { startServer } from './server.ts';

/** dist/renderer, found from the bundle (dist/server.mjs) or from the source (main/server-main.ts). */
function rendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'renderer'), join(here, '..', 'dist', 'renderer')];
  return candidates.find((c) => existsSync(join(c, 'index.html'))) ?? candidates[0]!;
}

function portFromArgs(argv: string[]): number {
  const i = argv.indexOf('--port');
  if (i < 0) return 0;
  const port = Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535, not "${argv[i + 1] ?? ''}".`);
  return port;
}

async function main(argv: string[]) {
  const app = await openApp(dataDirFromArgs(argv));
  const dir = rendererDir();
  const server = await startServer({ handlers: app.handlers, rendererDir: dir, port: portFromArgs(argv) });
  const lines = [`Mandate is running in web mode at ${server.url}`, `  Open that address in a browser on this computer (it carries this session's token).`, `  Data folder: ${app.dataDir}`];
  if (!existsSync(join(dir, 'index.html'))) lines.push(`  The interface is not built yet (${dir} has no index.html); run "npm run build". The API works meanwhile.`);
  for (const q of app.quarantinedAtStart) lines.push(`  Could not read ${q.file}: ${q.reason}. It was moved to ${q.movedTo}.`);
  lines.push('  Press Ctrl+C to stop.');
  console.log(lines.join('\n'));
  const stop = () => void server.close().then(() => app.store.flush()).finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(`mandate web: ${e.message}`);
  process.exit(2);
});
