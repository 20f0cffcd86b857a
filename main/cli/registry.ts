// Runtime: node. Every `mandate` sub-command, in the order `mandate help` lists them.
import type { CliCommand } from './command.ts';
import { newCommand } from './new.ts';
import { requirementsCommand } from './requirements.ts';
import { validateCommand } from './validate.ts';
import { clausesCommand } from './clauses.ts';
import { libraryCommand } from './library.ts';
import { exportCommand } from './export.ts';
import { bidsCommand } from './bids.ts';
import { quarantineCommand } from './quarantine.ts';

export const commands: CliCommand[] = [newCommand, requirementsCommand, validateCommand, clausesCommand, libraryCommand, exportCommand, bidsCommand, quarantineCommand];
