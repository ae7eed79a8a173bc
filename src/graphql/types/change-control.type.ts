import { Field, Int, ObjectType } from 'type-graphql';
import type { ProjectDiff as ProjectDiffRecord } from '../../domain/change-control/change-control.service.js';
import type { ChangeOrder as ChangeOrderRecord } from '../../domain/change-order/change-order.service.js';
import type { MergeResult as MergeResultRecord } from '../../versioning/merge.js';
import { DateTimeScalar, DecimalScalar, JSONScalar, UUIDScalar } from '../scalars.js';
import { MONEY } from '../descriptions.js';
import { Commit, EntityChange } from './commit.type.js';
import { ChangeOrderStatus, DiffMode, MergeStatus } from './enums.js';

@ObjectType({
  description:
    "How the project's budget and forecast move between the two sides of a diff:\nbefore is the `from` side (THREE_DOT: the merge base), after is the `to`\nside. EAC is computed at the UTC date of the later side's read point.",
})
export class EVMImpact {
  @Field(() => DecimalScalar, {
    description: `budget at completion on the before side, ${MONEY}; 0.00 where the project had no data`,
  })
  bacBefore!: string;

  @Field(() => DecimalScalar, { description: `budget at completion on the after side, ${MONEY}` })
  bacAfter!: string;

  @Field(() => DecimalScalar, { description: `bacAfter - bacBefore, ${MONEY}` })
  bacDelta!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: `estimate at completion (BAC / CPI) on the before side, ${MONEY}; null where CPI is 0 or null`,
  })
  eacBefore!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: `estimate at completion on the after side, ${MONEY}; null where CPI is 0 or null`,
  })
  eacAfter!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: `eacAfter - eacBefore, ${MONEY}; null when either is null`,
  })
  eacDelta!: string | null;
}

@ObjectType({
  description:
    'What differs between two read points of one project, entity by entity and field by field, with the effect on budget and forecast.',
})
export class ProjectDiff {
  @Field(() => UUIDScalar, { description: 'the project compared' })
  projectId!: string;

  @Field(() => DiffMode, {
    description: 'TWO_DOT (state against state) or THREE_DOT (what `to` changed since the merge base)',
  })
  mode!: ProjectDiffRecord['mode'];

  @Field(() => [EntityChange], {
    description:
      'TWO_DOT: every entity whose state differs between from and to; THREE_DOT: what to changed since the merge base',
  })
  changes!: EntityChange[];

  record!: ProjectDiffRecord;
}

@ObjectType({
  description:
    'A field that both sides changed, to different values, since the merge base.\nA delete on one side against an edit on the other is one conflict with\nfield "*", where base, ours and theirs are whole objects (null where deleted).',
})
export class MergeConflict {
  @Field(() => String, { description: 'Project, WBE, CostElement, CostRegistration or ProgressEntry' })
  entityType!: string;

  @Field(() => UUIDScalar, { description: "the entity's stable id" })
  entityId!: string;

  @Field(() => String, {
    description: 'the field both sides changed, named as in FieldChange, or "*" for a delete against an edit',
  })
  field!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'the value at the merge base' })
  base!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: "the target's value (the branch merged into)" })
  ours!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: "the source's value (the branch merged from)" })
  theirs!: unknown;
}

@ObjectType({ description: 'The outcome of mergeBranch: what it brought, what conflicts, and its commit.' })
export class MergeResult {
  @Field(() => MergeStatus, { description: 'MERGED, CONFLICTS (nothing written) or UP_TO_DATE (nothing to merge)' })
  status!: MergeResultRecord['status'];

  @Field(() => Commit, { nullable: true, description: 'the merge commit on the target; null when nothing was written' })
  commit!: Commit | null;

  @Field(() => [MergeConflict], {
    description:
      'the conflicts left undecided (empty unless status is CONFLICTS); answer them with resolutions or a strategy',
  })
  conflicts!: MergeConflict[];

  @Field(() => [EntityChange], {
    description:
      'what the merge brings (in a dry run: would bring) to the target; with\nCONFLICTS, the part that does not conflict',
  })
  changes!: EntityChange[];
}

@ObjectType({
  description:
    "One step of a change order's review trail. Steps are only ever appended,\nnever changed: the trail is the order's whole history, oldest first.",
})
export class ChangeOrderTransition {
  @Field(() => Int, { description: 'position in the trail, from 1 (the creation)' })
  seq!: number;

  @Field(() => ChangeOrderStatus, { nullable: true, description: 'the status before; null for the creation' })
  from!: ChangeOrderRecord['status'] | null;

  @Field(() => ChangeOrderStatus, { description: 'the status after' })
  to!: ChangeOrderRecord['status'];

  @Field(() => DateTimeScalar, { description: 'when the step happened' })
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'the reason given for a withdrawal or rejection, or the message given with an approval',
  })
  note!: string | null;

  changeOrderId!: string;
  actorId!: string;
  headCommitId!: string | null;
}

@ObjectType({
  description:
    "A proposed change to a project's scope, budget or schedule. It owns a branch\nwhere the change is prepared; approval merges that branch into main. While\nSUBMITTED its branch is frozen for plan changes (see Branch.planFrozen).",
})
export class ChangeOrder {
  @Field(() => UUIDScalar, { description: 'the change order id (change orders are not versioned)' })
  id!: string;

  @Field(() => UUIDScalar, { description: 'the project it changes' })
  projectId!: string;

  @Field(() => String, { description: 'unique within the project; its branch is named co-<code>' })
  code!: string;

  @Field(() => String, { description: 'a one-line title' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'free text; null when none was given' })
  description!: string | null;

  @Field(() => ChangeOrderStatus, {
    description: 'where it is in DRAFT -> SUBMITTED -> MERGED or REJECTED (withdrawal: back to DRAFT)',
  })
  status!: ChangeOrderRecord['status'];

  @Field(() => String, { nullable: true, description: 'why it was rejected; null unless REJECTED' })
  rejectReason!: string | null;

  @Field(() => DateTimeScalar, { description: 'when the order was created' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'when the submission now under review (or decided) was made; null for a DRAFT\nand for an order submitted before submissions were recorded',
  })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'when it was approved or rejected; null while undecided',
  })
  decidedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "the decision's reason: the rejection's reason, or the message given with the approval",
  })
  decisionReason!: string | null;

  branch!: string;
  requestedBy!: string;
  decidedBy!: string | null;
}
