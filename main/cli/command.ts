// Runtime: node. The shape of one `mandate` sub-command; main/cli.ts lists them.
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** returns the process exit code: 0 ok, 1 findings / refused, 2 bad input */
  run(argv: string[]): Promise<number>;
}
