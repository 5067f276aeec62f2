/**
 * Text layer of a PDF (pdf.js through unpdf). Lines are rebuilt from the text items; a vertical
 * gap clearly larger than the page's usual line spacing (relative to the font size) becomes a blank line (a paragraph break),
 * so headings and paragraphs survive for the section splitter; a wide horizontal blank becomes a tab
 * (table cells). Pages are separated by blank lines. The page count is checked before any page is
 * read, and pages are read one at a time until the text passes its bound.
 */
export const PDF_LIMITS = {
  /** A case report is a few pages; a page tree of thousands is a crafted file. */
  maxPages: 200,
  /** Extracted characters, all pages together (the source text is bounded lower still). */
  maxTextChars: 1_000_000,
};

export type PdfTextResult = { ok: true; text: string } | { ok: false; reason: "invalid" | "password" | "too-many-pages" | "too-much-text" };

type Item = { str: string; x: number; y: number; width: number; fontSize: number; hasEOL: boolean };
type Line = { text: string; y: number; size: number; endX: number };
type TextItem = { str?: string; transform: number[]; width: number; hasEOL: boolean };

export async function readPdfText(bytes: Uint8Array, limits = PDF_LIMITS): Promise<PdfTextResult> {
  const header = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (!header.includes("%PDF-")) return { ok: false, reason: "invalid" };
  try {
    const { getDocumentProxy } = await import("unpdf");
    // pdf.js may detach the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      if (pdf.numPages > limits.maxPages) return { ok: false, reason: "too-many-pages" };
      const pages: string[] = [];
      let chars = 0;
      for (let n = 1; n <= pdf.numPages; n++) {
        const content = await (await pdf.getPage(n)).getTextContent();
        const items: Item[] = (content.items as TextItem[])
          .filter((item) => item.str != null)
          .map((item) => ({ str: item.str!, x: item.transform[4], y: item.transform[5], width: item.width, fontSize: Math.hypot(item.transform[2], item.transform[3]), hasEOL: item.hasEOL }));
        const text = pageText(items);
        chars += text.length;
        if (chars > limits.maxTextChars) return { ok: false, reason: "too-much-text" };
        pages.push(text);
      }
      return { ok: true, text: pages.join("\n\n") };
    } finally {
      await pdf.loadingTask.destroy();
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    return { ok: false, reason: name === "PasswordException" ? "password" : "invalid" };
  }
}

function pageText(items: Item[]): string {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    const size = item.fontSize || 10;
    if (current && Math.abs(current.y - item.y) > size / 2 && current.text) {
      lines.push(current);
      current = undefined;
    }
    if (!current) current = { text: "", y: item.y, size, endX: item.x };
    // A wide blank between two pieces of a line separates table cells: keep it as a tab.
    const wideBlank = item.str.trim() === "" ? item.width > size : item.x - current.endX > size;
    current.text += wideBlank && current.text ? "\t" + item.str.trim() : item.str;
    current.endX = item.x + item.width;
    current.size = Math.max(current.size, size);
    if (item.hasEOL && current.text) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current?.text) lines.push(current);
  // Usual line advance as a multiple of the font size, from consecutive lines of the same size.
  const ratios = lines.slice(1).flatMap((line, i) => {
    const previous = lines[i];
    const gap = previous.y - line.y;
    return gap > 0 && previous.size === line.size ? [Math.round((gap / line.size) * 20) / 20] : [];
  });
  const advance = mostFrequent(ratios) ?? 1.2;
  return lines
    .map((line, i) => {
      const previous = lines[i - 1];
      const breakBefore = previous !== undefined && previous.y - line.y > 1.3 * advance * Math.max(previous.size, line.size);
      return (breakBefore ? "\n" : "") + line.text.trimEnd();
    })
    .join("\n");
}

function mostFrequent(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  return best;
}
