import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/load";
import { caseFolderFiles, caseFolderZip } from "./case-folder";
import { loadCaseZip } from "./load-case-zip";
import { isSafeZipPath, readCaseZip, ZIP_LIMITS } from "./read-case-zip";

async function load(dir: string, sourcesDir?: string) {
  const r = await loadCaseFolder(dir, sourcesDir ? { sourcesDir } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.case;
}

describe("export then import of a case folder", () => {
  it.each(["femme-41-ans-cancer-sein", "femme-75-ans-bicytopenie"])("gives back the bundled case %s identical", async (slug) => {
    const original = await load(`content/cases/${slug}`);
    const zip = caseFolderZip(original);
    const imported = await loadCaseZip(zip);
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.case).toEqual(original);
    // Byte for byte for the source document.
    expect(imported.case.sourceText).toBe(original.sourceText);
  });

  it("round-trips the end-to-end sentinel case and the mini-case (every question type)", async () => {
    for (const [dir, sources] of [
      ["e2e/fixtures/cases/cas-sentinelle", "e2e/fixtures/sources"],
      ["tests/fixtures/cases/mini-case", "tests/fixtures/sources"],
    ]) {
      const original = await load(dir, sources);
      const imported = await loadCaseZip(caseFolderZip(original));
      if (!imported.ok) throw new Error(imported.message);
      expect(imported.case).toEqual(original);
    }
  });

  it("writes case.yaml, one file per stage and the source text", async () => {
    const original = await load("content/cases/femme-41-ans-cancer-sein");
    const paths = caseFolderFiles(original).map((f) => f.path);
    expect(paths[0]).toBe("case.yaml");
    expect(paths.filter((p) => p.startsWith("stages/"))).toHaveLength(original.stages.length);
    expect(paths).toContain(`sources/${original.source.file}`);
  });

  it("accepts a root-level case.yaml and the content/ layout", async () => {
    const original = await load("content/cases/femme-41-ans-cancer-sein");
    const files = caseFolderFiles(original);
    const rootLevel = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)])));
    const a = await loadCaseZip(rootLevel);
    expect(a.ok && a.case.stages).toEqual(original.stages);
    const contentLayout = zipSync(
      Object.fromEntries(files.map((f) => [f.path.startsWith("sources/") ? f.path : `cases/mon-cas/${f.path}`, strToU8(f.content)])),
    );
    const b = await loadCaseZip(contentLayout);
    expect(b.ok && b.case.slug).toBe("mon-cas");
  });

  it("imports a case published with a spoiler warning, and returns the warning (case:check still refuses it)", async () => {
    const original = await load("content/cases/femme-41-ans-cancer-sein");
    const spoiler = original.spoilers[0];
    expect(spoiler).toBeDefined();
    // The diagnosis named in stage 1's narrative: a warning in the editor, so it may have been published.
    const spoiled = { ...original, stages: original.stages.map((s, i) => (i === 0 ? { ...s, narrative: `${s.narrative}\n\nÉvoque : ${spoiler.term}.` } : s)) };
    const imported = await loadCaseZip(caseFolderZip(spoiled));
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.case).toEqual(spoiled);
    expect(imported.warnings.length).toBeGreaterThan(0);
    expect(imported.warnings[0].file).toMatch(/^stages\//);
    const bundled = await loadCaseZip(caseFolderZip(original));
    // The bundled case itself brings only its leak findings still listed in lib/content/accepted-leaks.ts
    // and right-option warnings (content under revision), never the spoiler.
    const left = bundled.ok ? bundled.warnings : [];
    expect(left.every((w) => /visible avant/.test(w.message) && !w.message.includes(spoiler.term))).toBe(true);
    expect(imported.warnings.length).toBeGreaterThan(left.length);
  });

  it("refuses an invalid case with the loader's errors", async () => {
    const original = await load("content/cases/femme-41-ans-cancer-sein");
    const files = caseFolderFiles(original).map((f) => (f.path === "case.yaml" ? { ...f, content: f.content.replace(/^title: .*$/m, "title: 12") } : f));
    const r = await loadCaseZip(zipSync(Object.fromEntries(files.map((f) => [`x/${f.path}`, strToU8(f.content)]))));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/case\.yaml.*title/);
  });

  it("refuses an archive without case.yaml, or with several cases", async () => {
    const none = await loadCaseZip(zipSync({ "a.txt": strToU8("bonjour") }));
    expect(none).toMatchObject({ ok: false, code: "layout" });
    const two = await loadCaseZip(zipSync({ "a/case.yaml": strToU8("x: 1"), "b/case.yaml": strToU8("x: 1") }));
    expect(two).toMatchObject({ ok: false, code: "layout" });
  });
});

describe("readCaseZip refuses dangerous archives", () => {
  it("checks paths", () => {
    expect(isSafeZipPath("cas/case.yaml")).toBe(true);
    expect(isSafeZipPath("cas/stages/")).toBe(true);
    for (const bad of ["../x", "cas/../../etc/passwd", "/etc/passwd", "C:/x", "cas\\..\\x", "a//b", "./a", "a/\u0000"]) expect(isSafeZipPath(bad)).toBe(false);
  });

  it("refuses an entry with .. in its path", () => {
    const zip = zipSync({ "cas/case.yaml": strToU8("a"), "cas/../../evil.txt": strToU8("x") });
    expect(readCaseZip(zip)).toMatchObject({ ok: false, code: "bad-path" });
  });

  it("refuses too many entries", () => {
    const entries = Object.fromEntries(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => [`cas/f${i}.txt`, strToU8("x")]));
    expect(readCaseZip(zipSync(entries))).toMatchObject({ ok: false, code: "too-many-entries" });
  });

  it("refuses a zip bomb by its uncompressed size, before inflating it", () => {
    const big = new Uint8Array(ZIP_LIMITS.maxEntryBytes + 1);
    const zip = zipSync({ "cas/case.yaml": big }, { level: 9 });
    expect(zip.length).toBeLessThan(20_000);
    expect(readCaseZip(zip)).toMatchObject({ ok: false, code: "entry-too-large" });
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`cas/f${i}.bin`, new Uint8Array(ZIP_LIMITS.maxEntryBytes)]));
    expect(readCaseZip(zipSync(many, { level: 9 }))).toMatchObject({ ok: false, code: "too-large" });
  });

  it("does not let a lying size header inflate more than it declares", () => {
    const zip = zipSync({ "cas/a.txt": new Uint8Array(100_000).fill(65) }, { level: 9 });
    // Patch the central directory's uncompressed size of the entry down to 10 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let cd = -1;
    for (let i = zip.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) cd = i;
    view.setUint32(cd + 24, 10, true);
    const r = readCaseZip(zip);
    expect(r.ok && r.files.get("cas/a.txt")!.length).toBeLessThanOrEqual(10);
  });

  it("refuses what is not a zip, an empty file and an oversized one", () => {
    expect(readCaseZip(strToU8("bonjour, je ne suis pas une archive"))).toMatchObject({ ok: false, code: "not-zip" });
    expect(readCaseZip(new Uint8Array(0))).toMatchObject({ ok: false, code: "empty" });
    expect(readCaseZip(new Uint8Array(ZIP_LIMITS.maxZipBytes + 1))).toMatchObject({ ok: false, code: "too-large" });
  });
});
