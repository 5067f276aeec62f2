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
    // Blind attempt: essentials 4 − unnecessary 0.5 − harmful 1 = 2.5 of 13 → 3.85/20, within the fixture's own limit of 4.
    expect(r.stdout).toContain("évaluation : tout commander sans répondre 3,85/20 (≤ 4) ; examens 30,77 % du maximum (≤ 35 %) ; PMZ 1 (≤ 4) ; inacceptables 1");
    expect(r.stdout).toContain("limites propres au cas : Fixture de test");
  }, 30_000);

  it("fails a case whose assessment figures exceed the default limits", async () => {
    const dir = await fixtureVariant({ "case.yaml": [["  blindMarkMax: 4\n", ""]] });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${path.join(dir, "case.yaml")} — tout commander sans répondre rapporte 3,85/20 (limite 3/20)`);
    expect(r.stdout).toContain("0/1 cas valides.");
  }, 30_000);

  it("prints file:path — reason and exits 1 on an error", async () => {
    const dir = await fixtureVariant({ "01-accueil.yaml": [["correct: true, pmz: true", "correct: true, pmzz: true"]] });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${path.join(dir, "01-accueil.yaml")}:questions[1].options[1].pmzz — clé inconnue « pmzz »`);
  }, 30_000);
});
