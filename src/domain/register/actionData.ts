import { z } from 'zod';

/** register.apply, register.cancel: the pending import the preview card stands for. */
export const PENDING_IMPORT = z.object({ token: z.string().regex(/^[0-9a-f-]{36}$/i) });

/** The pending import a card names, if it names one. */
export function pendingTokenOf(data: unknown): string | undefined {
  const parsed = PENDING_IMPORT.safeParse(data);
  return parsed.success ? parsed.data.token : undefined;
}

/** consent.erase, consent.cancel: the erasure preview the card stands for. */
export const ERASURE_REQUEST = PENDING_IMPORT;

/** The erasure request a card names, if it names one. */
export const erasureTokenOf = pendingTokenOf;
