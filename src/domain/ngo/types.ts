/** NGO submissions (järjestön yhteydenotto) as plain data: docs/ngo.md. */
import type { Topic } from '../notices/topics';

/** What the NGO offers or asks (docs/ngo.md §1). */
export const SUBMISSION_KINDS = ['activity', 'material', 'cooperation'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** An activity at a centre: a group, counselling hours, a presentation, an event. */
export const ACTIVITY_TYPES = ['group', 'counselling', 'presentation', 'event'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** One-off, or the same weekday and hours every week, every other week or every four weeks. */
export const RECURRENCES = ['once', 'weekly', 'biweekly', 'fourWeekly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const SUBMISSION_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type SubmissionLanguage = (typeof SUBMISSION_LANGUAGES)[number];

/** Where the NGO wants to act: one unit from the register, or a whole municipality. */
export type Place = { kind: 'unit'; unitId: string } | { kind: 'municipality'; municipality: string };

/** How many centres or municipalities one submission may name (docs/ngo.md §2). */
export const MAX_PLACES = 3;

/** When the activity takes place, in Helsinki wall-clock time (yyyy-mm-dd, hh:mm). */
export interface Schedule {
  activityType: ActivityType;
  recurrence: Recurrence;
  firstDate: string;
  /** The last date of a recurring activity; equals `firstDate` for a one-off. */
  lastDate: string;
  startTime: string;
  endTime: string;
}

/** A submission as the NGO filled it in, validated (docs/ngo.md §2). */
export interface SubmissionForm {
  organisation: string;
  contactName: string;
  email: string;
  phone: string;
  kind: SubmissionKind;
  title: string;
  description: string;
  topics: Topic[];
  /** One to MAX_PLACES distinct places, in the order chosen. */
  places: Place[];
  /** Present when kind = activity. */
  schedule?: Schedule;
  /** An https link to the activity on Lähellä.fi. */
  lahellaUrl?: string;
  language: SubmissionLanguage;
}

/** A submission's state (docs/ngo.md §4). Only `accepted` reaches staff calendars and screens. */
export type SubmissionState = 'received' | 'moreInfo' | 'accepted' | 'notice' | 'declined';

/** A person the submission is routed to (from the register). */
export interface LiaisonRef {
  name: string;
  email?: string;
  aadObjectId?: string;
}

/** A submission as stored: the form, who handles it, and the decision. */
export interface Submission {
  /** The hash of the status link's token: the token itself is never stored. */
  id: string;
  /** The reference number the NGO sees, e.g. "JR-7KQ4-M2XD". */
  reference: string;
  state: SubmissionState;
  form: SubmissionForm;
  liaisons: LiaisonRef[];
  routedTo: 'centre' | 'regional' | 'county' | 'none';
  /** 1 when received, one more with every decision: a card carries the version it shows. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** When the last decision was made, and the reason given to the NGO (declined, more info). */
  decidedAt?: string;
  reason?: string;
  /** Whether an accepted activity is shown on the unit's info screen. */
  onInfoScreen?: boolean;
}

/**
 * An accepted activity as published to the unit's calendar and info screen (docs/ngo.md §4): only what
 * the NGO published (no contact person). One per accepted submission, keyed by its place.
 */
export interface NgoEvent {
  /** The submission's id. */
  id: string;
  /** The unit id, or "kunta:<municipality>" for a whole municipality. */
  placeKey: string;
  organisation: string;
  title: string;
  description: string;
  topics: Topic[];
  schedule: Schedule;
  lahellaUrl?: string;
  onInfoScreen: boolean;
  acceptedAt: string;
}

export const placeKeyOf = (place: Place): string =>
  place.kind === 'unit' ? place.unitId : `kunta:${place.municipality}`;

/**
 * The events an accepted activity publishes: one in each chosen place (docs/ngo.md §4); none for
 * material and cooperation requests.
 */
export function eventsOf(submission: Submission): NgoEvent[] {
  const { form } = submission;
  if (submission.state !== 'accepted' || !form.schedule) return [];
  const schedule = form.schedule;
  return form.places.map((place) => ({
    id: submission.id,
    placeKey: placeKeyOf(place),
    organisation: form.organisation,
    title: form.title,
    description: form.description,
    topics: form.topics,
    schedule,
    ...(form.lahellaUrl ? { lahellaUrl: form.lahellaUrl } : {}),
    onInfoScreen: submission.onInfoScreen ?? false,
    acceptedAt: submission.decidedAt ?? submission.updatedAt,
  }));
}
