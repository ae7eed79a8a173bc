import { Field, Int, ObjectType } from 'type-graphql';
import type { ProjectDiff as ProjectDiffRecord } from '../../domain/change-control/change-control.service.js';
import type { ChangeOrder as ChangeOrderRecord } from '../../domain/change-order/change-order.service.js';
import type { MergeResult as MergeResultRecord } from '../../versioning/merge.js';
import { DateTimeScalar, DecimalScalar, JSONScalar, UUIDScalar } from '../scalars.js';
import { Commit, EntityChange } from './commit.type.js';
import { ChangeOrderStatus, DiffMode, MergeStatus } from './enums.js';

@ObjectType({
  description:
    "How the project's budget and forecast move between the two sides of a diff:\nbefore is the `from` side (THREE_DOT: the merge base), after is the `to`\nside. EAC is computed at the UTC date of the later side's read point.",
})
export class EVMImpact {
  @Field(() => DecimalScalar) bacBefore!: string;
  @Field(() => DecimalScalar) bacAfter!: string;
  @Field(() => DecimalScalar) bacDelta!: string;
  @Field(() => DecimalScalar, { nullable: true }) eacBefore!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) eacAfter!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) eacDelta!: string | null;
}

@ObjectType()
export class ProjectDiff {
  @Field(() => UUIDScalar)
  projectId!: string;

  @Field(() => DiffMode)
  mode!: ProjectDiffRecord['mode'];

  @Field(() => [EntityChange])
  changes!: EntityChange[];

  record!: ProjectDiffRecord;
}

@ObjectType({
  description:
    'A field that both sides changed, to different values, since the merge base.\nA delete on one side against an edit on the other is one conflict with\nfield "*", where base, ours and theirs are whole objects (null where deleted).',
})
export class MergeConflict {
  @Field(() => String) entityType!: string;
  @Field(() => UUIDScalar) entityId!: string;
  @Field(() => String) field!: string;
  @Field(() => JSONScalar, { nullable: true }) base!: unknown;
  @Field(() => JSONScalar, { nullable: true }) ours!: unknown;
  @Field(() => JSONScalar, { nullable: true }) theirs!: unknown;
}

@ObjectType()
export class MergeResult {
  @Field(() => MergeStatus)
  status!: MergeResultRecord['status'];

  @Field(() => Commit, { nullable: true, description: 'the merge commit on the target; null when nothing was written' })
  commit!: Commit | null;

  @Field(() => [MergeConflict])
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
  @Field(() => UUIDScalar) id!: string;
  @Field(() => UUIDScalar) projectId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ChangeOrderStatus) status!: ChangeOrderRecord['status'];
  @Field(() => String, { nullable: true, description: 'why it was rejected' }) rejectReason!: string | null;
  @Field(() => DateTimeScalar, { description: 'when the order was created' }) createdAt!: Date;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'when the submission now under review (or decided) was made; null for a DRAFT\nand for an order submitted before submissions were recorded',
  })
  submittedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when it was approved or rejected' })
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
