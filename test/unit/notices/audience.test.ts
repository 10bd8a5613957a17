import { resolveAudience, type AudienceSources } from '../../../src/domain/notices';
import { units } from './fixtures';

const none: AudienceSources = { units, subscriptions: [], teamMembers: [], noticeBoards: [] };
const tuiraOmaishoito = {
  topics: ['omaishoito' as const],
  audience: { kind: 'units' as const, ids: ['OU-TUI'] },
};

describe('Audience resolution', () => {
  it('When a user is in an audience unit and shares a topic (or took all topics), then they receive it', () => {
    const recipients = resolveAudience(tuiraOmaishoito, {
      ...none,
      subscriptions: [
        { aadObjectId: 'A', unitId: 'OU-TUI', topics: ['omaishoito', 'syöpä'] },
        { aadObjectId: 'B', unitId: 'OU-TUI', topics: ['syöpä'] },
        { aadObjectId: 'C', unitId: 'OU-KAA', topics: ['omaishoito'] },
        { aadObjectId: 'D', unitId: 'OU-TUI', topics: [], allTopics: true },
        { aadObjectId: 'E', topics: ['omaishoito'] },
      ],
    });
    expect(recipients).toEqual([
      { key: 'user:a', kind: 'user', reason: 'subscription' },
      { key: 'user:d', kind: 'user', reason: 'subscription' },
    ]);
  });

  it('When a person is reached several ways, then they are listed once, by the first reason (team before subscription)', () => {
    const recipients = resolveAudience(tuiraOmaishoito, {
      ...none,
      teamMembers: [{ aadObjectId: 'E', unitId: 'OU-TUI', topics: [] }],
      subscriptions: [
        { aadObjectId: 'e', unitId: 'OU-TUI', topics: ['omaishoito'] },
        { aadObjectId: 'E', unitId: 'OU-TUI', topics: [], allTopics: true },
      ],
      noticeBoards: [
        { unitId: 'OU-TUI', conversationId: '19:tuira@thread.tacv2' },
        { unitId: 'OU-TUI', conversationId: '19:tuira@thread.tacv2' },
      ],
    });
    expect(recipients).toEqual([
      { key: 'user:e', kind: 'user', reason: 'ngoTeam' },
      { key: 'conv:19:tuira@thread.tacv2', kind: 'board', reason: 'noticeBoard' },
    ]);
  });

  it('When NGO-team members have topics, then only those; with none, then every notice of their unit', () => {
    const recipients = resolveAudience(tuiraOmaishoito, {
      ...none,
      teamMembers: [
        { aadObjectId: 'diabeteshoitaja', unitId: 'OU-TUI', topics: ['diabetes'] },
        { aadObjectId: 'hyte', unitId: 'OU-TUI', topics: [] },
        { aadObjectId: 'muualla', unitId: 'OU-KAA', topics: [] },
      ],
    });
    expect(recipients.map((r) => r.key)).toEqual(['user:hyte']);
  });

  it("When a unit's notice board is registered, then the channel gets notices for that unit only", () => {
    const recipients = resolveAudience(tuiraOmaishoito, {
      ...none,
      noticeBoards: [
        { unitId: 'OU-TUI', conversationId: 'board-tuira' },
        { unitId: 'OU-KAA', conversationId: 'board-kaakkuri' },
      ],
    });
    expect(recipients).toEqual([{ key: 'conv:board-tuira', kind: 'board', reason: 'noticeBoard' }]);
  });

  it('When a municipality, an area or the county is the audience, then its units count', () => {
    const subscriptions = [
      { aadObjectId: 'kempele', unitId: 'KE-KEM', topics: ['diabetes'] },
      { aadObjectId: 'tuira', unitId: 'OU-TUI', topics: ['diabetes'] },
    ];
    const keys = (audience: { kind: 'areas' | 'municipalities' | 'county'; ids: string[] }) =>
      resolveAudience({ topics: ['diabetes'], audience }, { ...none, subscriptions }).map((r) => r.key);
    expect(keys({ kind: 'areas', ids: ['Lakeus'] })).toEqual(['user:kempele']);
    expect(keys({ kind: 'municipalities', ids: ['Oulu'] })).toEqual(['user:tuira']);
    expect(keys({ kind: 'county', ids: [] })).toEqual(['user:kempele', 'user:tuira']);
  });
});
