/**
 * An experience-expert order (kokemustoimijan tilaus, docs/orders.md §1): a team orders a
 * kokemustoimija through its centre's liaison. Themes only — never diagnoses.
 */

export const ORDER_STATES = [
  'submitted',
  'inReview',
  'moreInfoRequested',
  'rejected',
  'candidatesProposed',
  'offered',
  'confirmed',
  'held',
  'feedbackReceived',
  'closed',
  'cancelled',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

/** States in which the order is still being worked on (the orderer may cancel). */
export const OPEN_STATES: readonly OrderState[] = [
  'submitted',
  'inReview',
  'moreInfoRequested',
  'candidatesProposed',
  'offered',
  'confirmed',
];
/** States after which personal data is purged once the retention period has passed. */
export const FINISHED_STATES: readonly OrderState[] = ['rejected', 'closed', 'cancelled'];

export const PURPOSES = ['training', 'development', 'event', 'other'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const ORDER_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type OrderLanguage = (typeof ORDER_LANGUAGES)[number];
export const MODES = ['onsite', 'remote'] as const;
export type Mode = (typeof MODES)[number];

/** The 1–5 questions of the feedback forms (tilaajan ja kokemustoimijan palautelomake). */
export const FEEDBACK_QUESTIONS = ['usefulness', 'content', 'arrangements', 'recommend'] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];
/** Whose feedback: the ordering team's (tilaajan) or the expert's (kokemustoimijan, recorded by the liaison). */
export const FEEDBACK_ROLES = ['orderer', 'expert'] as const;
export type FeedbackRole = (typeof FEEDBACK_ROLES)[number];

export interface PersonRef {
  name: string;
  aadObjectId?: string;
  email?: string;
  phone?: string;
}

/** What the ordering team fills in on the order form. */
export interface OrderDetails {
  /** The ordering unit (toimipiste id); it pays the fee and travel costs. */
  unitId: string;
  contact: PersonRef;
  purpose: Purpose;
  themes: string[];
  language: OrderLanguage;
  /** Event start in Europe/Helsinki as entered, and as an instant. */
  date: string;
  time: string;
  startsAt: string;
  durationMinutes: number;
  mode: Mode;
  address?: string;
  audienceSize: number;
  description: string;
  /** kustannuspaikka */
  costCentre: string;
  otherWishes?: string;
}

export interface Feedback {
  ratings: Partial<Record<FeedbackQuestion, number>>;
  text?: string;
  at: string;
  by: string;
}

export interface Transition {
  at: string;
  by: { aadObjectId?: string; name: string };
  action: string;
  from: OrderState;
  to: OrderState;
  note?: string;
  /** The experts the step concerns (register ids): proposed, chosen, declined → next, accepted. */
  experts?: string[];
}

export interface Order {
  id: string;
  state: OrderState;
  details: OrderDetails;
  orderer: PersonRef & { aadObjectId: string };
  /** The liaisons who handle the order (the unit's centre liaisons, or the regional coordinator). */
  liaisons: PersonRef[];
  routedTo: 'centre' | 'regional';
  /** Proposed experts (ids, 1–3), in the order the liaison proposed them. */
  candidates: string[];
  /** The candidate the ordering team chose (the first one offered). */
  chosenExpertId?: string;
  /** The candidate the order is offered to now: the chosen one, or the next after a decline. */
  offeredTo?: string;
  /** Candidates who declined, in order. */
  declined: string[];
  /** The expert's contact: copied only at confirmation. */
  confirmedExpert?: { id: string; name: string; email?: string; phone?: string; organisation?: string };
  rejectionReason?: string;
  infoRequest?: string;
  feedback: Partial<Record<FeedbackRole, Feedback>>;
  history: Transition[];
  createdAt: string;
  updatedAt: string;
  /** When the order reached a finished state (rejected, closed, cancelled): the retention clock starts here. */
  closedAt?: string;
  /** Set when personal data was removed after the retention period. */
  purgedAt?: string;
  /** Where Silta posted this order's cards (opaque to the domain), so they can be updated in place. */
  messages?: OrderMessage[];
  /**
   * Set once the order was posted to its liaisons. An order without it a minute after it was created was
   * left by a process that stopped between storing and posting it: the upkeep posts it (docs/orders.md §1.2).
   */
  announced?: boolean;
}

export interface OrderMessage {
  /** Conversation key ("user:<aad>" or "conv:<id>"). */
  key: string;
  activityId: string;
  /**
   * Whose view the message shows: set for a personal chat (its one user); none for a shared message (a
   * group chat or channel), which shows the status-only view and lets each person's client fetch
   * their own view (`refresh`).
   */
  viewer?: string;
}

/** Who acts: from `from.aadObjectId` of the activity, with the coordinator role from the register. */
export interface Actor {
  aadObjectId?: string;
  name: string;
  coordinator: boolean;
  /** The scheduler (marks orders held after the event). */
  system?: boolean;
}
