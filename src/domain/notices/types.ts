/** An NGO notice (järjestötiedote) that a liaison forwards to the staff whose work it concerns. */
import type { Topic } from './topics';

export const AUDIENCE_KINDS = ['units', 'municipalities', 'areas', 'county'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

export interface Audience {
  kind: AudienceKind;
  /** Unit ids, municipality names or area names; empty for the whole county. */
  ids: string[];
}

export type NoticeState = 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled';

export interface Notice {
  id: string;
  state: NoticeState;
  title: string;
  /** Teams markdown subset (bold, italics, links, lists). */
  text: string;
  ngo: string;
  link?: string;
  imageUrl?: string;
  topics: Topic[];
  targetGroups?: string;
  /** Recipients are asked to acknowledge it ("Kuittaa luetuksi", docs/notices.md §7). */
  askAcknowledgement?: boolean;
  /** After this many days from sending, the sender may remind those who have not read (or acknowledged) it. */
  remindAfterDays?: number;
  /** Set on a reminder: the notice it reminds of (the reminder is a short notice of its own). */
  remindsOf?: string;
  /** Also shown on the info screens of the audience's units while valid (docs/ngo.md §8). */
  onInfoScreen?: boolean;
  audience: Audience;
  /** yyyy-mm-dd (Europe/Helsinki) */
  validUntil: string;
  /** When to send: an instant; undefined = now. */
  sendAt?: string;
  sender: { aadObjectId: string; name: string };
  createdAt: string;
  updatedAt: string;
  /** Set when sending started. */
  startedAt?: string;
  /** A reminder that created this notice (recurring reminders run on the same engine). */
  reminderId?: string;
  /** Where the sender's report card is (opaque to the domain), so progress can update it in place. */
  reportMessage?: { key: string; activityId: string };
  /** Sent, but the report card has not yet been shown its final figures (docs/delivery.md §6). */
  finalReportPending?: boolean;
}

/** Where one recipient's delivery of a notice stands. */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable';

/** A notice's deliveries counted by state: what the sender's report card shows. */
export type DeliveryProgress = Record<DeliveryState, number> & { total: number };
