import { signInAs } from "./roles";
import { test, expect, expectAccessible } from "./support";
import { caseIdOf, draftFromZip } from "./authoring-helpers";

const TEXT = [
  "Anamnèse",
  "Patiente de 52 ans hospitalisée pour fièvre depuis 3 jours.",
  "",
  "Biologie",
  "CRP élevée à 120 mg/L, hémoglobine à 9,1 g/dL et quotient albumine/globulines à 0,8.",
  "",
  "Évolution",
  "Favorable sous amoxicilline 1 g trois fois par jour.",
].join("\n");

test("the import review lists a number the extraction left and adds it to the draft in one click", async ({ page }) => {
  await signInAs(page.context(), "instructor");
  await page.goto("/teach/cases/new");
  await page.getByLabel("Coller le texte").check();
  await page.getByLabel("Texte de l'observation").fill(TEXT);
  await page.getByRole("button", { name: "Analyser le document" }).click();
  await expect(page.getByRole("heading", { name: "Relecture de l'extraction" })).toBeVisible();

  // Extracted values carry the flag the text states; the ratio is not extracted, and is listed with its paragraph.
  const crp = page.getByTestId("lab-item").filter({ hasText: "« CRP élevée à 120 mg/L »" });
  await expect(crp.getByTestId("lab-stated-flag")).toHaveText("dit « haut » par le texte");
  const missing = page.getByTestId("unextracted");
  await expect(missing.getByRole("heading", { level: 3 })).toHaveText("Nombres non extraits (1)");
  await expect(missing.getByTestId("unextracted-paragraph")).toHaveCount(1);
  await expect(missing.getByTestId("unextracted-paragraph")).toContainText("Paragraphe 4");
  await expect(missing.getByTestId("unextracted-item")).toContainText("quotient albumine/globulines à 0,8");
  await expectAccessible(page);

  await missing.getByRole("button", { name: "Ajouter « 0,8 » aux valeurs biologiques" }).click();
  await expect(missing.getByTestId("unextracted-added")).toHaveText("Ajoutée : quotient albumine/globulines 0,8");
  await expect(missing.getByRole("button", { name: "Retirer « 0,8 »" })).toBeVisible();

  await page.getByLabel("Titre du cas (provisoire)").fill("Fièvre et quotient bas");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await page.waitForURL(/\/teach\/cases\/[0-9a-f-]{36}\?created=1$/);
  const caseId = caseIdOf(page);

  // The draft as stored: the added value is a lab row quoting its place in the text, beside the extracted ones.
  const zip = await page.request.get(`/api/teach/cases/${caseId}/export?version=1`);
  expect(zip.status()).toBe(200);
  const { draft } = draftFromZip(new Uint8Array(await zip.body()));
  const rows = draft.stages.flatMap((s) => s.findings.flatMap((f) => (f.kind === "lab" ? f.rows : [])));
  expect(rows.map((r) => [r.analyte, r.value, r.unit ?? "", r.source])).toEqual([
    ["CRP", 120, "mg/L", "CRP élevée à 120 mg/L"],
    ["Hémoglobine", 9.1, "g/dL", "hémoglobine à 9,1 g/dL"],
    ["quotient albumine/globulines", 0.8, "", "0,8"],
  ]);
});
