import { Field, Float, ObjectType } from 'type-graphql';
import { MONEY } from '../descriptions.js';
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
  @Field(() => DateScalar, { description: 'the control date D that the figures are measured at (a calendar day)' })
  controlDate!: string;

  @Field(() => DecimalScalar, { description: `budget at completion: the sum of the budgets, ${MONEY}` })
  bac!: string;

  @Field(() => DecimalScalar, { description: `planned value at D, ${MONEY}` })
  pv!: string;

  @Field(() => DecimalScalar, { description: `earned value at D, ${MONEY}` })
  ev!: string;

  @Field(() => DecimalScalar, { description: `actual cost at D, ${MONEY}` })
  ac!: string;

  @Field(() => DecimalScalar, { description: `EV - AC: cost variance, ${MONEY}; negative is over cost` })
  cv!: string;

  @Field(() => DecimalScalar, { description: `EV - PV: schedule variance, ${MONEY}; negative is behind plan` })
  sv!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'EV / AC: cost performance index, a ratio (1.0 on budget, below 1 over cost); null when AC is 0',
  })
  cpi!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'EV / PV: schedule performance index, a ratio (1.0 on plan, below 1 behind); null when PV is 0',
  })
  spi!: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: `BAC / CPI: estimate at completion, ${MONEY}; null when CPI is 0 or null`,
  })
  eac!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: `EAC - AC: estimate to complete, ${MONEY}; null when EAC is null`,
  })
  etc!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: `BAC - EAC: variance at completion, ${MONEY}; null when EAC is null`,
  })
  vac!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(BAC - EV) / (BAC - AC): to-complete performance index, the CPI the remaining work needs to finish on budget, a ratio; null when BAC equals AC',
  })
  tcpi!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'EV / BAC, 0..1; null when BAC is 0. A fraction (0.25 is a quarter done), unlike ProgressEntry.percentComplete, which is 0..100',
  })
  percentComplete!: number | null;
}
