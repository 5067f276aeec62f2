/**
 * The leak rules of leaks.ts as case-file errors, in French, each naming the file and path to edit
 * (case:check, the loader, the zip import). Spoiler messages keep their historical wording.
 */
import { formatPath, type CaseError } from "./errors";
import { findLeaks, type Leak, type TextPlace } from "./leaks";
import type { CaseDefinition } from "./schema";

export type MarkedLeak = { error: CaseError; severity: "error" | "warning" };

const fileOf = (place: { stage: number | null }, stageFiles: readonly string[]) =>
  place.stage === null ? "case.yaml" : (stageFiles[place.stage] ?? `stage ${place.stage + 1}`);

/** Stage (or question) errata places end with ["errata", k]: the erratum's id, for the message. */
function erratumAt(def: CaseDefinition, at: TextPlace): string | null {
  const p = at.path;
  if (at.stage === null || p[p.length - 2] !== "errata") return null;
  const stage = def.stages[at.stage];
  const owner = p[0] === "questions" ? stage?.questions[p[1] as number] : stage;
  return owner?.errata?.[p[p.length - 1] as number] ?? null;
}

function message(def: CaseDefinition, leak: Leak, stageFiles: readonly string[]): string {
  const where = `${fileOf(leak.at, stageFiles)}:${formatPath(leak.at.path)}`;
  switch (leak.code) {
    case "qrocAnswerVisible":
      return `réponse acceptée « ${leak.term} » de la question « ${leak.subject.id} » visible avant ou avec cette question (${where})`;
    case "rightOptionVisible":
      return `le texte de la bonne réponse « ${leak.term} » de la question « ${leak.subject.id} » est visible avant cette question (${where})`;
    case "spoilerBeforePlay":
      return `terme révélateur « ${leak.term} » affiché avant le début du cas (avant ${revealer(def, leak.subject.id)} qui le révèle)`;
    case "spoilerVisible": {
      const erratum = erratumAt(def, leak.at);
      const before = `avant ${revealer(def, leak.subject.id)} qui le révèle`;
      return erratum ? `terme révélateur « ${leak.term} » dans l'erratum « ${erratum} » affiché ${before}` : `terme révélateur « ${leak.term} » ${before}`;
    }
  }
}

const revealer = (def: CaseDefinition, id: string) => (def.stages.some((s) => s.id === id) ? `l'étape « ${id} »` : `la question « ${id} »`);

/**
 * Every leak of a case as an error located where the author must act: a QROC answer or a right
 * option at the question (the message names where it shows), a spoiler where the term shows.
 */
export function checkLeaks(def: CaseDefinition, stageFiles: readonly string[]): MarkedLeak[] {
  return findLeaks(def).map((leak) => {
    const place = leak.code === "qrocAnswerVisible" || leak.code === "rightOptionVisible" ? leak.subject : leak.at;
    return { error: { file: fileOf(place, stageFiles), path: formatPath(place.path), message: message(def, leak, stageFiles) }, severity: leak.severity };
  });
}
