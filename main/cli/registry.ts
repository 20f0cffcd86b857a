// Runtime: node. Every `mandate` sub-command, in the order `mandate help` lists them. Each is
// loaded when it runs, not at start: `mandate export` then never parses the bids workspace, the
// CSV parser or the library report (the bundle splits them into chunks).
import type { CliCommand } from './command.ts';

export interface CommandEntry {
  name: string;
  usage: string;
  summary: string;
  load(): Promise<CliCommand>;
}

export const commands: CommandEntry[] = [
  {
    name: 'new',
    usage: 'new <psp-contract|public-security-mou> [--facts facts.json] [--out matter.json]',
    summary: 'start a matter with every clause the facts require already selected',
    load: async () => (await import('./new.ts')).newCommand,
  },
  {
    name: 'requirements',
    usage: 'requirements <facts.json> --kind <kind> [--json]',
    summary: 'list the provisions these facts require, with the reason and the standard',
    load: async () => (await import('./requirements.ts')).requirementsCommand,
  },
  {
    name: 'validate',
    usage: 'validate <matter.json> [--json]',
    summary: 'check a matter; exit 0 when signature-ready, 1 while blocking findings remain',
    load: async () => (await import('./validate.ts')).validateCommand,
  },
  {
    name: 'clauses',
    usage: 'clauses [--kind <kind>] [--json]',
    summary: 'list the clause library',
    load: async () => (await import('./clauses.ts')).clausesCommand,
  },
  {
    name: 'library',
    usage: 'library [--kind <kind>] [--out file.md]',
    summary: 'write the clause library as one readable document for legal review',
    load: async () => (await import('./library.ts')).libraryCommand,
  },
  {
    name: 'export',
    usage: 'export <matter.json> --format docx|pdf --out FILE [--draft]',
    summary: 'write the signature-ready DOCX or PDF (a watermarked draft with --draft)',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'bids',
    usage: 'bids template|criteria|compare|award …',
    summary: 'compare PSP bids against the standards, write the evaluation report, award into a contract',
    load: async () => (await import('./bids.ts')).bidsCommand,
  },
  {
    name: 'quarantine',
    usage: 'quarantine [--data-dir DIR] [--json]',
    summary: 'list the files Mandate could not read and moved aside, with the reason and what to do',
    load: async () => (await import('./quarantine.ts')).quarantineCommand,
  },
];
