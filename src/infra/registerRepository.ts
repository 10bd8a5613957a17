import { randomUUID } from 'node:crypto';
import type { Register } from '../domain/directory/types';
import type { Expert } from '../domain/experts/types';
import type { CosmosStore } from './cosmos/store';
import { Documents } from './cosmos/documents';
import { DuplicateError, StaleWriteError } from './cosmos/errors';
import { codeOf } from '../domain/errors';

/** The register as one consistent version: units, liaison rows and experience experts. */
export interface RegisterSnapshot {
  version: number;
  register: Register;
  experts: Expert[];
  updatedAt: string;
  updatedBy: string;
}

interface PointerDoc {
  id: 'current';
  pk: 'pointer';
  version: number;
  /** Partition of this version's chunks: unique per write attempt, so racing writers never share chunks. */
  chunks: string;
  /** The previous version's chunk partition, deleted when the next version lands. */
  previous?: string;
  updatedAt: string;
  updatedBy: string;
}

/** Who changed the register, when and what: written with the version it describes. */
export interface RegisterChange {
  actor: string;
  at: string;
  action: string;
  details: Record<string, unknown>;
}

interface ChunkDoc {
  id: string;
  pk: string;
  version: number;
  index: number;
  units: Register['units'];
  assignments: Register['assignments'];
  experts: Expert[];
  /** Chunk 0 only: the change that made this version (absent in versions saved before it was kept). */
  change?: RegisterChange;
}

/** The change record of a stored version; `id` (the version's chunk partition) is unique per version. */
export interface VersionChange {
  id: string;
  version: number;
  change: RegisterChange;
}

/** An import waiting for the coordinator's confirmation (stored, so any instance can apply it). */
export interface PendingImport {
  id: string;
  actor: string;
  baseVersion: number;
  at: string;
  files: Array<{ name: string; base64: string }>;
}

const CHUNK_ROWS = 400;
/** Cosmos TTL of a stored preview: the job deletes it after 30 minutes, Azure after an hour at the latest. */
const PREVIEW_TTL_SECONDS = 3600;
const PENDING_PK = 'pending';
const POINTER = { id: 'current', pk: 'pointer' } as const;
const chunkPk = (version: number) => `v${version}-${randomUUID()}`;

/**
 * Versioned register snapshots in the `register` container. A new version's rows are written first
 * (chunks under a partition of their own, "v<version>-<uuid>"), then the pointer document flips to it
 * with IfMatch: readers see the old version or the new one, never a mix; of two concurrent imports
 * exactly one wins and the other removes its chunks and is told the register changed.
 * The pointer's version number is the stamp other instances poll to notice a change.
 *
 * Each version carries its own change record (who, when, what) in its chunk 0, so the change and its
 * record land together in the one pointer flip: there is no register version without its record. The
 * audit container gets a copy (RegisterService); the record stays with its version until the version
 * after next replaces it, by which time the copy has been made (see RegisterService.save).
 */
export class RegisterRepository {
  private readonly pointers: Documents<PointerDoc>;
  private readonly chunks: Documents<ChunkDoc>;
  private readonly pending: Documents<PendingImport & { pk: string; ttl?: number }>;

  constructor(store: CosmosStore) {
    this.pointers = new Documents<PointerDoc>(store.container('register'), 'register pointer');
    this.chunks = new Documents<ChunkDoc>(store.container('register'), 'register chunk');
    this.pending = new Documents<PendingImport & { pk: string; ttl?: number }>(
      store.container('register'),
      'pending import',
    );
  }

  async savePending(pending: PendingImport): Promise<void> {
    await this.pending.create({ ...pending, pk: PENDING_PK, ttl: PREVIEW_TTL_SECONDS });
  }

  readPending(id: string): Promise<PendingImport | undefined> {
    return this.pending.read(id, PENDING_PK);
  }

  /** Reads and deletes a pending import; of two concurrent takers only one gets it. */
  async takePending(id: string): Promise<PendingImport | undefined> {
    const doc = await this.pending.read(id, PENDING_PK);
    if (!doc) return undefined;
    try {
      return (await this.pending.delete(id, PENDING_PK, doc._etag)) ? doc : undefined;
    } catch (error) {
      if (codeOf(error) === 'STORAGE_STALE_ETAG') return undefined;
      throw error;
    }
  }

  /** Deletes import previews (their uploaded files) saved before `cutoff` (ISO); returns how many. */
  async deletePendingBefore(cutoff: string): Promise<number> {
    const old = await this.pending.query(
      'SELECT c.id FROM c WHERE c.pk = @pk AND c.at < @cutoff',
      [
        { name: '@pk', value: PENDING_PK },
        { name: '@cutoff', value: cutoff },
      ],
      PENDING_PK,
    );
    const deleted = await Promise.all(old.map((doc) => this.pending.delete(doc.id, PENDING_PK)));
    return deleted.filter(Boolean).length;
  }

