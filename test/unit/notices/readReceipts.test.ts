import { isReadBy, readRate } from '../../../src/domain/notices';

describe('Read receipts: which messages a receipt covers', () => {
  it('When the message id is at or before the last read one, then it is read; numbers compare as numbers', () => {
    expect(isReadBy('1764000000001', '1764000000001')).toBe(true);
    expect(isReadBy('1764000000001', '1764000000002')).toBe(true);
    expect(isReadBy('1764000000002', '1764000000001')).toBe(false);
    // As strings "999" > "1000"; as message times it is earlier.
    expect(isReadBy('999', '1000')).toBe(true);
    expect(isReadBy('99999999999999999998', '99999999999999999999')).toBe(true);
  });

  it('When either id is missing or not a number, then nothing is read', () => {
    for (const [id, last] of [
      [undefined, '1'],
      ['1', undefined],
      ['', '1'],
      ['activity-1', '2'],
      ['1', '2;messageid=3'],
      ['-1', '2'],
      ['1.5', '2'],
    ] as const)
      expect(isReadBy(id, last)).toBe(false);
  });

  it('When the read rate is asked, then it is whole percent of the people reached, none for nobody', () => {
    expect(readRate({ people: 3, read: 2, acknowledged: 0 })).toBe(67);
    expect(readRate({ people: 0, read: 0, acknowledged: 0 })).toBeUndefined();
  });
});
