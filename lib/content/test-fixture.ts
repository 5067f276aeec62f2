/** Test helper: copies the mini-case fixture to a temp folder, with text edits, for the loader tests. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const FIXTURE_DIR = path.resolve(__dirname, "../../tests/fixtures/cases/mini-case");
const FIXTURE_SOURCES = path.resolve(__dirname, "../../tests/fixtures/sources");

const created: string[] = [];

/** Removes every temp folder made by fixtureVariant (call from afterAll). */
export async function cleanupFixtureVariants(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Edits: file name → [search, replace] pairs; each search must occur, so a stale test fails loudly. */
export async function fixtureVariant(edits: Record<string, [string, string][]>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "progressif-case-"));
  created.push(root);
  const dir = path.join(root, "cases", "mini-case");
  await cp(FIXTURE_DIR, dir, { recursive: true });
  await cp(FIXTURE_SOURCES, path.join(root, "sources"), { recursive: true });
  for (const [file, pairs] of Object.entries(edits)) {
    const target = file.startsWith("sources/") ? path.join(root, file) : path.join(dir, file);
    let text = await readFile(target, "utf8");
    for (const [search, replace] of pairs) {
      if (!text.includes(search)) throw new Error(`fixture edit: « ${search} » not found in ${file}`);
      text = text.replace(search, replace);
    }
    await writeFile(target, text);
  }
  return dir;
}
