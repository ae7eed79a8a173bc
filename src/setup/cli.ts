import { ConfigError, loadConfig, type Config } from '../config.js';
import { loadEnvFile } from '../env-file.js';
import { createLogger, type Logger } from '../logger.js';
import { ensureInitialUsers, formatLogins, type CreatedLogin } from './bootstrap-users.js';
import { explainDataFolderFailure } from '../db/data-folder-errors.js';
import { lockDataFolder, type DataFolderLock } from '../db/data-folder-lock.js';
import { migrateDown, migrateUp } from '../db/migrate.js';
import { openDatabase, type Database } from '../db/orm.js';
import { databaseSchema } from '../domain/database-schema.js';
import { seedDemo } from './seed/demo.js';

/** Database maintenance from the command line: `tsx src/setup/cli.ts up|down|seed`. */

const USAGE = `Usage: tsx src/setup/cli.ts <command>

  up    apply every pending migration (npm run migrate)
  down  revert the latest applied migration, dropping the data it holds; asks for --yes
        (npm run migrate:down -- --yes)
  seed  create the first users if there are none, then the demo project if there is
        no project yet (npm run seed)

The database is DATABASE_URL (PostgreSQL) or, when it is unset, the embedded engine in DATA_DIR
(refused while a server or another command uses that folder).`;

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

async function down(db: Database, confirmed: boolean): Promise<void> {
  const latest = (await db.orm.migrator.getExecuted()).at(-1);
  if (latest === undefined) {
    out('Nothing to revert: no migration is applied.');
    return;
  }
  if (!confirmed) {
    throw new CliError(
      `This reverts migration ${latest.name}: the tables it created are dropped with all their data. ` +
        'Run it again with --yes to go ahead (npm run migrate:down -- --yes).',
    );
  }
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
  const newLogins: CreatedLogin[] = [];
  const admin = await ensureInitialUsers(db, config, logger, newLogins);
  if (admin === null) {
    throw new CliError(
      'No active admin to own the demo data: set ADMIN_EMAIL and ADMIN_PASSWORD (or activate an admin) and run it again.',
    );
  }
  const project = await seedDemo(db, admin, logger, newLogins);
  if (newLogins.length > 0) {
    out(`Logins created (the passwords are shown only this once):\n${formatLogins(newLogins)}`);
  }
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
    loadEnvFile();
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
  const embedded = config.databaseUrl === null && config.dataDir !== ':memory:';
  const explain = (error: unknown) =>
    (embedded ? explainDataFolderFailure(config.dataDir, error) : null) ??
    (error instanceof Error ? error.message : String(error));
  let lock: DataFolderLock | null = null;
  let db: Database;
  try {
    // A second process on the embedded engine's folder corrupts it: refuse while a server holds it.
    if (embedded)
      lock = lockDataFolder(
        config.dataDir,
        `npm run ${command === 'up' ? 'migrate' : command === 'down' ? 'migrate:down' : 'seed'}`,
      );
    db = await openDatabase(config, databaseSchema);
  } catch (error) {
    lock?.release();
    process.stderr.write(`Cannot open the database: ${explain(error)}\n`);
    return 1;
  }
  try {
    switch (command) {
      case 'up':
        await up(db);
        break;
      case 'down':
        await down(db, args.includes('--yes'));
        break;
      case 'seed':
        await seed(db, config, logger);
        break;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${command} failed: ${error instanceof CliError ? error.message : explain(error)}\n`);
    if (!(error instanceof CliError)) logger.debug({ err: error }, `${command} failed`);
    return 1;
  } finally {
    try {
      await db.close();
    } finally {
      lock?.release();
    }
  }
}

process.exitCode = await main(process.argv.slice(2));
