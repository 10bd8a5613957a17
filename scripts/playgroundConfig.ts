/**
 * The Agents Playground's config file, written by `npm run playground` and by the end-to-end harness:
 * people of the demo register (the liaison and the coordinator with their Entra object ids, so Silta
 * gives them their role, docs/directory.md §7; staff members have no register row), one of them at the
 * keyboard and the others as chat members, a group chat and a team with a notice-board channel.
 */
export const PEOPLE = {
  staff: { id: 'user-staff', name: 'Olli Tilaaja', aadObjectId: '0a0a0a0a-1111-4111-8111-000000000001' },
  liaison: { id: 'user-liaison', name: 'Noora Eskola', aadObjectId: '520118f6-5108-54ae-ad12-e453ecae8d6b' },
  coordinator: {
    id: 'user-coordinator',
    name: 'Aino Ahola',
    aadObjectId: 'd9f2c053-ec66-5a22-9101-1ee88715a060',
  },
  subscriber: {
    id: 'user-subscriber',
    name: 'Tiina Tilaaja',
    aadObjectId: '0a0a0a0a-1111-4111-8111-000000000002',
  },
  other: { id: 'user-other', name: 'Matti Muu', aadObjectId: '0a0a0a0a-1111-4111-8111-000000000003' },
  fifth: { id: 'user-fifth', name: 'Eeva Viides', aadObjectId: '0a0a0a0a-1111-4111-8111-000000000004' },
} as const;

export type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

function user(p: Person, indent: string): string {
  const [given, ...rest] = p.name.split(' ');
  const mail = `${p.id}@pohde.example`;
  return [
    `${indent}id: ${p.id}`,
    `${indent}name: ${p.name}`,
    `${indent}userPrincipleName: ${mail}`,
    `${indent}aadObjectId: ${p.aadObjectId}`,
    `${indent}givenName: ${given}`,
    `${indent}surname: ${rest.join(' ')}`,
    `${indent}email: ${mail}`,
  ].join('\n');
}

/** The YAML config: `current` at the keyboard, everyone else of PEOPLE as another user. */
export function playgroundConfig(current: Person, botId: string): string {
  const others = Object.values(PEOPLE).filter((p) => p.id !== current.id);
  return [
    'version: "0.1.1"',
    'tenantId: 11111111-2222-3333-4444-555555555555',
    'bot:',
    `  id: ${botId}`,
    '  name: Silta',
    'currentUser:',
    user(current, '  '),
    'users:',
    ...others.map((p) => `  - ${user(p, '    ').trimStart()}`),
    'personalChat:',
    '  id: personal-chat-id',
    'groupChat:',
    '  id: group-chat-id',
    '  name: Tuiran tiimi',
    'team:',
    '  id: team-id',
    '  name: Tuiran hyvinvointikeskus',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    '    - id: channel-board-id',
    '      name: Ilmoitustaulu',
    '',
  ].join('\n');
}
