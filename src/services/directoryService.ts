import {
  answerForLevel,
  answerForUnit,
  answerQuestion,
  buildDirectoryIndex,
  matchUnits,
  rolesOf,
  scopesOf,
} from '../domain/directory';
import type { DirectoryAnswer, DirectoryIndex, LiaisonLevel, Person, Roles } from '../domain/directory';
import { NO_PLACES, type FinlandPlaces } from '../domain/directory/places';
import type { Register, Unit } from '../domain/directory/types';
import { prepareLexicon, readMessage, type Intent } from '../domain/intents';
import { helsinkiDate, type Clock } from '../domain/time';
import type { Logger } from '../infra/logger';
import type { RegisterSnapshot } from '../infra/registerRepository';
import type { RegisterStore } from './repositories';
import { logError } from '../domain/errors';

const EMPTY: Register = { units: [], assignments: [] };

/**
 * Answers liaison questions from an in-memory index of the register — no Cosmos query per question.
 * The index is rebuilt when this instance imports a register, and when a poll of the version stamp
 * in Cosmos shows that another instance did.
 */
export class DirectoryService {
  private index: DirectoryIndex;
  private snapshot?: RegisterSnapshot;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly repository: () => RegisterStore,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly configuredCoordinators: readonly string[] = [],
    /** Finland's postal areas and municipalities (src/infra/postalAreas.ts), the same for every register. */
    private readonly places: FinlandPlaces = NO_PLACES,
  ) {
    this.index = buildDirectoryIndex(EMPTY, places);
    // The intent lexicon is built once, at start-up rather than on the first message.
    prepareLexicon();
  }

  /** What a chat message asks for (docs/messages.md), places read from this register. */
  read(text: string | undefined | null): Intent {
    return readMessage(text, this.index);
  }

  get version(): number {
    return this.snapshot?.version ?? 0;
  }

  get current(): RegisterSnapshot | undefined {
    return this.snapshot;
  }

  /** Installs a snapshot (after load or import) and rebuilds the index. */
  use(snapshot: RegisterSnapshot): void {
    const started = performance.now();
    this.index = buildDirectoryIndex(snapshot.register, this.places);
    this.snapshot = snapshot;
    this.log.info(
      {
        version: snapshot.version,
        units: snapshot.register.units.length,
        ms: Math.round(performance.now() - started),
      },
      'directory index built',
    );
  }

  /** Loads the stored version if it differs from the one in memory. */
  async refresh(): Promise<void> {
    const repository = this.repository();
    const stored = await repository.currentVersion();
    if (stored === this.version) return;
    const snapshot = await repository.load();
    if (snapshot) this.use(snapshot);
  }

  /** Polls the version stamp every `intervalMs` so a change made on another instance shows up here. */
  startPolling(intervalMs: number): void {
    this.stopPolling();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) =>
        logError(this.log, 'warn', 'REGISTER_POLL_FAILED', { err: error }),
      );
    }, intervalMs);
    this.timer.unref();
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  today(): string {
    return helsinkiDate(this.clock());
  }

  answer(question: string, myUnitId?: string): DirectoryAnswer {
    return answerQuestion(this.index, question, { today: this.today(), myUnitId });
  }

  /** A service area (or another scope) chosen on a card; undefined when the register has no such scope. */
  answerForScope(level: LiaisonLevel, scope: string): DirectoryAnswer | undefined {
    if (!scopesOf(this.index.byLevel, level).includes(scope)) return undefined;
    return answerForLevel(this.index, level, this.today(), scope);
  }

  answerForUnit(unitId: string): DirectoryAnswer {
    return answerForUnit(this.index, unitId, this.today());
  }

  /** The people of one level valid today (for `hyvinvointialue` the county coordinator, whatever `scope`). */
  peopleAt(level: LiaisonLevel, scope: string): Person[] {
    const answer = answerForLevel(this.index, level, this.today(), scope);
    return answer.kind === 'level' ? answer.people : [];
  }

  matchUnits(text: string): Unit[] {
    return matchUnits(this.index, text);
  }

  /** The roles of a user today, from the register and COORDINATOR_AAD_IDS. */
  roles(aadObjectId: string | undefined): Roles {
    return rolesOf(this.index, aadObjectId, this.today(), this.configuredCoordinators);
  }

  /** The register's units (empty before the first load). */
  units(): readonly Unit[] {
    return this.snapshot?.register.units ?? [];
  }

  unit(unitId: string): Unit | undefined {
    return this.snapshot?.register.units.find((unit) => unit.id === unitId);
  }
}
