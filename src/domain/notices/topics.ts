/** The one shared list of notice topics (aiheet): notices, subscriptions and NGO-team members use it. */
export const TOPICS = [
  'mielenterveys',
  'päihteet',
  'ikääntyneet',
  'muistisairaudet',
  'diabetes',
  'sydän',
  'syöpä',
  'lapsiperheet',
  'omaishoito',
  'vammaisuus',
  'maahanmuuttajat',
  'yksinäisyys',
  'nuoret',
  'liikunta',
  'ravitsemus',
  'lähisuhdeväkivalta',
] as const;
export type Topic = (typeof TOPICS)[number];

export const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);
