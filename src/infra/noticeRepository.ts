import type { Notice } from '../domain/notices';
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

  /** Notices sent (or being sent) and valid on `today` (yyyy-mm-dd), reminders excluded: what staff may read. */
  async listCurrent(today: string): Promise<StoredNotice[]> {
    const docs = await this.docs.query(
      "SELECT * FROM c WHERE (c.state = 'sending' OR c.state = 'sent') AND c.validUntil >= @today AND NOT IS_DEFINED(c.remindsOf) AND NOT IS_DEFINED(c.reminderId)",
      [{ name: '@today', value: today }],
    );
    return docs.map(toNotice);
  }

  async listDue(nowEpoch: number): Promise<StoredNotice[]> {
    const docs = await this.docs.query(
      "SELECT * FROM c WHERE c.state = 'scheduled' AND c.sendAtEpoch <= @now",
      [{ name: '@now', value: nowEpoch }],
    );
    return docs.map(toNotice);
  }

  /** Notices not being sent (drafts, scheduled, sent, cancelled): the retention job's candidates. */
  async listNotSending(): Promise<StoredNotice[]> {
    return (await this.docs.query("SELECT * FROM c WHERE c.state != 'sending'")).map(toNotice);
  }

  /** Sent (or being sent) notices marked for the info screens and valid on `today` (docs/ngo.md §8). */
  async listForScreens(today: string): Promise<StoredNotice[]> {
    const docs = await this.docs.query(
      "SELECT * FROM c WHERE c.onInfoScreen = true AND (c.state = 'sent' OR c.state = 'sending') AND c.validUntil >= @today",
      [{ name: '@today', value: today }],
    );
    return docs.map(toNotice);
  }

  delete(id: string): Promise<boolean> {
    return this.docs.delete(id, id);
  }

  /** Sent notices whose report card still waits for its final figures (docs/delivery.md §6). */
  async listUnreported(): Promise<StoredNotice[]> {
    return (
      await this.docs.query("SELECT * FROM c WHERE c.state = 'sent' AND c.finalReportPending = true")
    ).map(toNotice);
  }

  /** The index of active work for delivery workers: notices whose outbox partitions are being sent. */
  async listSending(): Promise<StoredNotice[]> {
    return (await this.docs.query("SELECT * FROM c WHERE c.state = 'sending'")).map(toNotice);
  }
}
