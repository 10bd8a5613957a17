import { createHash, randomBytes } from 'node:crypto';
import {
  TOKEN_PATTERN,
  decide,
  matchesQuestion,
  occurrencesBetween,
  periodDates,
  type CalendarQuestion,
  type Occurrence,
  eventsOf,
  isForwardLevel,
  type Decision,
  type DecisionRefusal,
  type LiaisonRef,
  checkGuards,
  referenceFrom,
  routeToPlaces,
  tokenFrom,
  validateSubmission,
  type Candidates,
  type FieldError,
  type GuardVerdict,
  type Place,
  type Submission,
} from '../domain/ngo';
import { isValidOn, type Unit } from '../domain/directory';
import { StaleWriteError } from '../infra/cosmos/errors';
import { logError } from '../domain/errors';
import type { Clock } from '../domain/time';
import type { Logger } from '../infra/logger';
import type { StoredSubmission } from '../infra/ngoSubmissionRepository';
import type { DirectoryService } from './directoryService';
import type { Repositories } from './repositories';

/**
 * Port: tells the liaisons a submission was routed to (a proactive card in Teams). The Teams layer
 * implements it; without one (tests of the page alone, the CLI) nobody is told.
 */
export interface SubmissionNotifier {
  submitted(submission: StoredSubmission): Promise<void>;
}

export type DecideResult =
  | { kind: 'done'; submission: StoredSubmission; before: StoredSubmission }
  | { kind: 'notFound' }
  | { kind: 'refused'; code: DecisionRefusal | 'unknownLiaison'; submission: StoredSubmission };

export type SubmitResult =
  | { kind: 'ok'; reference: string; token: string; submission: StoredSubmission }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'guard'; verdict: Exclude<GuardVerdict, 'ok'> };

/** The status page's key: the token is never stored, only this hash of it (docs/ngo.md §3). */
export const submissionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * NGO submissions from the public page (docs/ngo.md): validated, routed to the unit's liaisons by the
 * directory's rules, stored, audited; nothing reaches staff or screens until a liaison accepts it.
 */
export class NgoService {
  private notifier?: SubmissionNotifier;

  constructor(
    private readonly repos: () => Repositories,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly minFillMs: number,
  ) {}

  /** The Teams layer plugs in how liaisons are told (see SubmissionNotifier). */
  useNotifier(notifier: SubmissionNotifier): void {
    this.notifier = notifier;
  }

  /** The register's units, for the page's choice of place. */
  units(): Unit[] {
    return this.directory.current?.register.units ?? [];
  }

  async submit(raw: Record<string, unknown>): Promise<SubmitResult> {
    const now = this.clock();
    const verdict = checkGuards(raw, now, this.minFillMs);
    if (verdict !== 'ok') return { kind: 'guard', verdict };
    const units = this.units();
    const form = validateSubmission(raw, {
      now,
      unitIds: new Set(units.map((u) => u.id)),
      municipalities: new Set(units.map((u) => u.municipality)),
    });
    if (form.kind !== 'ok') return form;
    const routing = routeToPlaces(form.value.places.map((place) => this.candidates(place)));
    const token = tokenFrom(randomBytes(32));
    const submission: Submission = {
      id: submissionIdOf(token),
      reference: referenceFrom(randomBytes(8)),
      state: 'received',
      version: 1,
      form: form.value,
      ...routing,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const stored = await this.repos().ngoSubmissions.create(submission);
    await this.repos().audit.record(
      `ngo:${stored.id}`,
      'public page',
      'ngo.submitted',
      { reference: stored.reference, routedTo: stored.routedTo, liaisons: stored.liaisons.length },
      now,
    );
    logError(this.log, 'info', 'NGO_SUBMITTED', {
      reference: stored.reference,
      routedTo: stored.routedTo,
      liaisons: stored.liaisons.length,
    });
    if (this.notifier) {
      await this.notifier
        .submitted(stored)
        .catch((error: unknown) =>
          logError(this.log, 'warn', 'NGO_NOTIFY_FAILED', { err: error, reference: stored.reference }),
        );
    }
    return { kind: 'ok', reference: stored.reference, token, submission: stored };
  }

  /** The submission behind a status link, or undefined (an unknown or malformed token). */
  async byToken(token: string): Promise<StoredSubmission | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    return this.repos().ngoSubmissions.get(submissionIdOf(token));
  }

  async get(id: string): Promise<StoredSubmission | undefined> {
    return /^[0-9a-f]{64}$/.test(id) ? this.repos().ngoSubmissions.get(id) : undefined;
  }

