import { FINISHED_STATES, OPEN_STATES, retentionStart, type Order } from '../domain/orders';
import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';

/** An order as stored: pk = order id, plus lower-cased and epoch fields that queries need. */
interface OrderDoc extends Order {
  pk: string;
  /** Written by earlier versions (the creation year); read past, never written. */
  year?: number;
  open: boolean;
  finished: boolean;
  /** Lower-cased AAD ids of the handling liaisons and of the ordering side. */
  liaisonIds: string[];
  partyIds: string[];
  endsAtEpoch: number;
  /** When the retention clock started (see retentionStart); recomputed on every write. */
  retentionEpoch: number;
}

export type StoredOrder = Stored<Order>;

function toDoc(order: Order): OrderDoc {
  const ids = (people: Array<{ aadObjectId?: string }>) =>
    people.flatMap((p) => (p.aadObjectId ? [p.aadObjectId.toLowerCase()] : []));
  return {
    ...order,
    pk: order.id,
    open: OPEN_STATES.includes(order.state),
    finished: FINISHED_STATES.includes(order.state),
    liaisonIds: ids(order.liaisons),
    partyIds: ids([order.orderer, order.details.contact]),
    endsAtEpoch: Date.parse(order.details.startsAt) + order.details.durationMinutes * 60_000,
    retentionEpoch: retentionStart(order),
  };
}

function toOrder(doc: Stored<OrderDoc>): StoredOrder {
  const {
    pk: _pk,
    year: _y,
    open: _o,
    finished: _f,
    liaisonIds: _l,
    partyIds: _p,
    endsAtEpoch: _e,
    retentionEpoch: _r,
    ...order
  } = doc;
  return order as StoredOrder;
}

/** Experience-expert orders in the `orders` container, one partition per order, ETag concurrency. */
export class OrderRepository {
  private readonly docs: Documents<OrderDoc>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<OrderDoc>(store.container('orders'), 'order');
  }

  async create(order: Order): Promise<StoredOrder> {
    return toOrder(await this.docs.create(toDoc(order)));
  }

  async get(id: string): Promise<StoredOrder | undefined> {
    const doc = await this.docs.read(id, id);
    return doc ? toOrder(doc) : undefined;
  }

  /** Saves only if nobody changed the order since `etag` was read; otherwise StaleWriteError. */
  async save(order: Order, etag: string): Promise<StoredOrder> {
    return toOrder(await this.docs.replace(toDoc(order), etag, order.id));
  }

  /** The orders whose event is in the year (its date is the county's local date, YYYY-MM-DD). */
  async listByYear(year: number): Promise<StoredOrder[]> {
    const docs = await this.docs.query(
      'SELECT * FROM c WHERE c.details.date >= @from AND c.details.date <= @to ORDER BY c.details.startsAt',
      [
        { name: '@from', value: `${year}-01-01` },
        { name: '@to', value: `${year}-12-31` },
      ],
    );
    return docs.map(toOrder);
  }

  /** Open orders where the user is a handling liaison or on the ordering side. */
  async listOpenFor(aadObjectId: string): Promise<StoredOrder[]> {
    const docs = await this.docs.query(
      'SELECT * FROM c WHERE c.open = true AND (ARRAY_CONTAINS(c.liaisonIds, @id) OR ARRAY_CONTAINS(c.partyIds, @id)) ORDER BY c.createdAt',
      [{ name: '@id', value: aadObjectId.toLowerCase() }],
    );
    return docs.map(toOrder);
  }

  /** Open orders the user handles as an assigned liaison (the regional coordinator included when routed to them). */
  async listOpenForLiaison(aadObjectId: string): Promise<StoredOrder[]> {
    const docs = await this.docs.query(
      'SELECT * FROM c WHERE c.open = true AND ARRAY_CONTAINS(c.liaisonIds, @id) ORDER BY c.createdAt',
      [{ name: '@id', value: aadObjectId.toLowerCase() }],
    );
    return docs.map(toOrder);
  }

  /**
   * Orders whose retention clock started at or before `beforeEpoch` (now minus the retention period) and
   * that still hold personal data: finished ones, and ones left unfinished long after their event.
   * The caller still checks `isDueForPurge` (months are calendar months).
   */
  async listDueForPurge(beforeEpoch: number): Promise<StoredOrder[]> {
    const docs = await this.docs.query(
      'SELECT * FROM c WHERE IS_DEFINED(c.retentionEpoch) AND c.retentionEpoch <= @before AND NOT IS_DEFINED(c.purgedAt)',
      [{ name: '@before', value: beforeEpoch }],
    );
    return docs.map(toOrder);
  }

  /** Orders that proposed, offered or confirmed the expert (consent erasure). */
  async listNamingExpert(expertId: string): Promise<StoredOrder[]> {
    const docs = await this.docs.query(
      `SELECT * FROM c WHERE IS_DEFINED(c.state) AND (${NAMES_EXPERT}) ORDER BY c.createdAt`,
      [{ name: '@id', value: expertId }],
    );
    return docs.map(toOrder);
  }

  /** Confirmed orders whose event has ended by `nowEpoch`: the scheduler marks them held. */
  async listUnannounced(beforeIso: string): Promise<StoredOrder[]> {
    const docs = await this.docs.query(
      "SELECT * FROM c WHERE c.state = 'submitted' AND NOT IS_DEFINED(c.announced) AND c.createdAt < @before",
      [{ name: '@before', value: beforeIso }],
    );
    return docs.map(toOrder);
  }

  async listEndedConfirmed(nowEpoch: number): Promise<StoredOrder[]> {
    const docs = await this.docs.query(
      "SELECT * FROM c WHERE c.state = 'confirmed' AND c.endsAtEpoch <= @now",
      [{ name: '@now', value: nowEpoch }],
    );
    return docs.map(toOrder);
  }
}

