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
  /** Worker leases for scheduled work; id = lease name. */
  leases: { partitionKey: '/id' },
} as const;

export type ContainerName = keyof typeof CONTAINERS;
