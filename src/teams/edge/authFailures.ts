import type { Activity } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Logger } from 'pino';
import { checkBearer } from './bearerToken';
import { MetadataUnavailable, type OpenIdKeys } from './openIdKeys';
import type { TurnRunner, Authenticated } from './turnRunner';
import { logError } from '../../domain/errors';

/** At most this many AUTH_REFUSED lines per window; the rest are counted in one line. */
const LOG_BURST = 20;
const LOG_WINDOW_MS = 10_000;

export type AuthOutcome =
  | { kind: 'ok'; result: Authenticated }
  | { kind: 'refused'; status: 401 | 503; code: 'UNAUTHORIZED' | 'AUTH_UNAVAILABLE' };

/**
 * Authentication at the edge: every failure is a bare 401 (503 while Bot Framework's signing keys have
 * never been fetched: still refused, and Bot Framework retries) and one structured log line with the
 * request's correlation id and the reason, never the token. A flood of forged tokens logs at most
 * LOG_BURST lines per ten seconds.
 */
export class Authenticator {
  private logged = 0;
  private suppressed = 0;
  private windowStart = 0;

  constructor(
    private readonly runner: TurnRunner,
    private readonly log: Logger,
    /** undefined = anonymous mode (local only): the SDK's own anonymous claims. */
    private readonly bot?: { appId: string; keys: OpenIdKeys },
  ) {}

  async authenticate(
    activity: Activity,
    header: string | undefined,
    correlationId: string,
  ): Promise<AuthOutcome> {
    try {
      if (this.bot) {
        const verdict = await checkBearer(header, this.bot.keys, {
          audience: this.bot.appId,
          issuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          nowMs: Date.now(),
        });
        if (verdict.kind !== 'ok') return this.refuse(correlationId, verdict.reason);
      }
      return { kind: 'ok', result: await this.runner.authenticate(activity, header ?? '') };
    } catch (error) {
      if (error instanceof MetadataUnavailable) {
        this.note(correlationId, 'metadata-unreachable');
        return { kind: 'refused', status: 503, code: 'AUTH_UNAVAILABLE' };
      }
      // The SDK's own checks (endorsements, serviceUrl claim): its message goes to the log only.
      return this.refuse(correlationId, `sdk: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private refuse(correlationId: string, reason: string): AuthOutcome {
    this.note(correlationId, reason);
    return { kind: 'refused', status: 401, code: 'UNAUTHORIZED' };
  }

  private note(correlationId: string, reason: string): void {
    const now = Date.now();
    if (now - this.windowStart >= LOG_WINDOW_MS) {
      if (this.suppressed > 0)
        logError(this.log, 'warn', 'AUTH_REFUSED_SUPPRESSED', { suppressed: this.suppressed });
      this.windowStart = now;
      this.logged = 0;
      this.suppressed = 0;
    }
    if (this.logged >= LOG_BURST) {
      this.suppressed += 1;
      return;
    }
    this.logged += 1;
    logError(this.log, 'warn', 'AUTH_REFUSED', { correlationId, reason });
  }
}
