/**
 * What a changed entity is on each side of a change, read through the request's loaders:
 * the compared versions are primed, so only what they point at is read (the cost element of
 * an actual, then one batched statement per WBE level and side for the path), whatever the
 * size of the project.
 */
import { CostElementKind, kindOf, WbeKind } from '../domain/kinds.js';
import type { ReadPoint, Versioned } from '../versioning/types.js';
import type { Loaders } from './loaders.js';
import type { CostElementRef, EntitySide } from './types/readable-change.type.js';

/** Deeper than any real WBS; a corrupt parent cycle stops here instead of looping. */
const MAX_DEPTH = 1_000;

/** The side of a change: null where the entity is absent there. */
export async function describeSide(loaders: Loaders, version: Versioned | null): Promise<EntitySide | null> {
  if (version === null) return null;
  const point = version.readPoint;
  loaders.prime(kindOf(version.type), point, [version]);
  const state = version.state;
  switch (version.type) {
    case 'Project':
      return named(state['code'], state['name'], []);
    case 'CostRegistration':
    case 'ProgressEntry': {
      const element = await loaders.byId(CostElementKind, point, String(state['costElementId']));
      const costElement: CostElementRef | null =
        element === null ? null : { id: element.id, code: element.state.code, name: element.state.name };
      const path = element === null ? [] : await wbePath(loaders, point, element.state.wbeId);
      const label =
        version.type === 'CostRegistration'
          ? [state['incurredOn'], state['amount'], state['description']].filter((p) => p !== null).join(' ')
          : `${String(state['measuredOn'])} ${String(state['percentComplete'])}%`;
      return { label, code: null, name: null, path, costElement };
    }
    default: {
      // WBEs, cost elements and any kind added under a WBE: code and name, and the WBE codes above it.
      const kind = kindOf(version.type);
      const parent = kind.parentKind === 'WBE' && kind.parentField !== null ? state[kind.parentField] : null;
      return named(state['code'], state['name'], await wbePath(loaders, point, textOrNull(parent)));
    }
  }
}

function named(code: unknown, name: unknown, path: string[]): EntitySide {
  return { label: `${String(code)} ${String(name)}`, code: String(code), name: String(name), path, costElement: null };
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The codes of a WBE and its ancestors at a point, top-level first (empty for null). */
export async function wbePath(loaders: Loaders, point: ReadPoint, wbeId: string | null): Promise<string[]> {
  const codes: string[] = [];
  const seen = new Set<string>();
  for (let id = wbeId; id !== null && !seen.has(id) && seen.size < MAX_DEPTH;) {
    seen.add(id);
    const wbe = await loaders.byId(WbeKind, point, id);
    if (wbe === null) break;
    codes.push(wbe.state.code);
    id = wbe.state.parentId;
  }
  return codes.reverse();
}
