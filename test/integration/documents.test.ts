import { createLogger } from '../../src/infra/logger';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { Documents } from '../../src/infra/cosmos/documents';
import { StaleWriteError, DuplicateError } from '../../src/infra/cosmos/errors';
import { StateStore, type StateDocument } from '../../src/infra/stateStore';
import { ProfileRepository } from '../../src/infra/profileRepository';
import { AuditRepository } from '../../src/infra/auditRepository';

interface Note {
  id: string;
  pk: string;
  text: string;
  n: number;
}

describe('Cosmos repositories through @azure/cosmos against the embedded Cosmos-protocol server', () => {
  let store: CosmosStore;
  let notes: Documents<Note>;

  beforeAll(async () => {
    store = await openCosmosStore({ database: 'it' }, createLogger('silent'));
    await store.ensureSchema();
    notes = new Documents<Note>(store.container('audit'), 'note');
  });
  afterAll(() => store.close());

  it('When the schema is ensured twice, then the second time is a no-op', async () => {
    await expect(store.ensureSchema()).resolves.toBeUndefined();
    expect(await store.ping()).toBe(true);
  });

  it('When a document is created, then it reads back with an ETag', async () => {
    const created = await notes.create({ id: 'n1', pk: 'p', text: 'hei', n: 1 });
    expect(created._etag).toBeTruthy();
    const read = await notes.read('n1', 'p');
    expect(read).toMatchObject({ id: 'n1', text: 'hei', n: 1 });
    expect(await notes.read('missing', 'p')).toBeUndefined();
  });

  it('When the same id is created twice, then the second is a DuplicateError', async () => {
    await notes.create({ id: 'dup', pk: 'p', text: 'a', n: 1 });
    await expect(notes.create({ id: 'dup', pk: 'p', text: 'b', n: 2 })).rejects.toBeInstanceOf(
      DuplicateError,
    );
  });

  it('When a replace carries a stale ETag, then it fails with 412 as StaleWriteError and the document is unchanged', async () => {
    const first = await notes.create({ id: 'race', pk: 'p', text: 'v0', n: 0 });
    await notes.replace({ id: 'race', pk: 'p', text: 'v1', n: 1 }, first._etag, 'p');
    await expect(
      notes.replace({ id: 'race', pk: 'p', text: 'lost', n: 9 }, first._etag, 'p'),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect((await notes.read('race', 'p'))?.text).toBe('v1');
  });

  it('When two replaces race with the same ETag, then exactly one wins', async () => {
    const doc = await notes.create({ id: 'race2', pk: 'p', text: 'v0', n: 0 });
    const results = await Promise.allSettled([
      notes.replace({ id: 'race2', pk: 'p', text: 'A', n: 1 }, doc._etag, 'p'),
      notes.replace({ id: 'race2', pk: 'p', text: 'B', n: 1 }, doc._etag, 'p'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('When querying one partition, then only that partition is returned (pk in WHERE) across pages', async () => {
    for (let i = 0; i < 7; i += 1) await notes.create({ id: `q${i}`, pk: 'query', text: `t${i}`, n: i });
    await notes.create({ id: 'other', pk: 'elsewhere', text: 'x', n: 100 });
    const rows = await notes.query(
      'SELECT * FROM c WHERE c.pk = @pk ORDER BY c.n',
      [{ name: '@pk', value: 'query' }],
      'query',
    );
    expect(rows.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('When a delete carries a stale ETag, then nothing is deleted', async () => {
    const doc = await notes.create({ id: 'del', pk: 'p', text: 'a', n: 1 });
    await notes.replace({ id: 'del', pk: 'p', text: 'b', n: 2 }, doc._etag, 'p');
    await expect(notes.delete('del', 'p', doc._etag)).rejects.toBeInstanceOf(StaleWriteError);
    expect(await notes.read('del', 'p')).toBeDefined();
    expect(await notes.delete('del', 'p')).toBe(true);
    expect(await notes.delete('del', 'p')).toBe(false);
  });

  it('When bot state is written with a stale eTag, then the write fails and the newer state stays', async () => {
    const state = new StateStore(new Documents<StateDocument>(store.container('botstate'), 'bot state'));
    const key = 'msteams/bot/conversations/a:1/with?odd#chars\\and/a-very-long-key-' + 'x'.repeat(300);
    await state.write({ [key]: { count: 1 } });
    const read1 = await state.read([key]);
    expect(read1[key]).toMatchObject({ count: 1 });
    await state.write({ [key]: { ...read1[key], count: 2 } });
    await expect(state.write({ [key]: { ...read1[key], count: 3 } })).rejects.toBeInstanceOf(StaleWriteError);
    expect((await state.read([key]))[key]).toMatchObject({ count: 2 });
    await state.delete([key]);
    expect(await state.read([key])).toEqual({});
  });

  it('When a profile unit is set, then it is stored per user', async () => {
    const profiles = new ProfileRepository(store);
    await profiles.setUnit('user-1', 'OU-TUI', new Date('2026-11-22T10:00:00Z'));
    await profiles.setUnit('user-2', 'RA-RAA', new Date('2026-11-22T10:00:00Z'));
    expect((await profiles.get('user-1'))?.unitId).toBe('OU-TUI');
    expect((await profiles.get('user-2'))?.unitId).toBe('RA-RAA');
  });

  it('When audit entries are recorded, then they list in time order for their subject only', async () => {
    const audit = new AuditRepository(store);
    await audit.record('order:1', 'a', 'x', {}, new Date('2026-01-02T00:00:00Z'));
    await audit.record('order:1', 'b', 'y', {}, new Date('2026-01-01T00:00:00Z'));
    await audit.record('order:2', 'c', 'z', {}, new Date('2026-01-01T00:00:00Z'));
    expect((await audit.list('order:1')).map((e) => e.actor)).toEqual(['b', 'a']);
  });
});
