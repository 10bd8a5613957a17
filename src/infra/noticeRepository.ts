import type { Notice } from '../domain/notices';
import { StaleWriteError } from './cosmos/errors';
import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';

interface NoticeDoc extends Notice {
  pk: string;
  senderId: string;
  sendAtEpoch: number;
}

export type StoredNotice = Stored<Notice>;

const toDoc = (notice: Notice): NoticeDoc => ({
  ...notice,
  pk: notice.id,
  senderId: notice.sender.aadObjectId.toLowerCase(),
  sendAtEpoch: notice.sendAt ? Date.parse(notice.sendAt) : 0,
});
const toNotice = (doc: Stored<NoticeDoc>): StoredNotice => {
  const { pk: _pk, senderId: _s, sendAtEpoch: _e, ...notice } = doc;
  return notice as StoredNotice;
};

/** NGO notices in the `notices` container, one partition per notice, ETag concurrency. */
export class NoticeRepository {
  private readonly docs: Documents<NoticeDoc>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<NoticeDoc>(store.container('notices'), 'notice');
  }

  async create(notice: Notice): Promise<StoredNotice> {
    return toNotice(await this.docs.create(toDoc(notice)));
  }

  async get(id: string): Promise<StoredNotice | undefined> {
    const doc = await this.docs.read(id, id);
    return doc ? toNotice(doc) : undefined;
  }

  async save(notice: Notice, etag: string): Promise<StoredNotice> {
    return toNotice(await this.docs.replace(toDoc(notice), etag, notice.id));
  }

  /** Scheduled and sent notices of one sender (or everyone's, for the coordinator), newest first. */
  async list(senderId?: string): Promise<StoredNotice[]> {
    const docs = senderId
      ? await this.docs.query(
          "SELECT * FROM c WHERE c.senderId = @id AND c.state != 'draft' ORDER BY c.createdAt DESC",
          [{ name: '@id', value: senderId.toLowerCase() }],
        )
      : await this.docs.query("SELECT * FROM c WHERE c.state != 'draft' ORDER BY c.createdAt DESC");
    return docs.map(toNotice);
  }

  /** One sender's notices (not drafts), newest first. */
  listBySender(senderAadObjectId: string): Promise<StoredNotice[]> {
    return this.list(senderAadObjectId);
  }

  /** Scheduled notices whose send time has come. */
  listScheduledDue(nowEpoch: number): Promise<StoredNotice[]> {
    return this.listDue(nowEpoch);
  }

  /**
   * Cancels a draft or scheduled notice (IfMatch, retried on a concurrent change). Returns the notice as
   * it is afterwards: cancelled, or unchanged when it was already sending, sent or cancelled; undefined
   * when there is no such notice.
   */
  async cancel(id: string, now: Date): Promise<StoredNotice | undefined> {
    for (let attempt = 0; ; attempt += 1) {
      const notice = await this.get(id);
      if (!notice || (notice.state !== 'draft' && notice.state !== 'scheduled')) return notice;
      try {
        return await this.save({ ...notice, state: 'cancelled', updatedAt: now.toISOString() }, notice._etag);
      } catch (error) {
        if (!(error instanceof StaleWriteError) || attempt >= 4) throw error;
      }
    }
  }

  async listDue(nowEpoch: number): Promise<StoredNotice[]> {
    const docs = await this.docs.query(
      "SELECT * FROM c WHERE c.state = 'scheduled' AND c.sendAtEpoch <= @now",
      [{ name: '@now', value: nowEpoch }],
    );
    return docs.map(toNotice);
  }

  /** The index of active work for delivery workers: notices whose outbox partitions are being sent. */
  async listSending(): Promise<StoredNotice[]> {
    return (await this.docs.query("SELECT * FROM c WHERE c.state = 'sending'")).map(toNotice);
  }
}
