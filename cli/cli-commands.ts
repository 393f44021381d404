import type { CliCommand } from './cli-command.js';
import { exportCommand } from './commands/export-command.js';
import { importCommand } from './commands/import-command.js';
import { listCommand } from './commands/list-command.js';
import { restoreCommand } from './commands/restore-command.js';
import { suggestClaimsCommand } from './commands/suggest-claims-command.js';
import { verifyCommand } from './commands/verify-command.js';
import { webCommand } from './commands/web-command.js';
import { syncCommand } from './commands/sync-command.js';
import { teamServerCommand } from './commands/team-server-command.js';
import { teamSetupCommand } from './commands/team-setup-command.js';

/** Every subcommand of `research-notes`, in the order the overview lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [importCommand, listCommand, exportCommand, restoreCommand, suggestClaimsCommand, verifyCommand, webCommand, syncCommand, teamServerCommand, teamSetupCommand];
