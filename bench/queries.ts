/** The operations the benchmark times, exactly as a front end would send them. */

/** The whole tree at a read point; with `evm`, the EVM figures at every level. */
export function treeQuery(withEvm: boolean): string {
  const evm = withEvm ? ' evm { bac pv ev ac cpi spi eac }' : '';
  return `query Tree($id: UUID!, $branch: String!, $asOf: DateTime) {
  project(id: $id, branch: $branch, asOf: $asOf) {
    id code name version budget commit { id }${evm}
    allWbes {
      id code name version budget commit { id }${evm}
      costElements {
        id code name version budget plannedStart plannedEnd commit { id }${evm}
        costRegistrations { id amount incurredOn commit { id } }
        progressEntries { id percentComplete measuredOn commit { id } }
      }
    }
  }
}`;
}

export const CREATE_BRANCH = `mutation CreateBranch($projectId: UUID!, $name: String!) {
  createBranch(projectId: $projectId, name: $name, from: { branch: "main" }) { name head { id } }
}`;

export const UPDATE_COST_ELEMENT = `mutation UpdateBudget($id: UUID!, $budget: Decimal!) {
  updateCostElement(id: $id, input: { budget: $budget }, branch: "main") { id version budget }
}`;

export const UPDATE_ON_BRANCH = `mutation UpdateOnBranch($id: UUID!, $budget: Decimal!, $branch: String!) {
  updateCostElement(id: $id, input: { budget: $budget }, branch: $branch) { id version }
}`;

export const THREE_DOT_DIFF = `query ChangeDiff($projectId: UUID!, $branch: String!) {
  diff(projectId: $projectId, from: { branch: "main" }, to: { branch: $branch }, mode: THREE_DOT) {
    mergeBase { id }
    changes { entityType entityId kind fields { field before after } }
  }
}`;

export const DRY_RUN_MERGE = `mutation DryRunMerge($projectId: UUID!, $branch: String!) {
  mergeBranch(projectId: $projectId, source: $branch, target: "main", dryRun: true) {
    status conflicts { entityId field } changes { entityId kind fields { field } }
  }
}`;