  /**
   * People a submission can be forwarded to (docs/ngo.md §4): centre liaisons, regional coordinators and
   * the county coordinator valid today whom Silta can reach in Teams, each once.
   */
  forwardTargets(): LiaisonRef[] {
    const today = this.directory.today();
    const seen = new Set<string>();
    const out: LiaisonRef[] = [];
    for (const row of this.directory.current?.register.assignments ?? []) {
      const id = row.aadObjectId?.toLowerCase();
      if (!id || seen.has(id) || !isForwardLevel(row.level) || !isValidOn(row, today)) continue;
      seen.add(id);
      out.push({ name: row.name, ...(row.email ? { email: row.email } : {}), aadObjectId: id });
    }
    return out;
  }

  /**
   * A liaison's decision (docs/ngo.md §4), checked against the stored submission (who may decide, a stale
   * card, a final state), saved with ETag concurrency (a concurrent change makes it stale), audited; an
   * accepted activity is published as an event of its place; a forwarded one is announced to its new liaison.
   */
  async decide(
    id: string,
    decision: Decision,
    actor: { aadObjectId?: string },
    seen: number,
  ): Promise<DecideResult> {
    const { ngoSubmissions, ngoEvents, audit } = this.repos();
    const current = await this.get(id);
    if (!current) return { kind: 'notFound' };
    if (decision.kind === 'forward') {
      const wanted = decision.to.aadObjectId?.toLowerCase();
      const target = this.forwardTargets().find((p) => p.aadObjectId === wanted);
      if (!target) return { kind: 'refused', code: 'unknownLiaison', submission: current };
      decision = { kind: 'forward', to: target };
    }
    const now = this.clock();
    const result = decide(current, decision, actor.aadObjectId, seen, now.toISOString());
    if (result.kind !== 'ok') return { kind: 'refused', code: result.code, submission: current };
    let saved: StoredSubmission;
    try {
      saved = await ngoSubmissions.save(result.submission, current._etag);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      const latest = await ngoSubmissions.get(id);
      return latest ? { kind: 'refused', code: 'stale', submission: latest } : { kind: 'notFound' };
    }
    for (const event of eventsOf(saved)) await ngoEvents.put(event);
    await audit.record(
      `ngo:${id}`,
      actor.aadObjectId ?? 'unknown',
      `ngo.${decision.kind}`,
      {
        from: current.state,
        to: saved.state,
        ...(decision.kind === 'forward' ? { forwardedTo: saved.liaisons[0]?.aadObjectId } : {}),
        ...(decision.kind === 'accept' ? { onInfoScreen: decision.onInfoScreen } : {}),
      },
      now,
    );
    logError(this.log, 'info', 'NGO_DECIDED', { reference: saved.reference, decision: decision.kind });
    if (decision.kind === 'forward' && this.notifier) {
      await this.notifier
        .submitted(saved)
        .catch((error: unknown) =>
          logError(this.log, 'warn', 'NGO_NOTIFY_FAILED', { err: error, reference: saved.reference }),
        );
    }
    return { kind: 'done', submission: saved, before: current };
  }

  /** docs/ngo.md §7: the accepted activities of these places (unit ids, "kunta:<name>") in the question's period. */
  async calendar(question: CalendarQuestion, placeKeys: readonly string[]): Promise<Occurrence[]> {
    const { from, to } = periodDates(question.period, this.clock());
    const events = (
      await Promise.all([...new Set(placeKeys)].map((key) => this.repos().ngoEvents.forPlace(key)))
    ).flat();
    return occurrencesBetween(
      events.filter((event) => matchesQuestion(event, question)),
      from,
      to,
    );
  }

  /** docs/ngo.md §3: the unit's centre liaisons, the area's regional coordinator, the county coordinator. */
  private candidates(place: Place): Candidates {
    const county = this.directory.peopleAt('hyvinvointialue', '');
    if (place.kind === 'unit') {
      const answer = this.directory.answerForUnit(place.unitId);
      if (answer.kind === 'unit') return { centre: answer.liaisons, regional: answer.regional, county };
      return { centre: [], regional: [], county };
    }
    const areas = new Set(
      this.units()
        .filter((u) => u.municipality === place.municipality)
        .map((u) => u.area),
    );
    const regional = [...areas].flatMap((area) => this.directory.peopleAt('alue', area));
    return { centre: [], regional, county };
  }
}
