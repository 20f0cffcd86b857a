// Runtime: node. Every `mandate` sub-command, in the order `mandate help` lists them.
import type { CliCommand } from './command.ts';

export const commands: CliCommand[] = [];
