import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7) keep the primary-key indexes local. */
export function newId(): string {
  return v7();
}
