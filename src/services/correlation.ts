import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The correlation id of the turn being handled, for everything that runs on its behalf (awaited or
 * not): set once per request by the Teams edge, read by the logger and the process's last-resort
 * handlers. Outside a turn (jobs, the delivery worker) there is none.
 */
const turn = new AsyncLocalStorage<string>();

export function withCorrelationId<T>(correlationId: string, work: () => T): T {
  return turn.run(correlationId, work);
}

/** `{ correlationId }` inside a turn, `{}` outside: merged into every log line. */
export function correlationFields(): { correlationId?: string } {
  const correlationId = turn.getStore();
  return correlationId ? { correlationId } : {};
}
