/** What the directory answers with, and the index it answers from. */
import type { PhraseIndex } from './phraseIndex';
import type { LiaisonAssignment, LiaisonLevel, Register, Unit } from './types';

/** A person as an answer shows them. */
export interface Person {
  name: string;
  title: string;
  email: string;
  phone: string;
  aadObjectId?: string;
  /** Set when this person stands in for someone (huomautus "sijainen: NAME"). */
  substituteFor?: string;
  /** Any other note from the register (e.g. "perhevapaalla 1.6.2026–31.5.2027"). */
  note?: string;
}

/**
 * Place names read with typo correction ("Kempleen" → Kempele), so the answer can say what it
 * understood; absent when every place was written as the register writes it.
 */
export interface Interpretation {
  corrected?: string[];
  /** Places outside the county the question also named, when the answer is about a county place. */
  outside?: string[];
}

export type DirectoryAnswer = Interpretation &
  (
    | {
        kind: 'unit';
        unit: Unit;
        /** The people who answer for the unit: its centre liaisons, or for a hospital the service-area liaison. */
        liaisons: Person[];
        liaisonRole: 'centre' | 'serviceArea';
        serviceArea?: string;
        /** True when the unit has no liaison of its own today: the regional coordinator is the contact. */
        noCentreLiaison: boolean;
        municipal: Person[];
        regional: Person[];
        /** Other units in the same municipality, offered as buttons. */
        otherUnits: Unit[];
      }
    | { kind: 'level'; level: LiaisonLevel; scope: string; people: Person[] }
    | { kind: 'choose'; scope: string; options: Unit[] }
    /** A word that names more than one service area (neuvola): which one? (docs/directory.md §6) */
    | { kind: 'chooseScope'; level: LiaisonLevel; options: string[] }
    | {
        kind: 'outside';
        /** The place, or with otherCounty the other county's region (Finnish name, counties.ts). */
        place: string;
        otherCounty?: boolean;
        coordinator: Person[];
      }
    | { kind: 'needMyUnit' }
    | { kind: 'notFound'; unknown: string; suggestions: Unit[] }
  );

/** The register prepared for answering: built once per register version, read many times. */
export interface DirectoryIndex {
  register: Register;
  units: ReadonlyMap<string, Unit>;
  /** Assignment rows by level, in register order. */
  byLevel: ReadonlyMap<LiaisonLevel, readonly LiaisonAssignment[]>;
  /** Units by the postal codes they serve (postinumerot). */
  unitsByPostalCode: ReadonlyMap<string, readonly Unit[]>;
  /** Units by folded municipality name. */
  unitsByMunicipality: ReadonlyMap<string, readonly Unit[]>;
  /** Municipalities of the county (Finnish names), from units and municipal rows. */
  municipalities: ReadonlySet<string>;
  /** The same and their Swedish names, folded (placeKey): what "ours" means for Finland's places. */
  inCounty: ReadonlySet<string>;
  phrases: PhraseIndex;
  /** Folded place words of each unit (name head, aliases, municipality), for "did you mean" suggestions. */
  unitWords: ReadonlyArray<{ word: string; unitId: string }>;
}

export interface AnswerOptions {
  /** Today's date in Europe/Helsinki, yyyy-mm-dd: only rows valid today count. */
  today: string;
  /** The asking user's own unit, when known. */
  myUnitId?: string;
}