interface ExportDoc {
  id: string;
  pk: string;
  /** A CSV export's text, or a chart's PNG in base64. */
  csv?: string;
  png?: string;
  expiresAt: number;
  /** Cosmos TTL in seconds (Azure deletes it even if the retention job did not). */
  ttl?: number;
}

/** Orders that name an expert: proposed, offered, declined, chosen or confirmed. */
const NAMES_EXPERT =
  'ARRAY_CONTAINS(c.candidates, @id) OR ARRAY_CONTAINS(c.declined, @id) OR c.chosenExpertId = @id OR c.offeredTo = @id OR c.confirmedExpert.id = @id';

/** Short-lived exports behind an unguessable token (the yearly summary's CSV link and chart image). */
export class ExportRepository {
  private readonly docs: Documents<ExportDoc>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<ExportDoc>(store.container('orders'), 'export');
  }

  async save(token: string, csv: string, expiresAt: number): Promise<void> {
    const id = `export-${token}`;
    await this.docs.create({ id, pk: id, csv, expiresAt, ttl: ttlUntil(expiresAt) });
  }

  async savePng(token: string, png: Buffer, expiresAt: number): Promise<void> {
    const id = `export-${token}`;
    await this.docs.create({ id, pk: id, png: png.toString('base64'), expiresAt, ttl: ttlUntil(expiresAt) });
  }

  /** Deletes exports whose link expired by `now` (epoch ms), read or not; returns how many. */
  async deleteExpired(now: number): Promise<number> {
    const old = await this.docs.query(
      'SELECT c.id, c.pk FROM c WHERE IS_DEFINED(c.expiresAt) AND c.expiresAt <= @now',
      [{ name: '@now', value: now }],
    );
    const deleted = await Promise.all(old.map((doc) => this.docs.delete(doc.id, doc.pk)));
    return deleted.filter(Boolean).length;
  }

  /** The CSV, or undefined when the token is unknown, expired (expired ones are deleted) or not a CSV. */
  async read(token: string, now: number): Promise<string | undefined> {
    return (await this.live(token, now))?.csv;
  }

  /** The chart's PNG, or undefined when the token is unknown, expired or not an image. */
  async readPng(token: string, now: number): Promise<Buffer | undefined> {
    const png = (await this.live(token, now))?.png;
    return png === undefined ? undefined : Buffer.from(png, 'base64');
  }

  private async live(token: string, now: number): Promise<ExportDoc | undefined> {
    const id = `export-${token}`;
    const doc = await this.docs.read(id, id);
    if (!doc) return undefined;
    if (doc.expiresAt <= now) {
      await this.docs.delete(id, id);
      return undefined;
    }
    return doc;
  }
}

/** A minute past the link's expiry, in seconds from now (Cosmos TTL). */
const ttlUntil = (expiresAt: number) => Math.max(60, Math.ceil((expiresAt - Date.now()) / 1000) + 60);