  /**
   * Deletes the version before the current one once the current one is older than `cutoff` (ISO;
   * readers that loaded the pointer before the flip have long finished), and the chunks of versions
   * that never became current (a writer that crashed before cleaning up). Returns the chunks deleted.
   */
  async deleteOldVersions(cutoff: string): Promise<number> {
    const pointer = await this.pointers.read(POINTER.id, POINTER.pk);
    if (!pointer) return 0;
    let keep = [pointer.chunks, pointer.previous];
    if (pointer.previous && pointer.updatedAt < cutoff) {
      const { id, pk, version, chunks, updatedAt, updatedBy } = pointer;
      try {
        await this.pointers.replace(
          { id, pk, version, chunks, updatedAt, updatedBy },
          pointer._etag,
          POINTER.pk,
        );
        keep = [pointer.chunks];
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
        return 0; // a new version landed meanwhile: the next run looks again
      }
    }
    const old = await this.chunks.query(
      'SELECT c.id, c.pk FROM c WHERE IS_DEFINED(c.index) AND c.version <= @version',
      [{ name: '@version', value: pointer.version }],
    );
    const gone = old.filter((doc) => !keep.includes(doc.pk));
    await Promise.all(gone.map((doc) => this.chunks.delete(doc.id, doc.pk)));
    return gone.length;
  }

  /**
   * Rewrites the change records kept in the current and the previous version (chunk 0) with `scrub`,
   * each only if unchanged since read. Returns how many were rewritten.
   */
  async rewriteChanges(
    scrub: (details: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<number> {
    const pointer = await this.pointers.read(POINTER.id, POINTER.pk);
    if (!pointer) return 0;
    let changed = 0;
    for (const pk of [pointer.chunks, pointer.previous]) {
      if (!pk) continue;
      const first = await this.chunks.read(`${pk}-0`, pk);
      if (!first?.change) continue;
      const details = scrub(first.change.details);
      if (JSON.stringify(details) === JSON.stringify(first.change.details)) continue;
      try {
        await this.chunks.replace({ ...first, change: { ...first.change, details } }, first._etag, pk);
        changed += 1;
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
    return changed;
  }

  /** The current version stamp (a point read), 0 when nothing has been imported. */
  async currentVersion(): Promise<number> {
    return (await this.pointers.read(POINTER.id, POINTER.pk))?.version ?? 0;
  }

  async load(): Promise<RegisterSnapshot | undefined> {
    const pointer = await this.pointers.read(POINTER.id, POINTER.pk);
    if (!pointer) return undefined;
    const pk = pointer.chunks;
    const chunks = await this.chunks.query(
      'SELECT * FROM c WHERE c.pk = @pk',
      [{ name: '@pk', value: pk }],
      pk,
    );
    chunks.sort((a, b) => a.index - b.index);
    return {
      version: pointer.version,
      register: { units: chunks.flatMap((c) => c.units), assignments: chunks.flatMap((c) => c.assignments) },
      experts: chunks.flatMap((c) => c.experts),
      updatedAt: pointer.updatedAt,
      updatedBy: pointer.updatedBy,
    };
  }

  /** The change record of the current version (two point reads), undefined when it has none. */
  async currentChange(): Promise<VersionChange | undefined> {
    const pointer = await this.pointers.read(POINTER.id, POINTER.pk);
    if (!pointer) return undefined;
    const first = await this.chunks.read(`${pointer.chunks}-0`, pointer.chunks);
    return first?.change ? { id: pointer.chunks, version: pointer.version, change: first.change } : undefined;
  }

  /**
   * Saves `register` + `experts` as the version after `expectedVersion`, with `change` (who, when,
   * what) in the same version. Throws StaleWriteError when someone else saved a version in between
   * (reload, re-validate, try again). Returns the snapshot and the version's change record.
   */
  async save(
    expectedVersion: number,
    register: Register,
    experts: Expert[],
    change: RegisterChange,
  ): Promise<{ snapshot: RegisterSnapshot; change: VersionChange }> {
    const pointer = await this.pointers.read(POINTER.id, POINTER.pk);
    if ((pointer?.version ?? 0) !== expectedVersion) throw new StaleWriteError('the register');
    const version = expectedVersion + 1;
    const pk = chunkPk(version);
    const size = Math.max(register.units.length, register.assignments.length, experts.length);
    const count = Math.max(1, Math.ceil(size / CHUNK_ROWS));
    for (let index = 0; index < count; index += 1) {
      const slice = <T>(rows: T[]) => rows.slice(index * CHUNK_ROWS, (index + 1) * CHUNK_ROWS);
      await this.chunks.create({
        id: `${pk}-${index}`,
        pk,
        version,
        index,
        units: slice(register.units),
        assignments: slice(register.assignments),
        experts: slice(experts),
        ...(index === 0 ? { change } : {}),
      });
    }
    const next: PointerDoc = {
      ...POINTER,
      version,
      chunks: pk,
      ...(pointer ? { previous: pointer.chunks } : {}),
      updatedAt: change.at,
      updatedBy: change.actor,
    };
    try {
      if (pointer) await this.pointers.replace(next, pointer._etag, POINTER.pk);
      else await this.pointers.create(next);
    } catch (error) {
      if (error instanceof StaleWriteError || error instanceof DuplicateError) {
        await this.deleteChunks(pk);
        throw new StaleWriteError('the register');
      }
      throw error;
    }
    // Keep the version readers may still be loading; drop the one before it.
    if (pointer?.previous) await this.deleteChunks(pointer.previous);
    return {
      snapshot: { version, register, experts, updatedAt: next.updatedAt, updatedBy: change.actor },
      change: { id: pk, version, change },
    };
  }

  private async deleteChunks(pk: string): Promise<void> {
    const old = await this.chunks.query(
      'SELECT c.id FROM c WHERE c.pk = @pk',
      [{ name: '@pk', value: pk }],
      pk,
    );
    await Promise.all(old.map((doc) => this.chunks.delete(doc.id, pk)));
  }
}
