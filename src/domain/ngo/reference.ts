/**
 * The reference number the NGO sees and the status link's token (docs/ngo.md §3). The caller supplies
 * random bytes (the domain does no I/O); the token is never stored, only its hash is the submission's id.
 */

/** Crockford's base 32 without I, L, O, U: nothing to misread over the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "JR-7KQ4-M2XD" from 8 random bytes (40 bits: for people to quote; the status token, not this, is the key). */
export function referenceFrom(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes.slice(0, 5)) value = (value << 8n) | BigInt(byte);
  let out = '';
  for (let i = 0; i < 8; i += 1) {
    out = ALPHABET[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return `JR-${out.slice(0, 4)}-${out.slice(4)}`;
}

/** The status token: 32 random bytes as base64url (43 characters, 256 bits). */
export function tokenFrom(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
