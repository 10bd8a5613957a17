import { createHash } from 'node:crypto';
import type { CosmosStore } from '../cosmos/store';
import { Documents } from '../cosmos/documents';
import { DuplicateError, StaleWriteError } from '../cosmos/errors';
import { longest, waitWithin, type Window } from './rateLimiter';

/** The sends to one conversation still inside its longest window, in the `sendWindows` container. */
interface ConversationSends {
  id: string;
  kind: 'conversationSends';
  /** Epoch ms of each send slot taken, oldest first. */
  sends: number[];
  /** Azure deletes the document once its longest window has passed (seconds). */
  ttl: number;
}

interface Known {
  etag: string;
  sends: number[];
}

const PREFIX = 'conversation-sends:';
/** Tries of one slot against other instances' writes before waiting a moment. */
const RACES = 4;

/**
 * The per-conversation limits kept for all instances together (docs/delivery.md §4): a send slot is
 * taken by adding its time to the conversation's document with a conditional write (IfMatch, or a
 * create for a conversation with none), so of two instances racing for the last slot of a window one
 * wins and the other waits. What this instance last read or wrote is kept as a hint: the usual slot
 * costs one write, and a conversation known to be full costs none until its window frees.
 *
 * A slot is its time, taken before the write and the send: each window is kept `marginMs` wider than
 * the limit says, and a slot not used within `marginMs` (a slow write, a lease renewal) is left unused.
 * So the sends themselves, not only their slots, stay within every window. A write whose answer is
 * lost may have taken the slot; it is not used either: the limits can only be undershot.
 */
export class ConversationWindows {
  private readonly docs: Documents<ConversationSends>;
  private readonly known = new Map<string, Known>();
  private readonly windows: readonly Window[];
  private readonly longestMs: number;

  constructor(
    store: CosmosStore,
    limits: readonly Window[],
    /** How long after its slot a send may start. */
    readonly marginMs = 500,
    /** Conversations whose last state is remembered (a broadcast touches thousands once each). */
    private readonly remember = 2_000,
  ) {
    this.docs = new Documents<ConversationSends>(store.container('sendWindows'), 'conversation sends');
    this.windows = limits.map((w) => ({ limit: w.limit, ms: w.ms + marginMs }));
    this.longestMs = longest(this.windows);
  }

  /** How long, as far as this instance knows, until the conversation has a free slot (0: try now). */
  hint(conversation: string, now: number): number {
    const known = this.known.get(idOf(conversation));
    return known ? waitWithin(this.within(known.sends, now), this.windows, now) : 0;
  }

  /**
   * Takes one send slot of the conversation at `now`: 0 when taken (send now), else the wait in ms
   * with nothing taken. Throws when storage fails (send nothing then).
   */
  async take(conversation: string, now: number): Promise<number> {
    const id = idOf(conversation);
    let known = this.known.get(id);
    for (let race = 0; race < RACES; race += 1) {
      const sends = this.within(known?.sends ?? [], now);
      const wait = waitWithin(sends, this.windows, now);
      if (wait > 0) return wait;
      const doc: ConversationSends = {
        id,
        kind: 'conversationSends',
        sends: [...sends, now].sort((a, b) => a - b),
        ttl: Math.ceil(this.longestMs / 1000) + 60,
      };
      try {
        const stored = known ? await this.docs.replace(doc, known.etag) : await this.docs.create(doc);
        this.keep(id, { etag: stored._etag, sends: doc.sends });
        return 0;
      } catch (error) {
        this.known.delete(id);
        if (!(error instanceof StaleWriteError || error instanceof DuplicateError)) throw error;
        // another instance wrote first: read what it holds now
        const fresh = await this.docs.read(id);
        known = fresh ? { etag: fresh._etag, sends: fresh.sends ?? [] } : undefined;
        if (known) this.keep(id, known);
      }
    }
    return 50;
  }

  /** The sends inside the longest window, oldest first (other instances' clocks may differ a little). */
  private within(sends: readonly number[], now: number): number[] {
    return sends.filter((t) => t > now - this.longestMs).sort((a, b) => a - b);
  }

  private keep(id: string, known: Known): void {
    this.known.delete(id);
    this.known.set(id, known);
    if (this.known.size > this.remember) this.known.delete(this.known.keys().next().value!);
  }
}

/** Conversation ids may hold characters a Cosmos id may not ('/', '?', '#'). */
const idOf = (conversation: string) =>
  `${PREFIX}${createHash('sha256').update(conversation).digest('hex').slice(0, 40)}`;
