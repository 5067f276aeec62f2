/**
 * The leak rules on the bundled cases: (1) the findings still tolerated in accepted-leaks.ts are
 * exactly those the rules find (a fixed one must leave the list); (2) case:check refuses a copy of a
 * bundled case where a QROC answer is printed in an earlier stem, naming the file and the question,
 * although other leaks of that case are listed (the list does not hide a new one).
 */
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { ACCEPTED_BUNDLED_LEAKS, leakKey } from "@/lib/content/accepted-leaks";
import { checkCaseMarked } from "@/lib/content/check";
import { loadCaseFolder } from "@/lib/content/load";

const ROOTS: Record<string, string> = {
  "femme-41-ans-cancer-sein": "content/cases",
  "femme-75-ans-bicytopenie": "content/cases",
  "cas-sentinelle": "e2e/fixtures/cases",
};
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function stageFiles(dir: string): Promise<string[]> {
  return (parse(await readFile(path.join(dir, "case.yaml"), "utf8")) as { stages: string[] }).stages;
}

describe("leaks listed as tolerated", () => {
  it.each(Object.keys(ACCEPTED_BUNDLED_LEAKS))("%s: the list is exactly what the rules find", async (slug) => {
    const dir = path.resolve(ROOTS[slug], slug);
    const loaded = await loadCaseFolder(dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors, null, 2));
    const found = checkCaseMarked(loaded.case, await stageFiles(dir))
      .filter((m) => m.spoiler && !m.warning)
      .map((m) => leakKey(m.error));
    expect(found).toEqual(ACCEPTED_BUNDLED_LEAKS[slug]);
  }, 60_000);
});

describe("case:check on a copy of a bundled case", () => {
  it(
    "refuses a QROC answer printed in an earlier stem, naming the file and the question",
    async () => {
      const slug = "femme-41-ans-cancer-sein";
      const root = await mkdtemp(path.join(os.tmpdir(), "progressif-leak-"));
      temps.push(root);
      const dir = path.join(root, "cases", slug);
      await cp(path.resolve("content/cases", slug), dir, { recursive: true });
      await cp(path.resolve("content/sources"), path.join(root, "sources"), { recursive: true });

      // The first QROC that has a question before it; its first accepted answer goes into that stem.
      type StageDoc = { questions?: { id: string; type: string; stem: string; accepted?: string[] }[] };
      const files = await stageFiles(dir);
      const docs = await Promise.all(files.map(async (f) => parse(await readFile(path.join(dir, f), "utf8")) as StageDoc));
      const flat = docs.flatMap((d, s) => (d.questions ?? []).map((q, k) => ({ s, k, q })));
      const at = flat.findIndex((x, i) => i > 0 && x.q.type === "qroc");
      expect(at).toBeGreaterThan(0);
      const qroc = flat[at];
      const before = flat[at - 1];
      const answer = qroc.q.accepted![0];
      before.q.stem = `${before.q.stem} (indice : ${answer})`;
      await writeFile(path.join(dir, files[before.s]), stringify(docs[before.s]));

      const expected = `${files[qroc.s]}:questions[${qroc.k}].accepted[0] — réponse acceptée « ${answer} » de la question « ${qroc.q.id} » visible avant ou avec cette question (${files[before.s]}:questions[${before.k}].stem)`;
      const loaded = await loadCaseFolder(dir);
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      expect(loaded.errors.map((e) => leakKey(e))).toEqual([expected]);

      const run = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/case-check.ts", dir], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`✘ ${dir} — 1 erreur(s)`);
      expect(run.stdout).toContain(`${path.join(dir, files[qroc.s])}:questions[${qroc.k}].accepted[0] — réponse acceptée « ${answer} » de la question « ${qroc.q.id} »`);
    },
    180_000,
  );
});
