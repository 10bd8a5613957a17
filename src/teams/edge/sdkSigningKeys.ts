// The SDK's token extractor is not exported from the package index; its module is the only way in.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import type { OpenIdKeys } from './openIdKeys';

/**
 * Makes the Bot Framework SDK verify tokens with Silta's OpenIdKeys for `keys.url`. The SDK keeps one
 * OpenIdMetadata per metadata URL in a static map and fetches with no timeout, one fetch per waiting
 * request; it takes what it finds in that map, so Silta puts its own (timeout, single flight,
 * minimum refresh interval) there before the first request. test/hostile/auth.test.ts proves the SDK
 * then never fetches itself (the local metadata server counts one fetch).
 */
export function shareSigningKeys(keys: OpenIdKeys): void {
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> })
    .openIdMetadataCache;
  cache.set(keys.url, keys);
}
