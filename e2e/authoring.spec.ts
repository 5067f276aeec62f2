import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { BrowserContext, Page } from "@playwright/test";
import type { DraftCase } from "../lib/authoring/draft";
import { contextAs, signInAs } from "./roles";
import { test, expect, signUp, expectAccessible, openSharedPage } from "./support";
import { postAction } from "./actions";
import { Player } from "./player-page";
import { normalizeDocumentText } from "../lib/import/read/normalize-document-text";
import { actionId, caseIdOf, completeDraft, draftFromZip, LOREM, newInstructor, SOURCE_001, uploadDocument, type Actor } from "./authoring-helpers";

// The whole authoring journey of the demo instructor (upload, review, edit, preview played through,
// publish, assign, export, new version), on one page: one test per step, each within the suite's 60 s.
test.describe.serial("the demo instructor turns case report 001 into a two-stage case, previews it and publishes it", () => {
  let context: BrowserContext;
  let page: Page;
  let caseId: string;
  let draft: DraftCase;

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
    await signInAs(context, "instructor");
  });
  test.afterAll(async () => {
    await context?.close();
  });
  const panel = () => page.getByTestId("draft-panel");
  const v1 = () => page.getByTestId("version-item").filter({ hasText: "Version 1" });

  test("the upload is reviewed: sections, lab values with ranges and flags, timeline and doses, highlighted in the text", async () => {
    await page.goto("/teach/cases");
    await page.getByRole("link", { name: "Nouveau cas depuis un document" }).click();
    await uploadDocument(page, SOURCE_001);

    await expect(page.getByRole("heading", { name: "Relecture de l'extraction" })).toBeFocused();
    const doc = page.getByTestId("document-text");
    await expect(page.getByTestId("section-list")).toContainText("Anamnèse");
    await expect(page.getByTestId("section-list")).toContainText("Examens complémentaires");
    await expect(doc.locator('mark[data-kind~="heading"]', { hasText: "Examen physique" })).toBeVisible();
    await expect(doc.locator('mark[data-kind~="lab"]', { hasText: "hémoglobine 10,6 g/dl (12,2-16,1)" })).toBeVisible();
    await expect(doc.locator('mark[data-kind~="event"]', { hasText: "janvier 2013" })).toBeVisible();
    await expect(doc.locator('mark[data-kind~="treatment"]', { hasText: "paclitaxel à une dose de 55 mg/m²" })).toBeVisible();
    const hb = page.getByTestId("lab-item").filter({ hasText: "« hémoglobine 10,6 g/dl (12,2-16,1) »" });
    await expect(hb).toContainText("normes 12,2-16,1");
    await expect(hb.getByTestId("lab-flag")).toHaveText("↓ bas");
    await expect(page.getByTestId("timeline-item").first()).toContainText("janvier 2013");
    await expect(page.getByTestId("treatment-list")).toContainText("Paclitaxel — 55 mg/m²");

    // Edit one value, discard another (its highlight goes).
    await page.getByRole("button", { name: "Modifier « neutrophiles 2.620/mcl »" }).click();
    await page.getByRole("group", { name: "Modifier « neutrophiles 2.620/mcl »" }).getByLabel("Unité").fill("/mm³");
    await page.getByRole("checkbox", { name: "Garder « clés 25,0 % (0,0-7,0) »" }).uncheck();
    await expect(doc.locator("mark", { hasText: "clés 25,0 %" })).toHaveCount(0);
  });

  test("a plan by section makes a two-stage draft", async () => {
    // Plan by section: Anamnèse, then Examen physique joined by Examens complémentaires; the rest left out.
    await page.getByLabel("Par section (6 étapes)").check();
    const stages = page.getByTestId("plan-stage");
    await stages.nth(1).getByLabel("Titre de l'étape").fill("Admission et bilan");
    await stages.nth(2).getByLabel("Joindre à l'étape précédente").check();
    for (const i of [3, 4, 5]) await stages.nth(i).getByLabel("Garder l'étape").uncheck();
    await expect(page.getByTestId("plan-result")).toHaveText("Le brouillon aura 2 étape(s).");
    await page.getByLabel("Titre du cas (provisoire)").fill("Femme de 41 ans, cytopénies");
    await page.getByRole("button", { name: "Créer le brouillon" }).click();

    await page.waitForURL(/\/teach\/cases\/[0-9a-f-]{36}\?created=1$/);
    caseId = caseIdOf(page);
    await expect(panel().getByRole("heading", { name: "Brouillon — version 1" })).toBeVisible();
    await expect(page.getByTestId("draft-stages").getByRole("listitem")).toHaveText([/^Anamnèse — 2 élément/, /^Admission et bilan — 3 élément/]);
    await expectAccessible(page);
  });

  test("the stored draft carries the edits; a save completes it, a stale save is refused", async () => {
    // The draft as stored, read back from its export; its neutrophil row carries the edited unit.
    const draftZip = await page.request.get(`/api/teach/cases/${caseId}/export?version=1`);
    expect(draftZip.status()).toBe(200);
    ({ draft } = draftFromZip(new Uint8Array(await draftZip.body())));
    const rows = draft.stages[1].findings.flatMap((f) => (f.kind === "lab" ? f.rows : []));
    expect(rows.find((r) => r.source === "neutrophiles 2.620/mcl")).toMatchObject({ value: 2620, unit: "/mm³" });
    expect(rows.some((r) => r.source?.startsWith("clés"))).toBe(false);

    // The editor adds three questions; here the draft is saved through the same server action.
    const updatedAt = Number(await panel().getAttribute("data-updated-at"));
    const saved = await postAction(page, { url: page.url(), id: actionId("saveDraftAction") }, [caseId, completeDraft(draft), updatedAt]);
    expect(saved.text).toContain('"ok":true');
    const stale = await postAction(page, { url: page.url(), id: actionId("saveDraftAction") }, [caseId, completeDraft(draft), updatedAt]);
    expect(stale.text).toContain('"code":"conflict"');
    await page.reload();
    await expect(panel().getByText("Le brouillon est complet : rien ne bloque la publication.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Femme de 41 ans, cancer du sein et cytopénies");
  });

  test("the preview plays the draft in the real player", async () => {
    await page.getByRole("button", { name: "Prévisualiser comme un·e étudiant·e" }).click();
    await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
    const player = new Player(page);
    await expect(page.getByText(/^Une femme de 41 ans sans antécédents personnels intéressants/)).toBeVisible();
    await player.answerChoice("q1", ["Tamoxifène"]);
    await player.nextStage();
    await player.answerChoice("q2", ["Anémie", "Thrombopénie", "Myélémie"]);
    await player.answerText("q3", "51");
    await player.finish();
    await expect(page.getByTestId("mark20")).toHaveText("20/20");
    await expect(page.getByTestId("points")).toHaveText("3 / 3 points");
  });

  test("publishing freezes version 1", async () => {
    await page.goto(`/teach/cases/${caseId}`);
    await page.getByRole("button", { name: "Publier la version 1" }).click();
    await expect(page.getByTestId("case-outcome")).toContainText("Version 1 publiée.");
    await expect(panel().getByRole("heading", { name: "Aucun brouillon en cours : la dernière version est publiée." })).toBeVisible();
    await expect(v1()).toContainText("Publiée");
    await expect(v1()).toContainText("0 tentative(s)");
  });

  test("version 1 is assigned to the demo cohort", async () => {
    await page.goto("/teach");
    await page.getByRole("link", { name: "Démo", exact: true }).click();
    await page.getByLabel("Cas (version publiée)").selectOption({ label: "Femme de 41 ans, cancer du sein et cytopénies — version 1" });
    await page.getByRole("button", { name: "Assigner", exact: true }).click();
    await expect(page.getByText("Le cas est assigné à la cohorte.")).toBeVisible();
  });

  test("the demo student plays version 1 through the real player", async ({ browser }) => {
    const { context: demoStudent, page: studentPage } = await contextAs(browser, "student");
    await studentPage.goto("/cases");
    await studentPage.getByRole("link", { name: "Femme de 41 ans, cancer du sein et cytopénies" }).first().click();
    await studentPage.getByRole("button", { name: "Commencer le travail" }).click();
    await studentPage.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
    const studentPlayer = new Player(studentPage);
    await studentPlayer.answerChoice("q1", ["Tamoxifène"]);
    await studentPlayer.nextStage();
    await studentPlayer.answerChoice("q2", ["Anémie", "Thrombopénie"]);
    await studentPlayer.answerText("q3", "51");
    await studentPlayer.finish();
    // q2 misses one right option: one discordance, half a point.
    await expect(studentPage.getByTestId("points")).toHaveText("2,5 / 3 points");
    await demoStudent.close();
  });

  test("the published version exports to a case folder in the content/ format", async () => {
    await page.goto(`/teach/cases/${caseId}`);
    const downloadPromise = page.waitForEvent("download");
    await v1().getByRole("link", { name: "Exporter la version 1 (.zip)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/-v1\.zip$/);
    const zip = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    const names = Object.keys(zip);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/\/case\.yaml$/), expect.stringMatching(/\/stages\/01-etape-1\.yaml$/), expect.stringMatching(/\/stages\/02-etape-2\.yaml$/)]));
    const source = names.find((n) => /\/sources\/.+\.txt$/.test(n))!;
    expect(strFromU8(zip[source])).toBe(normalizeDocumentText(fs.readFileSync(SOURCE_001, "utf8")));
  });

  test("editing opens version 2", async () => {
    await page.getByRole("button", { name: "Modifier (nouvelle version 2)" }).click();
    await page.waitForURL(`**/teach/cases/${caseId}/edit`);
    await page.goto(`/teach/cases/${caseId}`);
    await expect(panel().getByRole("heading", { name: "Brouillon — version 2" })).toBeVisible();
    await expect(page.getByTestId("version-item").first()).toContainText("Version 2");
  });

  test("instructors' cases are not open practice: students reach them only through assignments", async ({ browser }) => {
    const studentContext = await browser.newContext();
    const student = await studentContext.newPage();
    await signUp(student);
    await student.goto("/cases");
    await expect(student.getByText("Femme de 41 ans, cancer du sein et cytopénies")).toHaveCount(0);
    await student.goto(`/teach/cases/${caseId}`);
    await expect(student.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await studentContext.close();
  });
});

