/**
 * The storage the use cases need, as interfaces the services own: src/infra implements them over Cosmos
 * (src/services/index.ts wires the implementations in). The records' shapes are declared beside their
 * storage code and imported here as types only.
 */
import type { Expert } from '../domain/experts/types';
import type { Register } from '../domain/directory/types';
import type { DeliveryProgress, Notice, Recipient } from '../domain/notices';
import type { Order } from '../domain/orders';
import type { Reminder } from '../domain/scheduling/reminders';
import type { AuditEntry } from '../infra/auditRepository';
import type { NoticeBoard } from '../infra/boardRepository';
import type { ReferenceStamp, StoredReference } from '../infra/conversationRepository';
import type { Stored } from '../infra/cosmos/documents';
import type { StoredDelivery } from '../infra/delivery/outbox';
import type { ErasureRequest } from '../infra/erasureRequests';
import type { Profile, Subscription } from '../infra/profileRepository';
import type {
  PendingImport,
  RegisterChange,
  RegisterSnapshot,
  VersionChange,
} from '../infra/registerRepository';
import type { StateItem } from '../infra/stateStore';
import type { NgoEvent, Submission } from '../domain/ngo';

export type { Stored, StoredReference };
export type StoredOrder = Stored<Order>;
export type StoredNotice = Stored<Notice>;

/** Bot Framework turn state (teams-ai's storage). */
export interface BotStateStore {
  read(keys: string[]): Promise<Record<string, StateItem>>;
  write(changes: Record<string, StateItem>): Promise<void>;
  delete(keys: string[]): Promise<void>;
  deleteWrittenBefore(cutoff: string): Promise<number>;
}

export interface RegisterStore {
  savePending(pending: PendingImport): Promise<void>;
  readPending(id: string): Promise<PendingImport | undefined>;
  takePending(id: string): Promise<PendingImport | undefined>;
  currentVersion(): Promise<number>;
  load(): Promise<RegisterSnapshot | undefined>;
  currentChange(): Promise<VersionChange | undefined>;
  save(
    expectedVersion: number,
    register: Register,
    experts: Expert[],
    change: RegisterChange,
  ): Promise<{ snapshot: RegisterSnapshot; change: VersionChange }>;
  deleteOldVersions(cutoff: string): Promise<number>;
  deletePendingBefore(cutoff: string): Promise<number>;
  rewriteChanges(scrub: (details: Record<string, unknown>) => Record<string, unknown>): Promise<number>;
}

export interface ProfileStore {
  get(userId: string): Promise<Stored<Profile> | undefined>;
  setSubscription(userId: string, subscription: Subscription, now: Date): Promise<Profile>;
  listSubscribers(unitIds: readonly string[]): Promise<Profile[]>;
  setUnit(userId: string, unitId: string, now: Date): Promise<Profile>;
  setLanguage(userId: string, language: 'fi' | 'sv' | 'en', now: Date): Promise<Profile>;
  delete(userId: string): Promise<boolean>;
  listChangedBefore(cutoff: string): Promise<Profile[]>;
}

export interface AuditLog {
  record(
    subject: string,
    actor: string,
    action: string,
    details: Record<string, unknown>,
    now: Date,
  ): Promise<Stored<AuditEntry>>;
  rewrite(subject: string, rewrite: (entry: AuditEntry) => AuditEntry): Promise<number>;
  recordOnce(entry: AuditEntry): Promise<void>;
  list(subject: string): Promise<Array<Stored<AuditEntry>>>;
  listBefore(cutoff: string): Promise<Array<Stored<AuditEntry>>>;
  remove(entry: AuditEntry): Promise<boolean>;
}

/** Conversation references by key ("user:<aad>" or "conv:<conversation id>"). */
export interface ConversationStore {
  /** `force`: write even when this instance wrote the same reference lately. */
  save(key: string, reference: StoredReference, now: Date, force?: boolean): Promise<void>;
  get(key: string): Promise<StoredReference | undefined>;
  delete(key: string): Promise<boolean>;
  seenAt(key: string): Promise<string | undefined>;
  listWrittenBefore(cutoff: string): Promise<ReferenceStamp[]>;
}

