import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The selection sets of the sub-fields named `name` under the given selection sets, through
 * fragments. Only fields that inherit their parent's read point count (no arguments), and
 * nothing under a directive (@skip/@include may leave it out): a resolver uses this to start,
 * early and in parallel, loads that the fields below it would start later anyway.
 */
export function subSelections(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
  name: string,
): SelectionSetNode[] {
  return collect(info, sets, name, true);
}

/** The selection sets of the field being resolved. */
export function ownSelections(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet === undefined ? [] : [node.selectionSet]));
}

/**
 * Whether a field named `name` may be asked for directly in the given selection sets
 * (through fragments; under a directive or with arguments too): where a resolver must prepare
 * for a field that might be asked, erring towards yes.
 */
export function mayAsk(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], name: string): boolean {
  return fieldsNamed(info, sets, name).length > 0;
}

/** The selection sets of every field named `name` in the given sets, whatever its directives or arguments. */
export function fieldsNamed(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
  name: string,
): SelectionSetNode[] {
  return collect(info, sets, name, false);
}

/**
 * Walks selection sets through fragments for fields named `name`. `inherited`: only fields
 * without arguments and nothing under a directive (a field certain to be asked at the same
 * read point); otherwise every field that may be asked.
 */
function collect(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
  name: string,
  inherited: boolean,
): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const seen = new Set<SelectionSetNode>();
  const visit = (set: SelectionSetNode): void => {
    if (seen.has(set)) return;
    seen.add(set);
    for (const selection of set.selections) {
      if (inherited && (selection.directives?.length ?? 0) > 0) continue;
      switch (selection.kind) {
        case Kind.FIELD:
          if (selection.name.value !== name) break;
          if (!inherited) found.push(selection.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] });
          else if ((selection.arguments?.length ?? 0) === 0 && selection.selectionSet)
            found.push(selection.selectionSet);
          break;
        case Kind.INLINE_FRAGMENT:
          visit(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = info.fragments[selection.name.value];
          if (fragment !== undefined) visit(fragment.selectionSet);
          break;
        }
      }
    }
  };
  for (const set of sets) visit(set);
  return found;
}
