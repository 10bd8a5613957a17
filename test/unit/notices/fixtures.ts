import { demoRegister } from '../../support/demoRegister';

export const units = demoRegister().units;
export const now = new Date('2026-11-22T10:00:00Z');
export const known = {
  units: new Set(units.map((u) => u.id)),
  municipalities: new Set(units.map((u) => u.municipality)),
  areas: new Set(units.map((u) => u.area)),
};
/** A valid notice form (card data). */
export const validForm = {
  title: 'Vertaisryhmä omaishoitajille',
  text: 'Uusi ryhmä alkaa **tammikuussa**.',
  ngo: 'Omaishoitajat ry',
  link: 'https://www.lahella.fi/tapahtuma/1',
  topics: 'omaishoito,ikääntyneet',
  audienceKind: 'units',
  audienceIds: 'OU-TUI,OU-KAA',
  validUntil: '2027-01-31',
};
