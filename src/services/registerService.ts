import { randomUUID } from 'node:crypto';
import { diffExperts, diffRegister, isEmptyDiff, mergeDiffs, validateImport } from '../domain/register';
import type { Expert } from '../domain/experts/types';
import type { Register } from '../domain/directory/types';
import type { ImportError, RegisterDiff } from '../domain/register';
import { REGISTER_PREVIEW_MS, auditedDiff, scrubRegisterDetails } from '../domain/retention';
import type { Clock } from '../domain/time';
import type { Logger } from '../infra/logger';
import type { DirectoryService } from './directoryService';
import type { VersionChange } from '../infra/registerRepository';
import type { Repositories } from './repositories';
import { readDemoFiles } from './projectFiles';
import { SiltaError, codeOf, logError } from '../domain/errors';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type PreviewResult =
  | { kind: 'invalid'; errors: ImportError[] }
  | { kind: 'unchanged' }
  | { kind: 'preview'; token: string; diff: RegisterDiff; baseVersion: number };

export type ApplyResult =
  | { kind: 'applied'; version: number; diff: RegisterDiff }
  | { kind: 'expired' }
  | { kind: 'stale' }
  /** Someone other than the preview's author pressed Confirm: nothing changes and the preview stays. */
  | { kind: 'notAuthor' };

/** Units, liaison rows and (when a kokemustoimijat file came along) experts: added, changed, removed. */
function changesOf(
  current: Register,
  experts: readonly Expert[],
  next: Register,
  nextExperts?: Expert[],
): RegisterDiff {
  const register = diffRegister(current, next);
  return nextExperts ? mergeDiffs(register, diffExperts(experts, nextExperts)) : register;
}

/**
 * Register import and upkeep: validate every row first, preview the change, apply only on
 * confirmation, all or nothing, audited. Used by `npm run import`, `npm run seed` and the Teams upload.
 */
