import type { Submission } from '../domain/ngo';
import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';

interface SubmissionDoc extends Submission {
  pk: string;
}

export type StoredSubmission = Stored<Submission>;

const toSubmission = (doc: Stored<SubmissionDoc>): StoredSubmission => {
  const { pk: _pk, ...submission } = doc;
  return submission as StoredSubmission;
};

/**
 * NGO submissions in the `ngoSubmissions` container (docs/ngo.md §6): one partition per submission,
 * id = the hash of its status token (the status page is one point read), ETag concurrency.
 */
export class NgoSubmissionRepository {
  private readonly docs: Documents<SubmissionDoc>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<SubmissionDoc>(store.container('ngoSubmissions'), 'NGO submission');
  }

  async create(submission: Submission): Promise<StoredSubmission> {
    return toSubmission(await this.docs.create({ ...submission, pk: submission.id }));
  }

  async get(id: string): Promise<StoredSubmission | undefined> {
    const doc = await this.docs.read(id, id);
    return doc ? toSubmission(doc) : undefined;
  }

  /** Replaces only if unchanged since `etag` was read (StaleWriteError otherwise). */
  async save(submission: Submission, etag: string): Promise<StoredSubmission> {
    return toSubmission(await this.docs.replace({ ...submission, pk: submission.id }, etag, submission.id));
  }

  /** Every submission (the retention job's candidates; a few hundred a year). */
  async list(): Promise<StoredSubmission[]> {
    return (await this.docs.query('SELECT * FROM c')).map(toSubmission);
  }

  delete(id: string): Promise<boolean> {
    return this.docs.delete(id, id);
  }
}
