import { Field, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar, UUIDScalar } from '../scalars.js';

@ObjectType({ description: 'A cost element named by id, code and name, as it is at one side of a change.' })
export class CostElementRef {
  @Field(() => UUIDScalar, { description: 'the cost element' })
  id!: string;

  @Field(() => String, { description: 'its code on that side' })
  code!: string;

  @Field(() => String, { description: 'its name on that side' })
  name!: string;
}

@ObjectType({
  description:
    'What a changed entity is on one side of a change (its state there), so that a review can show it without another query.',
})
export class EntitySide {
  @Field(() => String, {
    description:
      'how a person names it: "code name" for a project, WBE or cost element; "incurredOn amount description" for a cost; "measuredOn percentComplete%" for progress',
  })
  label!: string;

  @Field(() => String, { nullable: true, description: 'its code; null for costs and progress, which have none' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'its name; null for costs and progress, which have none' })
  name!: string | null;

  @Field(() => [String], {
    description:
      'the codes of the WBEs above it, top-level first: for a WBE its ancestors, for a cost element its WBE and its ancestors, for a cost or progress entry those of its cost element; empty for a project and a top-level WBE',
  })
  path!: string[];

  @Field(() => CostElementRef, {
    nullable: true,
    description: 'for a cost or progress entry, the cost element it belongs to on that side; null otherwise',
  })
  costElement!: CostElementRef | null;
}

@ObjectType({
  description:
    "How one WBE's figures move between the two sides of a diff, at the impact's control date. Figures are over the WBE's whole subtree, exactly as `WBE.evm(at:)` computes them; a WBE missing on one side counts zero there.",
})
export class WBEImpact {
  @Field(() => UUIDScalar, { description: 'the WBE' })
  wbeId!: string;

  @Field(() => String, { description: 'its code on the after side (the before side where it was removed)' })
  code!: string;

  @Field(() => String, { description: 'its name on the after side (the before side where it was removed)' })
  name!: string;

  @Field(() => [String], { description: 'the codes of the WBEs above it, top-level first' })
  path!: string[];

  @Field(() => DecimalScalar, { description: 'budget at completion before (project currency)' }) bacBefore!: string;
  @Field(() => DecimalScalar, { description: 'budget at completion after (project currency)' }) bacAfter!: string;
  @Field(() => DecimalScalar, { description: 'bacAfter - bacBefore (project currency)' }) bacDelta!: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'estimate at completion before (project currency); null where CPI is',
  })
  eacBefore!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'estimate at completion after (project currency); null where CPI is',
  })
  eacAfter!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'eacAfter - eacBefore (project currency); null if either is',
  })
  eacDelta!: string | null;

  @Field(() => DecimalScalar, { description: 'planned value at the control date before (project currency)' })
  pvBefore!: string;
  @Field(() => DecimalScalar, { description: 'planned value at the control date after (project currency)' })
  pvAfter!: string;
  @Field(() => DecimalScalar, { description: 'pvAfter - pvBefore (project currency)' }) pvDelta!: string;
}

@ObjectType({ description: "A cost element whose planned dates differ between the diff's two sides." })
export class ElementScheduleChange {
  @Field(() => UUIDScalar, { description: 'the cost element' })
  costElementId!: string;

  @Field(() => String, { description: 'its code on the after side (the before side where it was removed)' })
  code!: string;

  @Field(() => String, { description: 'its name on the after side (the before side where it was removed)' })
  name!: string;

  @Field(() => [String], { description: 'the codes of its WBE and the WBEs above it, top-level first' })
  path!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'planned start before; null where it did not exist' })
  plannedStartBefore!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'planned start after; null where it was removed' })
  plannedStartAfter!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'planned end before; null where it did not exist' })
  plannedEndBefore!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'planned end after; null where it was removed' })
  plannedEndAfter!: string | null;
}

@ObjectType({
  description:
    "The schedule effect of a diff: the planned dates of the cost elements it moves, adds or removes, and the project's planned span (earliest planned start and latest planned end of its cost elements) on each side.",
})
export class ScheduleImpact {
  @Field(() => [ElementScheduleChange], { description: 'cost elements whose planned start or end differ, by path' })
  elements!: ElementScheduleChange[];

  @Field(() => DateScalar, {
    nullable: true,
    description: "the project's earliest planned start before; null without elements",
  })
  projectStartBefore!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "the project's earliest planned start after; null without elements",
  })
  projectStartAfter!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "the project's latest planned end before; null without elements",
  })
  projectEndBefore!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "the project's latest planned end after; null without elements",
  })
  projectEndAfter!: string | null;
}
