/** One subcommand of `research-notes`: its name, a summary for the overview, its help and its action. */
export interface CliCommand {
  name: string;
  summary: string;
  /** The full `--help` text. */
  usage: string;
  /** Runs the command on the arguments after its name; throws ApiError for anything the user must fix. */
  run(args: string[]): Promise<void>;
}
