/**
 * Findings of the outside security probe, as regression tests against the production build:
 * hostile uploads are refused (parsed in a child process at the lowest priority) while the server
 * keeps answering, unknown pages answer 404, broken requests answer 4xx, and labels refuse
 * invisible or control characters.
 */
import http from "node:http";
import { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES } from "../lib/http/body-limit.mjs";
import { aliasBombYaml, caseZipWithYaml, deepYaml, pageTreeBombPdf, zipBombDocx } from "../tests/hostile-documents";
import { captureAction } from "./actions";
import { newInstructor, uploadDocument } from "./authoring-helpers";
import { signInAs } from "./roles";
import { test, expect } from "./support";

test("hostile documents are refused with a message while the server keeps answering", async ({ browser, request }) => {
  const { page, context } = await newInstructor(browser);
  const error = page.locator("#import-error");
  // 20 MB inflated is past the 16 MB bound and quicker to build than the probe's 50 MB (see bench:hostile).
  const docx = Buffer.from(zipBombDocx(20));
  const uploads: [{ name: string; mimeType: string; buffer: Buffer }, string][] = [
    [
      { name: "bombe.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx },
      "Document refusé : Le texte du fichier .docx dépasserait 16 Mo une fois décompressé : document refusé.",
    ],
    [{ name: "pages.pdf", mimeType: "application/pdf", buffer: Buffer.from(pageTreeBombPdf(9)) }, "Document refusé : Le PDF a trop de pages (200 au plus) : déposez l'observation seule."],
  ];
  for (const [file, message] of uploads) {
    await uploadDocument(page, file);
    // While the document is being parsed, other requests are served.
    expect((await request.get("/signin")).status()).toBe(200);
    await expect(error).toHaveText(message);
    await expect(page.getByTestId("import-review")).toHaveCount(0);
  }

  const zipError = page.locator("#zip-error");
  for (const [yaml, message] of [
    [aliasBombYaml(), /YAML refusé : trop d'alias \(\*\) à développer \(100 au plus\)/],
    [deepYaml(20000), /YAML refusé : ligne 1 : crochets ou accolades imbriqués trop profondément/],
  ] as const) {
    await page.goto("/teach/cases");
    await page.getByLabel("Dossier de cas (.zip, 5 Mo au plus)").setInputFiles({ name: "bombe.zip", mimeType: "application/zip", buffer: Buffer.from(caseZipWithYaml(yaml)) });
    await page.getByRole("button", { name: "Importer le dossier" }).click();
    await expect(zipError).toHaveText(message);
  }
  await page.goto("/teach/cases");
  await expect(page.getByTestId("my-cases").getByTestId("case-item")).toHaveCount(0);
  await context.close();
});

test("unknown pages answer 404, also for a signed-in user", async ({ page }) => {
  expect((await page.goto("/page-qui-n-existe-pas"))?.status()).toBe(404);
  await signInAs(page.context(), "instructor");
  for (const path of ["/cases/cas-inexistant", "/teach/cases/00000000-0000-4000-8000-000000000000", "/teach/cohorts/00000000-0000-4000-8000-000000000000"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});

test("broken requests answer 4xx, never 500", async ({ request }) => {
  expect((await request.fetch("/", { method: "TRACE" })).status()).toBe(405);
  expect((await request.fetch("/signin", { method: "PROPFIND" })).status()).toBe(405);
  expect((await request.get("/%E0%A4%A")).status()).toBe(400);
  expect((await request.get("/cases/%E0%A4%A")).status()).toBe(400);
  const action = await request.post("/signup", { headers: { "Next-Action": "0".repeat(42), "Content-Type": "multipart/form-data; boundary=x" }, data: "--x\r\nbroken" });
  expect(action.status()).toBeGreaterThanOrEqual(400);
  expect(action.status()).toBeLessThan(500);
});

test("action bodies past the limit answer 413 before Next reads them; the server answers others meanwhile", async ({ page, request }) => {
  // A real action (sign-up, sent once with a bad name): Next reads the body of a known action only.
  await page.goto("/signup");
  const signUp = await captureAction(page, async () => {
    await page.getByLabel("Nom affiché").fill("A");
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByLabel("Mot de passe (8 caractères minimum)").fill("court");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
  });
  const url = new URL(signUp.url);
  const action = { "Next-Action": signUp.id, "Content-Type": "text/plain;charset=UTF-8", Origin: url.origin };
  // Announced by Content-Length: refused at once.
  const announced = await request.post("/signup", { headers: action, data: "x".repeat(MAX_BODY_BYTES + 1) });
  expect(announced.status()).toBe(413);
  expect(await announced.text()).toBe(BODY_TOO_LARGE_MESSAGE);

  // Streamed (chunked, no length): counted as it arrives. Half of it is sent, the server answers
  // another request, then the rest passes the limit and the same request is answered 413.
  const upload = http.request(url, { method: "POST", headers: action });
  const answer = new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
    upload.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    // Writes after the refusal fail (the server closed the connection): expected once answered.
    upload.on("error", (e) => reject(e));
  });
  const chunk = Buffer.alloc(512 * 1024, "x");
  const write = (n: number) => Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve) => upload.write(chunk, () => resolve()))));
  await write(MAX_BODY_BYTES / chunk.length / 2);
  expect((await request.get("/signin")).status()).toBe(200);
  void write(MAX_BODY_BYTES / chunk.length / 2 + 2).catch(() => {});
  expect(await answer).toEqual({ status: 413, body: BODY_TOO_LARGE_MESSAGE });
  upload.destroy();
  expect((await request.get("/signin")).status()).toBe(200);
});

test("a cohort name that is invisible or holds control characters is refused", async ({ browser }) => {
  const { page, context } = await newInstructor(browser);
  for (const name of ["\u200b\u200b\u200b", "Promo\u202e2030", "Promo\u0000"]) {
    await page.goto("/teach");
    await page.getByLabel("Nom de la cohorte").fill(name);
    await page.getByRole("button", { name: "Créer la cohorte" }).click();
    await expect(page.getByText(/Le nom contient un caractère interdit/)).toBeVisible();
    await expect(page).toHaveURL(/\/teach$/);
  }
  await context.close();
});
