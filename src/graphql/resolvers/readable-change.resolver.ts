import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { describeSide } from '../change-sides.js';
import type { Context } from '../context.js';
import { scheduleImpact, wbeImpacts } from '../diff-impact.js';
import { DateScalar } from '../scalars.js';
import { ProjectDiff } from '../types/change-control.type.js';
import { EntityChange } from '../types/commit.type.js';
import { EntitySide, ScheduleImpact, WBEImpact } from '../types/readable-change.type.js';

@Resolver(() => EntityChange)
export class EntityChangeResolver {
  @FieldResolver(() => EntitySide, {
    nullable: true,
    description:
      'what the entity is on the before side (THREE_DOT: the merge base); null where it does not exist there, and in merge results, which do not read it',
  })
  before(@Root() change: EntityChange, @Ctx() ctx: Context): Promise<EntitySide | null> {
    return describeSide(ctx.loaders, change.sides?.before ?? null);
  }

  @FieldResolver(() => EntitySide, {
    nullable: true,
    description:
      'what the entity is on the after side; null where it does not exist there (REMOVED), and in merge results, which do not read it',
  })
  after(@Root() change: EntityChange, @Ctx() ctx: Context): Promise<EntitySide | null> {
    return describeSide(ctx.loaders, change.sides?.after ?? null);
  }
}

@Resolver(() => ProjectDiff)
export class DiffImpactResolver {
  @FieldResolver(() => [WBEImpact], {
    description:
      'every WBE whose BAC, EAC or PV at the control date differ between the two sides, with the WBEs above it, ordered by path',
  })
  wbeImpact(
    @Root() diff: ProjectDiff,
    @Arg('at', () => DateScalar, { nullable: true, description: "the control date; default today's UTC date" })
    at: string | null,
    @Ctx() ctx: Context,
  ): Promise<WBEImpact[]> {
    return wbeImpacts(ctx.loaders, diff.record, at ?? new Date().toISOString().slice(0, 10));
  }

  @FieldResolver(() => ScheduleImpact, {
    description: 'the planned dates that the diff moves, and the planned span of the project on each side',
  })
  scheduleImpact(@Root() diff: ProjectDiff, @Ctx() ctx: Context): Promise<ScheduleImpact> {
    return scheduleImpact(ctx.loaders, diff.record);
  }
}
