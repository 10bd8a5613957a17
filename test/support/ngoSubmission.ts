import type { Submission } from '../../src/domain/ngo';

/**
 * An NGO's submission as stored: a one-off group at the Tuira centre on `date`, received, version 1,
 * routed to no liaison; `over` replaces whole fields (liaisons, state, times, form …).
 */
export function ngoSubmission(over: Partial<Submission> = {}, date = '2026-12-01'): Submission {
  return {
    id: 'f'.repeat(64),
    reference: 'JR-0000-0000',
    state: 'received',
    version: 1,
    liaisons: [],
    routedTo: 'centre',
    createdAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
    form: {
      organisation: 'Yhdistys ry',
      contactName: 'Maija Meikäläinen',
      email: 'maija@example.fi',
      phone: '',
      kind: 'activity',
      title: 'Ryhmä',
      description: 'Kuvaus',
      topics: [],
      places: [{ kind: 'unit', unitId: 'OU-TUI' }],
      schedule: {
        activityType: 'group',
        recurrence: 'once',
        firstDate: date,
        lastDate: date,
        startTime: '10:00',
        endTime: '11:00',
      },
      language: 'fi',
    },
    ...over,
  };
}
