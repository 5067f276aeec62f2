/**
 * Text of a .docx file through mammoth's HTML (which keeps tables, unlike its raw text), or
 * undefined when the file is not a readable .docx.
 */
import { htmlToText } from "./html-to-text";

export async function readDocxText(bytes: Uint8Array): Promise<string | undefined> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return undefined;
  try {
    const mammoth = (await import("mammoth")).default;
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(result.value);
  } catch {
    return undefined;
  }
}
