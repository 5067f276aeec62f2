/**
 * What a virtual student does in each case, read from the published versions the server plays:
 * per stage, the investigations to order and a valid answer to each question.
 */
import type { RawDb } from "../lib/raw-db";
import type { CaseDefinition, Question } from "@/lib/content/schema";
import type { Answer } from "@/lib/scoring/types";

export type StagePlan = { investigations: string[]; questions: Question[] };
export type CasePlan = { slug: string; versionId: string; def: CaseDefinition; stages: StagePlan[] };

/** A well-formed answer; `variant` varies the choice so that scores differ between students. */
export function answerFor(q: Question, variant: number): Answer {
  const pick = <T>(items: T[]): T => items[variant % items.length];
  switch (q.type) {
    case "qru":
      return { type: "qru", choice: pick(q.options).id };
    case "qrm":
    case "qrp":
      return { type: q.type, choices: [pick(q.options).id] };
    case "zone":
      return { type: "zone", choices: [pick(q.zones).id] };
    case "qroc":
      return { type: "qroc", text: pick(q.accepted) };
    case "numeric":
      return { type: "numeric", value: q.answer + (variant % 3) };
    case "ordering":
      return { type: "ordering", order: q.items.map((i) => i.id) };
    case "tcs":
      return { type: "tcs", value: ((variant % 5) - 2) as -2 | -1 | 0 | 1 | 2 };
    case "representation":
      return { type: "representation", text: `Synthèse ${variant}` };
    case "differential":
      return { type: "differential", ranking: [{ id: pick(q.diagnoses).id, cantMiss: variant % 2 === 0 }] };
  }
}

export async function loadCasePlans(db: RawDb, investigationsPerStage = 2): Promise<CasePlan[]> {
  const rows = await db.query<{ slug: string; id: string; content: string }>(
    `SELECT c.slug, v.id, v.content FROM cases c JOIN case_versions v ON v.case_id = c.id
       WHERE v.status = 'published' AND v.version = (SELECT MAX(version) FROM case_versions w WHERE w.case_id = c.id AND w.status = 'published')
       ORDER BY c.slug`,
  );
  if (rows.length === 0) throw new Error("aucun cas publié dans la base");
  return rows.map((row) => {
    const def = JSON.parse(row.content) as CaseDefinition;
    return {
      slug: row.slug,
      versionId: row.id,
      def,
      stages: def.stages.map((s) => ({
        // A catalogue menu is ordered by catalogue test through its own action: the bench orders from lists only.
        investigations: s.menu === "catalogue" ? [] : s.investigations.slice(0, investigationsPerStage).map((i) => i.id),
        questions: s.questions,
      })),
    };
  });
}

export function questionById(plans: CasePlan[]): Map<string, Map<string, Question>> {
  return new Map(plans.map((p) => [p.versionId, new Map(p.def.stages.flatMap((s) => s.questions.map((q) => [q.id, q] as const)))]));
}
