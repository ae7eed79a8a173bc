/**
 * Shared set-up for the EVM API tests: data is written through the GraphQL mutations, and
 * EVM figures are read back through the API exactly as a client sees them.
 */
import { expect } from 'vitest';
import {
  EvmApiCostElementEvmDocument,
  EvmApiCreateBranchDocument,
  EvmApiCreateCostElementDocument,
  EvmApiCreateProjectDocument,
  EvmApiCreateWbeDocument,
  EvmApiProjectEvmDocument,
  EvmApiRecordProgressDocument,
  EvmApiRegisterCostDocument,
  EvmApiUpdateCostElementDocument,
  EvmApiWbeEvmDocument,
  type EvmApiMetricsFieldsFragment,
} from '../graphql/generated/graphql.js';
import type { TestApp } from '../helpers/test-app.js';

export type Metrics = EvmApiMetricsFieldsFragment;

/** Where a read happens: a branch and/or a moment (ISO instant). */
export interface ReadAt {
  branch?: string;
  asOf?: string;
}

/** Money as the API serializes it: a string with exactly two decimals. */
export const MONEY = /^-?\d+\.\d{2}$/;

/** Writes through the API; every call returns the id and the commit time of what it wrote. */
export class Builder {
  private codeCounter = 0;

  constructor(private readonly t: TestApp) {}

  /** A project code nobody else in this database uses. */
  uniqueCode(prefix: string): string {
    this.codeCounter += 1;
    return `${prefix}-${this.codeCounter}`;
  }

  async project(code: string): Promise<{ id: string; validFrom: string }> {
    const data = await this.t.run(EvmApiCreateProjectDocument, {
      input: { code, name: `Project ${code}`, startDate: '2024-01-01', endDate: '2026-12-31' },
    });
    return data.createProject;
  }

  async wbe(projectId: string, code: string, parentId: string | null = null, branch = 'main'): Promise<string> {
    const data = await this.t.run(EvmApiCreateWbeDocument, {
      projectId,
      input: { code, name: `WBE ${code}`, parentId },
      branch,
    });
    return data.createWBE.id;
  }

  async element(
    wbeId: string,
    code: string,
    budget: string,
    plannedStart: string,
    plannedEnd: string,
    branch = 'main',
  ): Promise<string> {
    const data = await this.t.run(EvmApiCreateCostElementDocument, {
      input: { wbeId, code, name: `Element ${code}`, budget, plannedStart, plannedEnd },
      branch,
    });
    return data.createCostElement.id;
  }

  /** Changes an element's budget; returns the commit time of the change. */
  async setBudget(id: string, budget: string, branch = 'main'): Promise<string> {
    const data = await this.t.run(EvmApiUpdateCostElementDocument, { id, input: { budget }, branch });
    expect(data.updateCostElement.budget).toBe(budget);
    expect(data.updateCostElement.validFrom).toBe(data.updateCostElement.commit.committedAt);
    return data.updateCostElement.validFrom;
  }

  async cost(costElementId: string, amount: string, incurredOn: string, branch = 'main'): Promise<string> {
    const data = await this.t.run(EvmApiRegisterCostDocument, { input: { costElementId, amount, incurredOn }, branch });
    return data.registerCost.validFrom;
  }

  async progress(costElementId: string, percentComplete: number, measuredOn: string, branch = 'main'): Promise<string> {
    const data = await this.t.run(EvmApiRecordProgressDocument, {
      input: { costElementId, percentComplete, measuredOn },
      branch,
    });
    return data.recordProgress.validFrom;
  }

  /** Creates a branch from main's latest state; returns the time of its first commit. */
  async branch(projectId: string, name: string): Promise<string> {
    const data = await this.t.run(EvmApiCreateBranchDocument, { projectId, name });
    return data.createBranch.head.committedAt;
  }
}

/** Reads EVM figures through the API, failing on errors or a missing object. */
export class Reader {
  constructor(private readonly t: TestApp) {}

  async element(id: string, at: string | null, where: ReadAt = {}): Promise<Metrics> {
    const data = await this.t.run(EvmApiCostElementEvmDocument, { id, at, ...where });
    if (data.costElement === null || data.costElement === undefined) throw new Error(`cost element ${id} not found`);
    return checkedMetrics(data.costElement.evm);
  }

  async wbe(id: string, at: string | null, where: ReadAt = {}): Promise<Metrics> {
    const data = await this.t.run(EvmApiWbeEvmDocument, { id, at, ...where });
    if (data.wbe === null || data.wbe === undefined) throw new Error(`WBE ${id} not found`);
    return checkedMetrics(data.wbe.evm);
  }

  /** The project's figures and its top-level WBEs' figures by code, at one control date. */
  async project(
    id: string,
    at: string | null,
    where: ReadAt = {},
  ): Promise<{ evm: Metrics; wbes: Record<string, Metrics> }> {
    const data = await this.t.run(EvmApiProjectEvmDocument, { id, at, ...where });
    if (data.project === null || data.project === undefined) throw new Error(`project ${id} not found`);
    const wbes: Record<string, Metrics> = {};
    for (const wbe of data.project.wbes) wbes[wbe.code] = checkedMetrics(wbe.evm);
    return { evm: checkedMetrics(data.project.evm), wbes };
  }
}

/** Asserts the serialized form of every money figure (two decimals, a string) and returns the metrics. */
export function checkedMetrics(metrics: Metrics): Metrics {
  for (const field of ['bac', 'pv', 'ev', 'ac', 'cv', 'sv'] as const) {
    expect(metrics[field], field).toMatch(MONEY);
  }
  for (const field of ['eac', 'etc', 'vac'] as const) {
    const value = metrics[field];
    if (value !== null && value !== undefined) expect(value, field).toMatch(MONEY);
  }
  return metrics;
}

/** The four additive figures, for comparing roll-ups. */
export function totalsOf(metrics: Metrics): { bac: string; pv: string; ev: string; ac: string } {
  return { bac: metrics.bac, pv: metrics.pv, ev: metrics.ev, ac: metrics.ac };
}

/** Exact money string to integer cents (the API always sends exactly two decimals). */
export function cents(money: string): bigint {
  expect(money).toMatch(MONEY);
  const negative = money.startsWith('-');
  const [whole = '0', fraction = '00'] = money.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt(fraction);
  return negative ? -value : value;
}

/** Integer cents back to the API's money form. */
export function money(value: bigint): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const text = `${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** An ISO instant moved by some milliseconds. */
export function shiftInstant(instant: string, ms: number): string {
  return new Date(new Date(instant).getTime() + ms).toISOString();
}
