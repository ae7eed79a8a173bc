import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { ensureInitialUsers } from './bootstrap-users.js';
import { migrateDown, migrateUp } from '../db/migrate.js';
import { openDatabase, type Database } from '../db/orm.js';
import { seedDemo } from './seed/demo.js';

/** Database maintenance from the command line: `tsx src/setup/cli.ts up|down|seed`. */

const USAGE = `Usage: tsx src/setup/cli.ts <command>

  up    apply every pending migration (npm run migrate)
  down  revert the latest applied migration (npm run migrate:down)
  seed  create the first users if there are none, then the demo project if there is
        no project yet (npm run seed)

The database is DATABASE_URL (PostgreSQL) or, when it is unset, the embedded engine in DATA_DIR.`;

const COMMANDS = ['up', 'down', 'seed'] as const;
type Command = (typeof COMMANDS)[number];

function isCommand(value: string | undefined): value is Command {
  return COMMANDS.some((c) => c === value);
}

/** Where the data lives, without the password of the URL. */
function describeDatabase(config: Config): string {
  if (config.databaseUrl === null) return `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  if (url.password !== '') url.password = '***';
  return `PostgreSQL at ${url.toString()}`;
}

async function up(db: Database): Promise<void> {
  const applied = await migrateUp(db);
  if (applied.length === 0) out('Nothing to apply: the database is up to date.');
  else out(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`);
}

async function down(db: Database): Promise<void> {
  const reverted = await migrateDown(db);
  if (reverted.length === 0) out('Nothing to revert: no migration is applied.');
  else out(`Reverted ${reverted.length} migration(s):\n${reverted.map((name) => `  ${name}`).join('\n')}`);
}

async function seed(db: Database, config: Config, logger: Logger): Promise<void> {
  const pending = await db.orm.migrator.getPending();
  if (pending.length > 0) {
    if (!config.migrateOnStart) {
      throw new CliError(
        `${pending.length} migration(s) pending and MIGRATE_ON_START=false: run npm run migrate first.`,
      );
    }
    await up(db);
  }
  const admin = await ensureInitialUsers(db, config, logger);
  if (admin === null) {
    throw new CliError(
      'No active admin to own the demo data: set ADMIN_EMAIL and ADMIN_PASSWORD (or activate an admin) and run it again.',
    );
  }
  const project = await seedDemo(db, admin, logger);
  if (project === null) {
    out('The database already has a project: demo data not added.');
    return;
  }
  const { entities, branch } = project;
  out(
    `Demo project ${project.code} created: ${entities.wbes} WBEs, ${entities.costElements} cost elements, ` +
      `${entities.costRegistrations} cost registrations, ${entities.progressEntries} progress entries, ` +
      `${project.commits.main} commits on main` +
      (branch === null ? '.' : `, branch "${branch.name}" with ${project.commits.branch} commits of pending changes.`),
  );
}

class CliError extends Error {}

function out(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function main(args: readonly string[]): Promise<number> {
  const command = args[0];
  if (command === '--help' || command === '-h') {
    out(USAGE);
    return 0;
  }
  if (!isCommand(command)) {
    process.stderr.write(
      `${command === undefined ? 'No command given.' : `Unknown command "${command}".`}\n\n${USAGE}\n`,
    );
    return 1;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const logger = createLogger(config);
  out(`Database: ${describeDatabase(config)}`);
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    process.stderr.write(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    switch (command) {
      case 'up':
        await up(db);
        break;
      case 'down':
        await down(db);
        break;
      case 'seed':
        await seed(db, config, logger);
        break;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${command} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!(error instanceof CliError)) logger.debug({ err: error }, `${command} failed`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
