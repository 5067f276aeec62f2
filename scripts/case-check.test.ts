import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupFixtureVariants, FIXTURE_DIR, fixtureVariant } from "@/lib/content/test-fixture";

const ROOT = path.resolve(__dirname, "..");
const run = (...dirs: string[]) =>
  spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/case-check.ts"), ...dirs], { cwd: ROOT, encoding: "utf8" });

afterAll(cleanupFixtureVariants);

describe("npm run case:check", () => {
  it("prints the stats of a valid case and exits 0", () => {
    const r = run(FIXTURE_DIR);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("étapes : 2");
    expect(r.stdout).toContain("questions : 8 (1 QRU, 1 QRM, 1 QRP, 1 QROC, 1 numérique, 1 classement, 1 TCS, 1 zone)");
    expect(r.stdout).toContain("examens : 3 essentiels, 1 utile, 1 inutile, 1 délétère");
    expect(r.stdout).toContain("score maximal : 13 (questions 9 + examens essentiels 4)");
  }, 30_000);

  it("prints file:path — reason and exits 1 on an error", async () => {
    const dir = await fixtureVariant({ "01-accueil.yaml": [["correct: true, pmz: true", "correct: true, pmzz: true"]] });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${path.join(dir, "01-accueil.yaml")}:questions[1].options[1].pmzz — clé inconnue « pmzz »`);
  }, 30_000);
});
