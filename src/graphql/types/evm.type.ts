import { Field, Float, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../scalars.js';

@ObjectType({
  simpleResolvers: true,
  description: `Earned Value Management figures at one control date D, per ANSI/EIA-748.
Per cost element: PV = budget x f, where f = 0 before plannedStart, 1 on or
after plannedEnd, else (days from plannedStart to D + 1) / (days from
plannedStart to plannedEnd + 1), counting calendar days; EV = budget x the
latest percentComplete measured on or before D / 100 (0 if none);
AC = sum of the amounts incurred on or before D. Roll-ups (WBE: its whole
subtree; project: all) sum BAC, PV, EV and AC and derive the other figures
from the sums, never by averaging. A figure whose denominator is zero is
null (CPI when AC is 0, SPI when PV is 0, EAC when CPI is 0 or null, TCPI
when BAC equals AC), and so is any figure derived from a null one. Money is exact and
rounded half-even to 2 decimals only when serialized.`,
})
export class EVMMetrics {
  @Field(() => DateScalar)
  controlDate!: string;

  @Field(() => DecimalScalar)
  bac!: string;

  @Field(() => DecimalScalar)
  pv!: string;

  @Field(() => DecimalScalar)
  ev!: string;

  @Field(() => DecimalScalar)
  ac!: string;

  @Field(() => DecimalScalar, { description: 'EV - AC' })
  cv!: string;

  @Field(() => DecimalScalar, { description: 'EV - PV' })
  sv!: string;

  @Field(() => Float, { nullable: true, description: 'EV / AC' })
  cpi!: number | null;

  @Field(() => Float, { nullable: true, description: 'EV / PV' })
  spi!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'BAC / CPI' })
  eac!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'EAC - AC' })
  etc!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'BAC - EAC' })
  vac!: string | null;

  @Field(() => Float, { nullable: true, description: '(BAC - EV) / (BAC - AC)' })
  tcpi!: number | null;

  @Field(() => Float, { nullable: true, description: 'EV / BAC, 0..1; null when BAC is 0' })
  percentComplete!: number | null;
}
