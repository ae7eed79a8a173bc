import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { MikroORM as PostgresMikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntitySchema, MigrationObject, MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { migrationsList } from '../../migrations/index.js';
import { releaseDroppedConnections } from './pool-guard.js';
import { entities } from './entities/index.js';
import { PostgresConstraintNames } from './entities/naming.js';

/** Which engine serves the data: PostgreSQL over the network, or PGlite in-process. */
export type Engine = 'postgresql' | 'pglite';

export interface Database {
  engine: Engine;
  orm: MikroORM;
  /** The root entity manager: fork it per request, never use it directly. */
  em: SqlEntityManager;
  close(): Promise<void>;
}

type DbConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolSize'>;

/** Every table the ORM knows and every migration it runs. */
export interface DatabaseSchema {
  entities: readonly EntitySchema[];
  migrations: readonly MigrationObject[];
}

/**
 * The tables declared here and the migrations listed in migrations/: everything but the
 * version tables of kinds declared above the database layer, which the domain adds
 * (src/domain/database-schema.ts). Open the database with that whole schema.
 */
export const coreSchema: DatabaseSchema = { entities, migrations: migrationsList };

const shared = {
  namingStrategy: PostgresConstraintNames,
  // The append-only and version-order triggers share plpgsql functions, which entity metadata
  // cannot say: they stay in the migrations (tests/foundation/schema-entities.test.ts lists them).
  schemaGenerator: { ignoreTriggers: true },
  extensions: [Migrator as { register: (orm: MikroORM) => void }],
  migrations: {
    tableName: 'schema_migration',
    silent: true,
    transactional: true,
    allOrNothing: true,
    snapshot: false,
  },
  allowGlobalContext: false,
};

/**
 * Opens the database that the configuration names. Both engines share the migrations and
 * every SQL statement; only the connection differs.
 */
export async function openDatabase(config: DbConfig, schema: DatabaseSchema): Promise<Database> {
  const options = {
    ...shared,
    entities: [...schema.entities],
    migrations: { ...shared.migrations, migrationsList: [...schema.migrations] },
  };
  if (config.databaseUrl !== null) {
    const orm = await PostgresMikroORM.init({
      ...options,
      clientUrl: config.databaseUrl,
      pool: { min: 0, max: config.dbPoolSize },
      driverOptions: { onPoolCreated: releaseDroppedConnections },
    });
    return { engine: 'postgresql', orm, em: orm.em, close: () => orm.close(true) };
  }
  const inMemory = config.dataDir === ':memory:';
  let dbName: string | undefined;
  if (!inMemory) {
    dbName = resolve(config.dataDir);
    mkdirSync(dbName, { recursive: true });
  }
  const orm = await PgliteMikroORM.init({ ...options, ...(dbName === undefined ? {} : { dbName }) });
  return { engine: 'pglite', orm, em: orm.em, close: () => orm.close(true) };
}
