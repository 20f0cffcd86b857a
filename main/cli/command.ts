// Runtime: node. What one `mandate` sub-command module gives: its name, usage line and summary
// are in main/cli/registry.ts, so `mandate help` needs none of the command modules.
export interface CliCommand {
  /** returns the process exit code: 0 ok, 1 findings / refused, 2 bad input */
  run(argv: string[]): Promise<number>;
}
