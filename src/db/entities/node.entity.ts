import { defineEntity, p } from '@mikro-orm/core';
import { VersionRepository } from '../repositories/version.repository.js';
import { Commit } from './commit.entity.js';

/**
 * The identity of a versioned node (project, WBE, cost element, …): append-only (table entity).
 * The type is a name of the form a kind declares; which types exist is the kinds registry's.
 */
export const Node = defineEntity({
  name: 'Node',
  tableName: 'entity',
  // The generic repository of versioned data: the identities and every version table.
  repository: () => VersionRepository,
  readonly: true,
  properties: {
    id: p.uuid().primary(),
    entityType: p.text(),
    projectId: p.uuid(),
    createdIn: p.manyToOne(Commit).fieldName('created_in'),
  },
  indexes: [{ name: 'entity_project_idx', properties: ['projectId', 'entityType'] }],
  checks: [
    {
      name: 'entity_entity_type_check',
      expression: "entity_type ~ '^[A-Z][A-Za-z0-9]*$'",
    },
  ],
});
