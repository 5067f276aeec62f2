/**
 * Decodes a plain-text file: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 when
 * the bytes are not valid UTF-8 (files saved by older Windows editors). Returns undefined for
 * binary content (NUL bytes in a file without a UTF-16 BOM).
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
