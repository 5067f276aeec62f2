import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { parse } from "yaml";
import { test, expect, openSharedPage, signUp } from "./support";
import { Player } from "./player-page";
import { answerDifferential, answerRepresentation } from "./reasoning-page";
import { orderFromCatalogue } from "./catalogue-page";
import { loadCatalogue } from "../lib/content/catalogue-load";
import { loadCaseFolder } from "../lib/content/load";
import { scoreAttempt } from "../lib/scoring";
import type { Answer } from "../lib/scoring/types";
import type { CaseDefinition, Question } from "../lib/content/schema";

const SLUGS = ["femme-75-ans-bicytopenie", "femme-41-ans-cancer-sein"];

async function load(slug: string): Promise<CaseDefinition> {
  const result = await loadCaseFolder(path.resolve("content/cases", slug));
  if (!result.ok) throw new Error(`case ${slug} invalid`);
  return result.case;
}

/** Answers one question through the UI with a fixed, type-specific strategy and returns the answer given. */
async function answer(player: Player, q: Question): Promise<Answer> {
  const card = player.question(q.id);
  switch (q.type) {
    case "qru":
      await player.answerChoice(q.id, [q.options[0].text]);
      return { type: "qru", choice: q.options[0].id };
    case "qrm":
      await player.answerChoice(q.id, [q.options[0].text, q.options[1].text]);
      return { type: "qrm", choices: [q.options[0].id, q.options[1].id] };
    case "qrp": {
      const picked = q.options.slice(0, q.n);
      for (const o of picked) {
        if (q.longMenu) await card.getByLabel("Rechercher une proposition").fill(o.text.slice(0, 12));
        await player.tick(card.getByLabel(o.text, { exact: true }));
      }
      await player.submit(card);
      return { type: "qrp", choices: picked.map((o) => o.id) };
    }
    case "qroc":
      await player.answerText(q.id, "je ne sais pas");
      return { type: "qroc", text: "je ne sais pas" };
    case "numeric":
      await player.answerText(q.id, String(q.answer).replace(".", ","));
      return { type: "numeric", value: q.answer };
    case "ordering": {
      const shown = await player.orderingItems(q.id);
      await player.submit(card);
      return { type: "ordering", order: shown.map((text) => q.items.find((i) => i.text === text)!.id) };
    }
    case "tcs":
      await player.answerTcs(q.id, "Ni plus ni moins probable");
      return { type: "tcs", value: 0 };
    case "zone": {
      await card.locator("button[aria-pressed]").first().click();
      const text = (await card.locator("button[aria-pressed]").first().textContent())!.replace(/^✓\s*/, "").trim();
      await player.submit(card);
      return { type: "zone", choices: [q.zones.find((z) => z.text === text)!.id] };
    }
    case "representation":
      await answerRepresentation(player, q.id, "Patiente âgée, tableau à préciser.");
      return { type: "representation", text: "Patiente âgée, tableau à préciser." };
    case "differential": {
      // The author's first diagnosis in second place, flagged can't-miss, after a lure: a partial credit.
      const lure = q.diagnoses.find((d) => !q.ranking.some((k) => k.id === d.id))!;
      const first = q.diagnoses.find((d) => d.id === q.ranking[0].id)!;
      await answerDifferential(player, q.id, [{ text: lure.text }, { text: first.text, cantMiss: true }]);
      return { type: "differential", ranking: [{ id: lure.id, cantMiss: false }, { id: first.id, cantMiss: true }] };
    }
  }
}

/** The number of stages `case.yaml` lists, read when the tests are collected (one test per stage). */
function stageCount(slug: string): number {
  return (parse(fs.readFileSync(path.resolve("content/cases", slug, "case.yaml"), "utf8")) as { stages: string[] }).stages.length;
}

for (const slug of SLUGS) {
  for (const mode of ["training", "exam"] as const) {
    // A whole case, 23 to 30 questions and every test of the menu, played by one learner on one page:
    // one test per stage (each fits the suite's 60 s, also on a slower machine), the answers adding up
    // to the mark the last test checks. A failed stage skips the rest.
    test.describe.serial(`${slug} played to the end in ${mode} mode`, () => {
      let context: BrowserContext;
      let page: Page;
      let player: Player;
      let def: CaseDefinition;
      let catalogueLabels: Map<string, string>;
      const answers: Record<string, Answer> = {};
      const ordered: string[] = [];

      test.beforeAll(async ({ browser }) => {
        def = await load(slug);
        catalogueLabels = new Map((await loadCatalogue()).tests.map((t) => [t.id, t.label]));
        ({ context, page } = await openSharedPage(browser));
        await signUp(page);
        player = new Player(page);
      });
      test.afterAll(async () => {
        await context?.close();
      });

      for (let index = 0; index < stageCount(slug); index++) {
        test(`stage ${index + 1}: a test ordered, every question answered`, async () => {
          if (index === 0) {
            expect(def.stages).toHaveLength(stageCount(slug));
            await player.start(slug, mode);
          }
          const stage = def.stages[index];
          await expect(page.getByTestId(`stage-${index + 1}`)).toBeVisible();
          const first = stage.investigations[0];
          if (first && stage.menu === "catalogue") {
            // Searched in the shared catalogue by the label of the first test it is linked to.
            await orderFromCatalogue(page, catalogueLabels.get(first.catalogue![0])!);
            ordered.push(first.id);
          } else if (first) {
            await player.orderInvestigation(first.label);
            ordered.push(first.id);
          }
          // A menu that closes before the stage's first question: the learner says they have finished ordering.
          if (stage.menuClosesBefore === stage.questions[0]?.id) await player.finishOrdering();
          for (const q of stage.questions) {
            answers[q.id] = await answer(player, q);
            // A constructed TCS panel is labelled as such with its distribution (training: right after the answer).
            if (mode === "training" && q.type === "tcs" && q.illustrativePanel)
              await expect(player.question(q.id).getByTestId("illustrative-panel")).toHaveText("Panel d'experts illustratif");
          }
          if (index < def.stages.length - 1) await player.nextStage();
        });
      }

      test("the debrief shows the scoring engine's mark and labels every illustrative panel", async () => {
        expect(Object.keys(answers)).toHaveLength(def.stages.flatMap((s) => s.questions).length);
        await player.finish();
        const expected = scoreAttempt(def, answers, ordered);
        const mark = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(expected.mark20);
        await expect(page.getByTestId("mark20")).toHaveText(`${mark}/20`);
        await expect(page.getByTestId("source-text").locator("mark").first()).toBeVisible();
        // The debrief labels every illustrative panel too.
        const illustrative = def.stages.flatMap((s) => s.questions).filter((q) => q.type === "tcs" && q.illustrativePanel).length;
        expect(illustrative).toBeGreaterThan(0);
        await expect(page.getByTestId("illustrative-panel")).toHaveCount(illustrative);
      });
    });
  }
}
