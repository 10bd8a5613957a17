/**
 * The experience-expert register (kokemustoimijat.csv) as plain data.
 * Field names are English; comments give the Finnish column they come from.
 */

/** tila: whether the expert takes assignments now. */
export type ExpertStatus = 'aktiivinen' | 'tauolla' | 'lopettanut';

export const EXPERT_STATUSES: readonly ExpertStatus[] = ['aktiivinen', 'tauolla', 'lopettanut'];

/** An experience expert (kokemustoimija): a trained volunteer who is proposed for orders. */
export interface Expert {
  /** tunnus, e.g. "KT-001" */
  id: string;
  /** nimi */
  name: string;
  /** teemat, split on "|", e.g. ["mielenterveys", "muistisairaudet"] */
  themes: string[];
  /** kielet, split on "|", language codes in lower case, e.g. ["fi", "sv"] */
  languages: string[];
  /** alue: one of the six areas, e.g. "Oulunkaari" */
  area: string;
  /** etana ("etänä", remotely): kyllä → true, ei → false */
  remote: boolean;
  /** jarjesto, e.g. "Omaishoitajat Oulun seutu"; undefined when empty */
  organisation?: string;
  /** sahkoposti; undefined when empty */
  email?: string;
  /** puhelin; undefined when empty */
  phone?: string;
  /** suostumus_pvm: the date the expert consented to the register, ISO yyyy-mm-dd; undefined when empty */
  consentDate?: string;
  /** tila */
  status: ExpertStatus;
  /** kuvaus: a short public description the ordering team sees (plain text, one line); undefined when empty */
  description?: string;
}