export class RegisterService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Validates `files` against the current register and, when valid, keeps a preview to confirm. */
  async preview(files: ImportFile[], actor: string): Promise<PreviewResult> {
    await this.directory.refresh();
    const base = this.directory.current;
    const current = base?.register ?? { units: [], assignments: [] };
    const result = validateImport(current, files);
    if (!result.next || result.errors.length > 0) return { kind: 'invalid', errors: result.errors };
    const diff = changesOf(current, base?.experts ?? [], result.next, result.experts);
    if (isEmptyDiff(diff)) return { kind: 'unchanged' };
    const token = randomUUID();
    await this.repos().register.savePending({
      id: token,
      actor,
      baseVersion: base?.version ?? 0,
      at: this.clock().toISOString(),
      files: files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })),
    });
    return { kind: 'preview', token, diff, baseVersion: base?.version ?? 0 };
  }

  /**
   * Applies a confirmed preview if nobody changed the register since; otherwise nothing changes. Only
   * the preview's author may confirm it: the uploader saw exactly this diff, another coordinator did
   * not. Anyone else is refused before the preview is touched, so their click cannot destroy it.
   */
  async apply(token: string, actor: string): Promise<ApplyResult> {
    const { register } = this.repos();
    const seen = await register.readPending(token);
    if (!seen) return { kind: 'expired' };
    if (seen.actor !== actor) return { kind: 'notAuthor' };
    const pending = await register.takePending(token);
    if (!pending || this.clock().getTime() - Date.parse(pending.at) > REGISTER_PREVIEW_MS) {
      return { kind: 'expired' };
    }
    const files = pending.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
    return this.save(files, actor, pending.baseVersion);
  }

  /** Drops a preview; only its author can. */
  async cancel(token: string, actor: string): Promise<boolean> {
    const { register } = this.repos();
    const pending = await register.readPending(token);
    if (!pending || pending.actor !== actor) return false;
    await register.takePending(token);
    return true;
  }

  /** Validates and saves at once (CLI import with --yes, seeding). Throws on invalid files. */
  async importNow(files: ImportFile[], actor: string): Promise<ApplyResult> {
    await this.directory.refresh();
    return this.save(files, actor, this.directory.version);
  }

  /** Loads data/sample (the demo register) as a new version. */
  async loadDemoData(actor: string): Promise<ApplyResult> {
    return this.importNow(readDemoFiles(), actor);
  }

  /**
   * Validates again and saves as the version after `baseVersion`, audited all or nothing: the change
   * record (who, when, what) is written inside the new version itself, so no version exists without
   * it. The audit container gets a copy right after; should that copy fail, the change still stands
   * and its record waits in the version until the next save, which first copies the current version's
   * record and refuses to go on if it cannot (so no record is ever replaced before it was copied).
   */
  private async save(files: ImportFile[], actor: string, baseVersion: number): Promise<ApplyResult> {
    const base = this.directory.current;
    if ((base?.version ?? 0) !== baseVersion) return { kind: 'stale' };
    const current = base?.register ?? { units: [], assignments: [] };
    const result = validateImport(current, files);
    if (!result.next) {
      throw new SiltaError('REGISTER_INVALID', { count: result.errors.length });
    }
    const diff = changesOf(current, base?.experts ?? [], result.next, result.experts);
    const saved = await this.commit(baseVersion, result.next, result.experts ?? base?.experts ?? [], actor, {
      action: 'register.import',
      details: {
        files: files.map((f) => f.name),
        added: diff.added.length,
        changed: diff.changed.length,
        removed: diff.removed.length,
        // Which rows and columns changed, never their values (docs/data-lifetimes.md §2).
        diff: auditedDiff(diff),
      },
    });
    if (saved.kind === 'stale') return saved;
    return { kind: 'applied', version: saved.version, diff };
  }

  /**
   * Saves the current register with `experts` instead of its experts as the version after
   * `baseVersion` (consent erasure), audited the way an import is.
   */
  async saveExperts(
    experts: Expert[],
    actor: string,
    baseVersion: number,
    change: { action: string; details: Record<string, unknown> },
  ): Promise<{ kind: 'applied'; version: number } | { kind: 'stale' }> {
    const base = this.directory.current;
    if (!base || base.version !== baseVersion) return { kind: 'stale' };
    return this.commit(baseVersion, base.register, experts, actor, change);
  }

  private async commit(
    baseVersion: number,
    next: Register,
    experts: Expert[],
    actor: string,
    change: { action: string; details: Record<string, unknown> },
  ): Promise<{ kind: 'applied'; version: number } | { kind: 'stale' }> {
    const { register } = this.repos();
    const now = this.clock();
    const previous = await register.currentChange();
    if (previous) await this.copyToAudit(previous);
    let saved;
    try {
      saved = await register.save(baseVersion, next, experts, {
        actor,
        at: now.toISOString(),
        action: change.action,
        details: { version: baseVersion + 1, ...change.details },
      });
    } catch (error) {
      if (codeOf(error) === 'STORAGE_STALE_ETAG') return { kind: 'stale' };
      throw error;
    }
    const { snapshot } = saved;
    try {
      await this.copyToAudit(saved.change);
    } catch (error) {
      logError(this.log, 'warn', 'REGISTER_AUDIT_DEFERRED', { err: error, version: snapshot.version });
    }
    this.directory.use(snapshot);
    this.log.info({ version: snapshot.version, actor, action: change.action }, 'register saved');
    return { kind: 'applied', version: snapshot.version };
  }

  /** Copies a version's change record into the audit log (subject "register"), once. */
  private copyToAudit(record: VersionChange): Promise<void> {
    const { change } = record;
    return this.repos().audit.recordOnce({
      id: `register-${record.id}`,
      pk: 'register',
      at: change.at,
      actor: change.actor,
      action: change.action,
      // A record written before the audit kept no values still has them: they stay out of the copy.
      details: scrubRegisterDetails(change.details),
    });
  }
}
