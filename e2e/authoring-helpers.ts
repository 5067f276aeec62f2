import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { parse } from "yaml";
import type { DraftCase } from "../lib/authoring/draft";
import { expect } from "./support";
import { newUser } from "./teach-support";

export const SOURCE_001 = "content/sources/001_291fe0aa9eaa93ce.txt";

export type Actor = { context: BrowserContext; page: Page; email: string };

/** A fresh instructor, signed in in its own browser context (see newUser in teach-support.ts). */
export async function newInstructor(browser: Browser, name = "Enseignant Test"): Promise<Actor> {
  const { context, page, email } = await newUser(browser, name, "instructor");
  return { context, page, email };
}

/** The id of a server action in the production build, found by file and exported name. */
export function actionId(exportedName: string, file = "app/(teach)/teach/cases/[caseId]/actions.ts"): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} not found in the build manifest`);
  return found[0];
}

/** Uploads a document on the import page (loaded unless it is already showing its file field after a refusal). */
export async function uploadDocument(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const input = page.getByLabel("Fichier de l'observation");
  if (new URL(page.url()).pathname !== "/teach/cases/new" || (await input.count()) === 0) await page.goto("/teach/cases/new");
  await input.setInputFiles(file);
  await page.getByRole("button", { name: "Analyser le document" }).click();
}

/** Imports pasted text with every proposal accepted; returns the new case's id. */
export async function createCaseFromText(page: Page, text: string, title = ""): Promise<string> {
  await page.goto("/teach/cases/new");
  await page.getByLabel("Coller le texte").check();
  await page.getByLabel("Texte de l'observation").fill(text);
  await page.getByRole("button", { name: "Analyser le document" }).click();
  await expect(page.getByRole("heading", { name: "Relecture de l'extraction" })).toBeVisible();
  if (title) await page.getByLabel("Titre du cas (provisoire)").fill(title);
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await page.waitForURL(/\/teach\/cases\/[0-9a-f-]{36}\?created=1$/);
  return caseIdOf(page);
}

export function caseIdOf(page: Page): string {
  const match = /\/teach\/cases\/([0-9a-f-]{36})/.exec(page.url());
  if (!match) throw new Error(`not on a case page: ${page.url()}`);
  return match[1];
}

/** Reads a case folder zip back into a DraftCase (the test's own reader, independent of the app's loader). */
export function draftFromZip(bytes: Uint8Array): { draft: DraftCase; files: string[] } {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const caseFile = names.find((n) => n.endsWith("/case.yaml"))!;
  const root = caseFile.slice(0, -"case.yaml".length);
  const meta = parse(strFromU8(files[caseFile])) as Record<string, unknown> & { stages: string[]; source: { file: string } };
  const stages = meta.stages.map((f) => parse(strFromU8(files[root + f])));
  const sourceText = strFromU8(files[`${root}sources/${meta.source.file}`]);
  return { draft: { ...meta, slug: root.slice(0, -1), stages, sourceText } as unknown as DraftCase, files: names };
}

/** Completes the metadata of a two-stage draft made from document 001 and adds three questions. */
export function completeDraft(draft: DraftCase): DraftCase {
  const [s1, s2] = draft.stages;
  const objectives = ["obj-cytopenies"];
  return {
    ...draft,
    title: "Femme de 41 ans, cancer du sein et cytopénies",
    summary: "Une femme de 41 ans suivie pour un cancer du sein consulte ; retracez son histoire et interprétez son bilan.",
    tags: ["oncologie", "hématologie"],
    level: "DFASM",
    estimatedMinutes: 15,
    objectives: [{ id: "obj-cytopenies", text: "Interpréter des cytopénies chez une patiente suivie pour un cancer" }],
    keyDecision: "Rechercher une infiltration médullaire devant des cytopénies avec myélémie.",
    teachingPoints: ["Une érythromyélémie chez une patiente atteinte de cancer évoque une infiltration médullaire."],
    source: { ...draft.source, citation: "Cas clinique publié, traduit en français.", licence: "CC BY 4.0" },
    stages: [
      {
        ...s1,
        questions: [
          {
            id: "q1",
            type: "qru",
            stem: "Quelle hormonothérapie a été débutée en septembre 2013 ?",
            points: 1,
            objectives,
            explanation: "Le tamoxifène a été débuté à 20 mg par jour, avec la goséréline.",
            options: [
              { id: "a", text: "Tamoxifène", correct: true },
              { id: "b", text: "Anastrozole", correct: false },
              { id: "c", text: "Fulvestrant", correct: false },
              { id: "d", text: "Exémestane", correct: false },
            ],
          },
        ],
      },
      {
        ...s2,
        questions: [
          {
            id: "q2",
            type: "qrm",
            stem: "Quelles anomalies présente l'hémogramme à l'admission ?",
            points: 1,
            objectives,
            explanation: "Anémie, thrombopénie et myélémie (métamyélocytes, myélocytes, érythroblastes).",
            options: [
              { id: "a", text: "Anémie", correct: true },
              { id: "b", text: "Thrombopénie", correct: true },
              { id: "c", text: "Hyperleucocytose", correct: false },
              { id: "d", text: "Myélémie", correct: true },
            ],
          },
          {
            id: "q3",
            type: "numeric",
            stem: "Quel est le taux de plaquettes à l'admission, en G/L ?",
            points: 1,
            objectives,
            explanation: "51 000/mm³, soit 51 G/L.",
            answer: 51,
            unit: "G/L",
            tolerance: 1,
          },
        ],
      },
    ],
  };
}

export const LOREM =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.";
