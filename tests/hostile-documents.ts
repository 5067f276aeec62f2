/**
 * Hostile uploads, built in memory (nothing large is committed): the documents an outside probe
 * used to stall the server. Shared by the unit tests and `npm run bench:hostile`.
 */
import { deflateSync, strToU8, zipSync } from "fflate";

/** A .docx of about 50 KB–150 KB whose document.xml inflates to `inflatedMb` MB. */
export function zipBombDocx(inflatedMb = 50): Uint8Array {
  const paragraph = "<w:p><w:r><w:t>Hémoglobine 9,8 g/dL</w:t></w:r></w:p>";
  const body = paragraph.repeat(Math.ceil((inflatedMb * 1024 * 1024) / paragraph.length));
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync(
    {
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      "word/document.xml": strToU8(xml),
    },
    { level: 6 },
  );
}

/** A .docx with `entries` tiny entries (a central directory far larger than any Word file's). */
export function manyEntriesDocx(entries = 5000): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < entries; i++) files[`word/part${i}.xml`] = strToU8("<a/>");
  return zipSync(files, { level: 0 });
}

/**
 * A PDF of a few hundred bytes whose page tree is a DAG: each level lists the same node ten
 * times, so `levels` levels declare 10^levels pages, all drawn from one content stream.
 */
export function pageTreeBombPdf(levels = 9): Uint8Array {
  const objects: string[] = [];
  const content = "BT /F1 12 Tf 72 720 Td (Observation clinique) Tj ET";
  objects.push("<< /Type /Catalog /Pages 3 0 R >>"); // 1
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`); // 2
  // 3 .. 3+levels-1: Pages nodes; the last level's kids are the single page (after them).
  const page = 3 + levels;
  for (let level = 0; level < levels; level++) {
    const id = 3 + level;
    const child = level === levels - 1 ? page : id + 1;
    const count = 10 ** (levels - level);
    objects.push(`<< /Type /Pages /Kids [${Array(10).fill(`${child} 0 R`).join(" ")}] /Count ${count} >>`);
  }
  objects.push(`<< /Type /Page /Parent ${3 + levels - 1} 0 R /MediaBox [0 0 612 792] /Contents 2 0 R /Resources << /Font << /F1 ${page + 1} 0 R >> >> >>`);
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

/** A PDF whose one content stream inflates to `inflatedMb` MB of text-drawing operators. */
export function streamBombPdf(inflatedMb = 64): Uint8Array {
  const ops = "BT /F1 1 Tf 0 0 Td (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj ET\n";
  const raw = deflateSync(strToU8(ops.repeat(Math.ceil((inflatedMb * 1024 * 1024) / ops.length))), { level: 9 });
  const head = "%PDF-1.4\n";
  const parts: (string | Uint8Array)[] = [head];
  const offsets: number[] = [];
  let length = head.length;
  const add = (part: string | Uint8Array) => {
    parts.push(part);
    length += typeof part === "string" ? part.length : part.length;
  };
  const objects: (string | [string, Uint8Array, string])[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    [`<< /Length ${raw.length} /Filter /FlateDecode >>\nstream\n`, raw, "\nendstream"],
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  objects.forEach((body, i) => {
    offsets.push(length);
    add(`${i + 1} 0 obj\n`);
    if (typeof body === "string") add(body);
    else body.forEach(add);
    add("\nendobj\n");
  });
  const xref = length;
  add(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`);
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    const bytes = typeof part === "string" ? new Uint8Array([...part].map((c) => c.charCodeAt(0))) : part;
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/** A case-folder zip whose case.yaml is `yaml`. */
export function caseZipWithYaml(yaml: string): Uint8Array {
  return zipSync({ "bombe/case.yaml": strToU8(yaml), "bombe/stages/s1.yaml": strToU8("id: s1\n") }, { level: 6 });
}

/** "Billion laughs": nine levels of ten aliases each. */
export function aliasBombYaml(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(",")}]`);
  }
  return `${lines.join("\n")}\ntitle: *i\n`;
}

/** Flow collections nested `depth` deep. */
export function deepYaml(depth = 20000): string {
  return `title: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
}
