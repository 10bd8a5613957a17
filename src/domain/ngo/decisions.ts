/**
 * A liaison's decision on a submission (docs/ngo.md §4): pure rules. Only the people the submission is
 * routed to may decide; a card older than the submission is stale; accepted, noticed and declined
 * submissions are final. Forwarding hands the submission to another liaison and keeps it open.
 */
import type { LiaisonRef, Submission, SubmissionState } from './types';

export const MAX_REASON_LENGTH = 500;

export type Decision =
  | { kind: 'accept'; onInfoScreen: boolean }
  | { kind: 'notice' }
  | { kind: 'moreInfo'; reason?: string }
  | { kind: 'forward'; to: LiaisonRef }
  | { kind: 'decline'; reason: string };

export const DECISION_KINDS = ['accept', 'notice', 'moreInfo', 'forward', 'decline'] as const;

export type DecisionRefusal =
  'forbidden' | 'stale' | 'final' | 'reasonMissing' | 'reasonTooLong' | 'forwardToSelf';

export type DecisionResult =
  { kind: 'ok'; submission: Submission } | { kind: 'refused'; code: DecisionRefusal };

const FINAL: ReadonlySet<SubmissionState> = new Set(['accepted', 'notice', 'declined']);

export const isHandler = (submission: Submission, aadObjectId: string | undefined): boolean =>
  !!aadObjectId && submission.liaisons.some((l) => l.aadObjectId === aadObjectId.toLowerCase());

/**
 * `seen` is the `version` of the submission the card showed: a decision on an older card is refused
 * (someone else decided or forwarded in between).
 */
export function decide(
  submission: Submission,
  decision: Decision,
  actorAadObjectId: string | undefined,
  seen: number,
  now: string,
): DecisionResult {
  if (!isHandler(submission, actorAadObjectId)) return { kind: 'refused', code: 'forbidden' };
  if (seen !== submission.version) return { kind: 'refused', code: 'stale' };
  if (FINAL.has(submission.state)) return { kind: 'refused', code: 'final' };
  const base = { ...submission, version: submission.version + 1, updatedAt: now, decidedAt: now };
  switch (decision.kind) {
    case 'accept': {
      const { reason: _reason, ...rest } = base;
      return { kind: 'ok', submission: { ...rest, state: 'accepted', onInfoScreen: decision.onInfoScreen } };
    }
    case 'notice':
      return { kind: 'ok', submission: { ...base, state: 'notice' } };
    case 'moreInfo': {
      const reason = decision.reason?.trim() ?? '';
      if (reason.length > MAX_REASON_LENGTH) return { kind: 'refused', code: 'reasonTooLong' };
      return { kind: 'ok', submission: { ...base, state: 'moreInfo', ...(reason ? { reason } : {}) } };
    }
    case 'decline': {
      const reason = decision.reason.trim();
      if (!reason) return { kind: 'refused', code: 'reasonMissing' };
      if (reason.length > MAX_REASON_LENGTH) return { kind: 'refused', code: 'reasonTooLong' };
      return { kind: 'ok', submission: { ...base, state: 'declined', reason } };
    }
    case 'forward': {
      const to = decision.to.aadObjectId?.toLowerCase();
      if (!to || to === actorAadObjectId?.toLowerCase()) return { kind: 'refused', code: 'forwardToSelf' };
      const { decidedAt: _d, ...rest } = base;
      return { kind: 'ok', submission: { ...rest, liaisons: [{ ...decision.to, aadObjectId: to }] } };
    }
  }
}
