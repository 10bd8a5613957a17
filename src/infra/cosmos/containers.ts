/**
 * One container per aggregate, each with the partition key its hot reads use.
 * Keep in step with infra/main.bicep. Each one's lifetime and what enforces it: docs/data-lifetimes.md §1.
 */
export const CONTAINERS = {
  /** Bot turn state (teams-ai conversation/user state); point reads by hashed storage key. */
  botstate: { partitionKey: '/id' },
  /** The liaison register, stored as versioned snapshots: pk = "v<version>" for chunks, "pointer" for the current-version stamp. */
  register: { partitionKey: '/pk' },
  /** Per-user profile (own unit, subscribed topics); id = AAD object id. */
  profiles: { partitionKey: '/id' },
  /** Audit trail; pk = subject (e.g. "register", "order:<id>"). */
  audit: { partitionKey: '/pk' },
  /** Conversation references for proactive messages; id = hashed conversation id. */
  conversations: { partitionKey: '/id' },
  /** Experience-expert orders; pk = order id. */
  orders: { partitionKey: '/pk' },
  /** NGO notices; pk = notice id. */
  notices: { partitionKey: '/pk' },
  /** Delivery outbox; pk = notice id. */
  deliveries: { partitionKey: '/pk' },
  /** NGO submissions from the public page (docs/ngo.md §6); pk = id = hash of the status token. */
  ngoSubmissions: { partitionKey: '/pk' },
  /** Accepted NGO activities, one per unit (docs/ngo.md §6); pk = unit id (the calendar's and info screen's read). */
  ngoEvents: { partitionKey: '/pk' },
  /** Worker leases for scheduled work; id = lease name. */
  leases: { partitionKey: '/id' },
  /** Sends per conversation inside Teams' windows, shared by the instances (docs/delivery.md §4); id = hashed conversation id. */
  sendWindows: { partitionKey: '/id' },
} as const;

export type ContainerName = keyof typeof CONTAINERS;