test("a bundled case exports to a zip that imports back as the instructor's own draft", async ({ browser }) => {
  const { page, context } = await newInstructor(browser);
  await page.goto("/teach/cases");
  await page.getByTestId("bundled-cases").getByRole("link", { name: "Femme de 75 ans, douleurs osseuses et bicytopénie" }).click();
  await expect(page.getByText("Cas fourni")).toBeVisible();
  await expect(page.getByTestId("draft-panel")).toHaveCount(0);
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("version-item").first().getByRole("link", { name: /^Exporter la version \d+ \(\.zip\)$/ }).click();
  const download = await downloadPromise;
  const file = { name: download.suggestedFilename(), mimeType: "application/zip", buffer: fs.readFileSync(await download.path()) };

  await page.goto("/teach/cases");
  await page.getByLabel("Dossier de cas (.zip, 5 Mo au plus)").setInputFiles(file);
  await page.getByRole("button", { name: "Importer le dossier" }).click();
  await page.waitForURL(/\/teach\/cases\/[0-9a-f-]{36}\?imported=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Femme de 75 ans, douleurs osseuses et bicytopénie");
  await expect(page.getByTestId("draft-panel").getByText("Le brouillon est complet : rien ne bloque la publication.")).toBeVisible();
  await expect(page.getByTestId("draft-stages").getByRole("listitem")).toHaveCount(6);
  await page.goto("/teach/cases");
  await expect(page.getByTestId("my-cases").getByTestId("case-item")).toHaveCount(1);
  await context.close();
});

// The refusals, then the check that nothing was created: steps on one page, each within the suite's 60 s.
test.describe.serial("bad documents and archives get a clear message and create nothing", () => {
  let actor: Actor;

  test.beforeAll(async ({ browser }) => {
    actor = await newInstructor(browser);
  });
  test.afterAll(async () => {
    await actor?.context.close();
  });

  test("empty, too short, damaged, image-only, foreign, oversized, meaningless and crowded documents, and an empty paste, are refused", async () => {
    const { page } = actor;
    const error = page.locator("#import-error");
    const cases: [string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
      ["tests/fixtures/import/vide.txt", /Le document est vide/],
      ["tests/fixtures/import/trop-court.txt", /trop court pour en tirer un cas/],
      ["tests/fixtures/import/corrompu.docx", /illisible ou endommagé/],
      ["tests/fixtures/import/sans-texte.pdf", /pas de texte sélectionnable/],
      [{ name: "programme.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ".repeat(200)) }, /Format non pris en charge/],
      [{ name: "gros.txt", mimeType: "text/plain", buffer: Buffer.alloc(5 * 1024 * 1024 + 10, "a") }, /dépasse la taille maximale de 5 Mo/],
      [{ name: "lorem.txt", mimeType: "text/plain", buffer: Buffer.from(LOREM) }, /Aucun contenu reconnaissable/],
      [
        { name: "bilans.txt", mimeType: "text/plain", buffer: Buffer.from("Observation\nHémoglobine 9,8 g/dL (12-16), CRP 12 mg/L le 3 mars 2024.\n".repeat(2600)) },
        /^Le document contient trop d'éléments à relire : 5\u202f200 valeurs biologiques, 5\u202f000 au plus\. Déposez l'observation seule, ou découpez le document\.$/,
      ],
    ];
    for (const [file, message] of cases) {
      await uploadDocument(page, file);
      await expect(error).toHaveText(message);
      await expect(page.getByTestId("import-review")).toHaveCount(0);
    }
    await page.getByLabel("Coller le texte").check();
    await page.getByRole("button", { name: "Analyser le document" }).click();
    await expect(error).toHaveText(/Le document est vide/);
  });

  test("a file that is not a zip archive is refused, on an accessible page; nothing was created", async () => {
    const { page } = actor;
    await page.goto("/teach/cases");
    const zipError = page.locator("#zip-error");
    await page.getByLabel("Dossier de cas (.zip, 5 Mo au plus)").setInputFiles({ name: "faux.zip", mimeType: "application/zip", buffer: Buffer.from("pas une archive") });
    await page.getByRole("button", { name: "Importer le dossier" }).click();
    await expect(zipError).toHaveText(/n'est pas une archive \.zip lisible/);
    await expectAccessible(page);

    // Nothing was created.
    await page.goto("/teach/cases");
    await expect(page.getByTestId("no-cases")).toBeVisible();
    await expect(page.getByTestId("my-cases")).toHaveCount(0);
  });
});
