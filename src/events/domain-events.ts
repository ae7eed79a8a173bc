/**
 * The domain's events: what a durable write changed, in ids only. Readers fetch the details
 * (a commit, a branch, a change order) at the state the event names; so an event fits in a
 * PostgreSQL NOTIFY payload (8,000 bytes) whatever the commit wrote.
 */

export type CommitEventKind = 'CREATE' | 'EDIT' | 'BRANCH' | 'MERGE' | 'REVERT';
export type BranchChange = 'CREATED' | 'ARCHIVED' | 'MERGED' | 'BASE_MOVED';
export type ChangeOrderEventStatus = 'DRAFT' | 'SUBMITTED' | 'MERGED' | 'REJECTED';

export interface CommitAddedEvent {
  type: 'commit';
  projectId: string;
  branch: string;
  commitId: string;
  seq: number;
  kind: CommitEventKind;
  authorId: string;
}

export interface BranchChangedEvent {
  type: 'branch';
  projectId: string;
  branch: string;
  change: BranchChange;
}

export interface ChangeOrderChangedEvent {
  type: 'changeOrder';
  projectId: string;
  changeOrderId: string;
  status: ChangeOrderEventStatus;
}

export type DomainEvent = CommitAddedEvent | BranchChangedEvent | ChangeOrderChangedEvent;

export type EventHandler = (event: DomainEvent) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMMIT_KINDS: readonly string[] = ['CREATE', 'EDIT', 'BRANCH', 'MERGE', 'REVERT'];
const BRANCH_CHANGES: readonly string[] = ['CREATED', 'ARCHIVED', 'MERGED', 'BASE_MOVED'];
const ORDER_STATUSES: readonly string[] = ['DRAFT', 'SUBMITTED', 'MERGED', 'REJECTED'];

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/**
 * An event read back from a notification, or null when the payload is not one: another
 * program may NOTIFY on the same channel, and nothing it sends may reach a subscriber unchecked.
 */
export function parseDomainEvent(value: unknown): DomainEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  if (!isUuid(e['projectId'])) return null;
  const projectId = e['projectId'];
  switch (e['type']) {
    case 'commit': {
      const { branch, commitId, seq, kind, authorId } = e;
      if (!isName(branch) || !isUuid(commitId) || !isUuid(authorId)) return null;
      if (typeof seq !== 'number' || !Number.isInteger(seq) || typeof kind !== 'string') return null;
      if (!COMMIT_KINDS.includes(kind)) return null;
      return { type: 'commit', projectId, branch, commitId, seq, kind: kind as CommitEventKind, authorId };
    }
    case 'branch': {
      const { branch, change } = e;
      if (!isName(branch) || typeof change !== 'string' || !BRANCH_CHANGES.includes(change)) return null;
      return { type: 'branch', projectId, branch, change: change as BranchChange };
    }
    case 'changeOrder': {
      const { changeOrderId, status } = e;
      if (!isUuid(changeOrderId) || typeof status !== 'string' || !ORDER_STATUSES.includes(status)) return null;
      return { type: 'changeOrder', projectId, changeOrderId, status: status as ChangeOrderEventStatus };
    }
    default:
      return null;
  }
}
