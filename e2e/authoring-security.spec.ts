import { test, expect, signUp } from "./support";
import { captureAction, postAction } from "./actions";
import { actionId, createCaseFromText, newInstructor, uploadDocument, type Actor } from "./authoring-helpers";

const REPORT = [
  "Observation",
  "Une patiente de 58 ans consulte en mars 2024 pour une asthénie. Elle est traitée par paclitaxel 80 mg/m² par semaine.",
  "",
  "Examens complémentaires",
  "Analyses sanguines : hémoglobine 9,8 g/dl (12-16), plaquettes 95 000/mcl (150 000-400 000).",
].join("\n");

const HOSTILE = [
  "Observation",
  'Patiente de 60 ans. <script>window.__pwned=1</script> Antécédents notés <img src=x onerror="window.__pwned=2"> sans particularité.',
  "Elle consulte en janvier 2020 pour une fatigue croissante depuis plusieurs semaines, sans fièvre ni perte de poids.",
  "",
  "Examens complémentaires",
  "Analyses sanguines : hémoglobine 10,6 g/dl (12,2-16,1).",
].join("\n");

const NOT_FOUND = '"code":"not-found"';

test("an uploaded file is shown as text and never executes", async ({ browser }) => {
  const { page, context } = await newInstructor(browser);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await uploadDocument(page, { name: "piege.txt", mimeType: "text/plain", buffer: Buffer.from(HOSTILE) });
  const doc = page.getByTestId("document-text");
  await expect(doc).toContainText("<script>window.__pwned=1</script>");
  await expect(doc).toContainText('<img src=x onerror="window.__pwned=2">');
  await expect(doc.locator("script, img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The draft keeps the text as its source; the case page shows a hostile title as text too.
  await page.getByLabel("Titre du cas (provisoire)").fill('<img src=x onerror="window.__pwned=3">');
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await page.waitForURL(/\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('<img src=x onerror="window.__pwned=3">');
  await expect(page.locator("main img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await context.close();
});

// Two instructors on their own pages: one test per step, each within the suite's 60 s.
test.describe.serial("an instructor cannot see or change another instructor's case, even with direct POSTs", () => {
  let alice: Actor, bob: Actor;
  let aliceCase: string;
  let aliceUpdatedAt: string | null;

  test.beforeAll(async ({ browser }) => {
    alice = await newInstructor(browser, "Alice Enseignante");
    bob = await newInstructor(browser, "Bob Enseignant");
  });
  test.afterAll(async () => {
    for (const a of [alice, bob]) await a?.context.close();
  });

  test("another instructor's case pages and exports answer « not found »", async () => {
    aliceCase = await createCaseFromText(alice.page, REPORT, "Cas d'Alice");
    aliceUpdatedAt = await alice.page.getByTestId("draft-panel").getAttribute("data-updated-at");

    // Pages and the export answer "not found".
    await bob.page.goto(`/teach/cases/${aliceCase}`);
    await expect(bob.page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await expect(bob.page.getByText("Cas d'Alice")).toHaveCount(0);
    expect((await bob.page.request.get(`/api/teach/cases/${aliceCase}/export`)).status()).toBe(404);
    expect((await bob.page.request.get(`/api/teach/cases/${aliceCase}/export?version=1`)).status()).toBe(404);
    await bob.page.goto("/teach/cases");
    await expect(bob.page.getByText("Cas d'Alice")).toHaveCount(0);
  });

  test("actions captured on his own case and replayed with hers are refused; the same save works on his own", async () => {
    // Bob captures the publish action on his own case, then replays it, and the others, with Alice's id.
    const bobCase = await createCaseFromText(bob.page, REPORT, "Cas de Bob");
    const publish = await captureAction(bob.page, () => bob.page.getByRole("button", { name: "Publier la version 1" }).click());
    await expect(bob.page.getByTestId("case-outcome")).toContainText("pas encore valide");
    const replay = (id: string, args: unknown[]) => postAction(bob.page, { url: publish.url, id, routerState: publish.routerState }, args);
    expect((await replay(publish.id, [aliceCase])).text).toContain(NOT_FOUND);
    const draft = { slug: "vol", title: "Piraté", stages: [], sourceText: "x" };
    expect((await replay(actionId("saveDraftAction"), [aliceCase, draft, Number(aliceUpdatedAt)])).text).toContain(NOT_FOUND);
    expect((await replay(actionId("newDraftFromPublishedAction"), [aliceCase])).text).toContain(NOT_FOUND);
    expect((await replay(actionId("startPreviewAction"), [aliceCase])).text).toContain(NOT_FOUND);
    // Control: the same replayed save works on Bob's own case.
    const bobUpdatedAt = Number(await bob.page.getByTestId("draft-panel").getAttribute("data-updated-at"));
    expect((await replay(actionId("saveDraftAction"), [bobCase, { ...draft, title: "Cas de Bob, revu" }, bobUpdatedAt])).text).toContain('"ok":true');
  });

  test("her case is untouched", async () => {
    await alice.page.reload();
    await expect(alice.page.getByRole("heading", { level: 1 })).toHaveText("Cas d'Alice");
    expect(await alice.page.getByTestId("draft-panel").getAttribute("data-updated-at")).toBe(aliceUpdatedAt);
    await expect(alice.page.getByTestId("version-item")).toHaveCount(1);
  });
});

test("students get not found under /teach/cases and their action calls are refused", async ({ page, browser }) => {
  const alice = await newInstructor(browser, "Alice Enseignante");
  const aliceCase = await createCaseFromText(alice.page, REPORT, "Cas d'Alice");
  await signUp(page);
  for (const url of ["/teach/cases", "/teach/cases/new", `/teach/cases/${aliceCase}`]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
  expect((await page.request.get(`/api/teach/cases/${aliceCase}/export`)).status()).toBe(404);
  const url = new URL("/cases", page.url()).toString();
  for (const name of ["publishDraftAction", "startPreviewAction", "newDraftFromPublishedAction"]) {
    expect((await postAction(page, { url, id: actionId(name) }, [aliceCase])).text).toContain(NOT_FOUND);
  }
  const created = await postAction(page, { url, id: actionId("analyseDocumentAction", "app/(teach)/teach/cases/new/actions.ts") }, []);
  expect(created.text).toContain('"code":"forbidden"');
  await alice.page.reload();
  await expect(alice.page.getByTestId("version-item")).toHaveCount(1);
  await alice.context.close();
});
