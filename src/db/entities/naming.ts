import { UnderscoreNamingStrategy } from '@mikro-orm/core';

/**
 * Names constraints the way PostgreSQL does when a migration leaves them unnamed
 * (`<table>_<columns>_fkey`, `<table>_<columns>_key`), so that the entities describe the
 * migrated schema as it is instead of asking to rename every foreign key.
 */
export class PostgresConstraintNames extends UnderscoreNamingStrategy {
  override indexName(
    tableName: string,
    columns: string[],
    type: Parameters<UnderscoreNamingStrategy['indexName']>[2],
  ): string {
    if (type === 'foreign') return `${tableName}_${columns.join('_')}_fkey`;
    if (type === 'unique') return `${tableName}_${columns.join('_')}_key`;
    return super.indexName(tableName, columns, type);
  }
}
