// Runtime: node. What bin/mandate.cjs runs: the command line, then an exit as soon as the output
// is flushed. Every command has finished its work (files written, stores saved) when main
// returns, and letting Node tear the heap down page by page took ~40 ms of a one-shot export.
import * as z from 'zod';
import { main } from './cli.ts';

// A command parses a handful of inputs once: zod's compiled fast path (new Function per schema)
// costs more to build than it saves.
z.config({ jitless: true });

void main(process.argv.slice(2)).then((exitCode) => process.stdout.write('', () => process.stderr.write('', () => process.exit(exitCode))));
