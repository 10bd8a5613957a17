/**
 * Writes that only keep Silta's bookkeeping (where an order's cards were posted) change an order's ETag
 * too. An action decided on one copy still holds on a newer copy whose workflow is the same.
 */
import type { Order } from './types';

/** True when `newer` differs from `read` at most in bookkeeping: the same state and the same history. */
export function sameWorkflow(read: Order, newer: Order): boolean {
  return read.state === newer.state && JSON.stringify(read.history) === JSON.stringify(newer.history);
}
