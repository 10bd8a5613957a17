import { createHash, randomBytes } from 'node:crypto';
import {
  TOKEN_PATTERN,
  checkGuards,
  referenceFrom,
  routeSubmission,
  tokenFrom,
  validateSubmission,
  type Candidates,
  type FieldError,
  type GuardVerdict,
  type Place,
  type Submission,
} from '../domain/ngo';
import type { Unit } from '../domain/directory';
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

export type SubmitResult =
  | { ok: true; reference: string; token: string; submission: StoredSubmission }
  | { ok: false; kind: 'invalid'; errors: FieldError[] }
  | { ok: false; kind: 'guard'; verdict: Exclude<GuardVerdict, 'ok'> };

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
    if (verdict !== 'ok') return { ok: false, kind: 'guard', verdict };
    const units = this.units();
    const form = validateSubmission(raw, {
      now,
      unitIds: new Set(units.map((u) => u.id)),
      municipalities: new Set(units.map((u) => u.municipality)),
    });
    if (!form.ok) return { ok: false, kind: 'invalid', errors: form.errors };
    const routing = routeSubmission(this.candidates(form.value.place));
    const token = tokenFrom(randomBytes(32));
    const submission: Submission = {
      id: submissionIdOf(token),
      reference: referenceFrom(randomBytes(8)),
      state: 'received',
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
    this.log.info(
      { reference: stored.reference, routedTo: stored.routedTo, liaisons: stored.liaisons.length },
      'NGO_SUBMITTED',
    );
    if (this.notifier) {
      await this.notifier
        .submitted(stored)
        .catch((error: unknown) =>
          this.log.warn({ err: error, reference: stored.reference }, 'NGO_NOTIFY_FAILED'),
        );
    }
    return { ok: true, reference: stored.reference, token, submission: stored };
  }

  /** The submission behind a status link, or undefined (an unknown or malformed token). */
  async byToken(token: string): Promise<StoredSubmission | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    return this.repos().ngoSubmissions.get(submissionIdOf(token));
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
