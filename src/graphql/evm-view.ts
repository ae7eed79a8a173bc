import { deriveMetrics, formatMetrics, ZERO_TOTALS, type EvmTotals } from '../evm/index.js';
import type { EVMMetrics } from './types/evm.type.js';

/** EVM figures in API form for totals at a control date. */
export function evmView(totals: EvmTotals | undefined, controlDate: string): EVMMetrics {
  return formatMetrics(deriveMetrics(totals ?? ZERO_TOTALS, controlDate));
}