/** Orders with ETag concurrency: `save` throws StaleWriteError when the copy changed since it was read. */
export interface OrderStore {
  create(order: Order): Promise<StoredOrder>;
  get(id: string): Promise<StoredOrder | undefined>;
  save(order: Order, etag: string): Promise<StoredOrder>;
  listByYear(year: number): Promise<StoredOrder[]>;
  listOpenFor(aadObjectId: string): Promise<StoredOrder[]>;
  listDueForPurge(beforeEpoch: number): Promise<StoredOrder[]>;
  listEndedConfirmed(nowEpoch: number): Promise<StoredOrder[]>;
  /** Orders still `submitted` and never marked announced, created before `beforeIso`. */
  listUnannounced(beforeIso: string): Promise<StoredOrder[]>;
  listNamingExpert(expertId: string): Promise<StoredOrder[]>;
}

/** Short-lived CSV downloads by token. */
export interface ExportStore {
  save(token: string, csv: string, expiresAt: number): Promise<void>;
  read(token: string, now: number): Promise<string | undefined>;
  savePng(token: string, png: Buffer, expiresAt: number): Promise<void>;
  readPng(token: string, now: number): Promise<Buffer | undefined>;
  deleteExpired(now: number): Promise<number>;
}

export interface NoticeStore {
  create(notice: Notice): Promise<StoredNotice>;
  get(id: string): Promise<StoredNotice | undefined>;
  save(notice: Notice, etag: string): Promise<StoredNotice>;
  list(senderId?: string): Promise<StoredNotice[]>;
  listCurrent(today: string): Promise<StoredNotice[]>;
  listNotSending(): Promise<StoredNotice[]>;
  /** Sent (or being sent) notices marked for the info screens and valid on `today` (docs/ngo.md §8). */
  listForScreens(today: string): Promise<StoredNotice[]>;
  delete(id: string): Promise<boolean>;
}

/** The delivery outbox as the use cases see it: they enqueue, the delivery engine sends. */
export interface OutboxQueue {
  enqueue(noticeId: string, recipients: readonly Recipient[], now: number): Promise<number>;
  list(noticeId: string): Promise<StoredDelivery[]>;
  deleteAll(noticeId: string): Promise<number>;
  /** The notice's deliveries counted by state. */
  progress(noticeId: string): Promise<DeliveryProgress>;
}

export interface BoardStore {
  register(board: NoticeBoard, by: string, now: Date, teamId?: string): Promise<void>;
  listFor(unitIds: readonly string[]): Promise<NoticeBoard[]>;
  removeFor(conversationId: string, teamId?: string): Promise<number>;
}

export interface ReminderStore {
  upsertIfMissing(reminder: Reminder): Promise<void>;
  create(reminder: Reminder): Promise<void>;
  list(): Promise<Array<Stored<Reminder>>>;
  due(nowEpoch: number): Promise<Array<Stored<Reminder>>>;
  /** False when the reminder changed since it was read. */
  save(reminder: Stored<Reminder>): Promise<boolean>;
  get(id: string): Promise<Stored<Reminder> | undefined>;
  deleteRemovedCustom(): Promise<number>;
}

/** Erasure previews waiting for the coordinator's confirmation. */
export interface ErasureStore {
  save(request: ErasureRequest): Promise<void>;
  read(id: string): Promise<ErasureRequest | undefined>;
  take(id: string): Promise<ErasureRequest | undefined>;
  deleteBefore(cutoff: string): Promise<number>;
}

/** Repositories over the open store; they exist once storage is ready. */
/** NGO submissions from the public page (docs/ngo.md §6). */
export interface NgoSubmissionStore {
  create(submission: Submission): Promise<Stored<Submission>>;
  get(id: string): Promise<Stored<Submission> | undefined>;
  save(submission: Submission, etag: string): Promise<Stored<Submission>>;
  list(): Promise<Array<Stored<Submission>>>;
  delete(id: string): Promise<boolean>;
}

/** Accepted NGO activities by place (docs/ngo.md §6). */
export interface NgoEventStore {
  put(event: NgoEvent): Promise<void>;
  forPlace(placeKey: string): Promise<NgoEvent[]>;
  list(): Promise<NgoEvent[]>;
  delete(event: Pick<NgoEvent, 'id' | 'placeKey'>): Promise<boolean>;
}

export interface Repositories {
  state: BotStateStore;
  register: RegisterStore;
  profiles: ProfileStore;
  audit: AuditLog;
  conversations: ConversationStore;
  orders: OrderStore;
  exports: ExportStore;
  notices: NoticeStore;
  outbox: OutboxQueue;
  boards: BoardStore;
  reminders: ReminderStore;
  erasures: ErasureStore;
  ngoSubmissions: NgoSubmissionStore;
  ngoEvents: NgoEventStore;
}
