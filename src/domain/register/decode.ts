import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeBytes(bytes: Uint8Array): string {
  // Excel's "Unicode text" export is UTF-16 with a BOM.
  if (startsWith(bytes, [0xff, 0xfe])) return iconv.decode(asBuffer(bytes), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return iconv.decode(asBuffer(bytes), 'utf-16be');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Not valid UTF-8: an older Excel saves "CSV (semicolon separated)" in Windows-1252. Not the
    // built-in TextDecoder('windows-1252'): Node 20 (since 20.18.3) decodes 0x80–0x9F (€ „ “ –) as
    // Latin-1 control characters (nodejs/node#60888); Node 22 does not. decode.test.ts checks those bytes.
    return iconv.decode(asBuffer(bytes), 'win1252');
  }
}

/**
 * The text of an uploaded CSV: UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1252.
 * The BOM is dropped and CRLF / CR line ends become LF.
 */
export function decodeCsv(bytes: Uint8Array): string {
  return decodeBytes(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}
