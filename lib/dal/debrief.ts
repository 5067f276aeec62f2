import "server-only";
import { nonContributoryTest } from "@/lib/content/catalogue";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import { scoreAttempt } from "@/lib/scoring";
import { buildAttemptView } from "@/lib/player/build-view";
import { highlightSource, anchorForQuote, type SourceSegment } from "@/lib/player/source-highlights";
import type { StageView } from "@/lib/player/view-types";
import { reviewInvestigations, type ReviewedInvestigation } from "@/lib/player/investigation-review";
import type { AttemptScore } from "@/lib/scoring/types";
import { attemptHomeHref, attemptState } from "./attempt-state";
import { loadOwnAttempt } from "./own-attempt";

export type DebriefInvestigation = ReviewedInvestigation;

export type Debrief = {
  attemptId: string;
  caseSlug: string;
  caseTitle: string;
  homeHref: string;
  mode: "training" | "exam";
  score: Pick<AttemptScore, "total" | "rawTotal" | "max" | "mark20" | "objectives">;
  stages: {
    view: StageView;
    points: number;
    max: number;
    /** The stage's investigation score (essential tests ordered, minus unnecessary and harmful ones) and its maximum. */
    investigationPoints: number;
    investigationMax: number;
    investigations: DebriefInvestigation[];
    sourceAnchors: Record<string, string>;
  }[];
  missedEssential: string[];
  wasteful: string[];
  keyDecision: string;
  teachingPoints: string[];
  errata: { id: string; quote: string; correction: string; anchor: string | null }[];
  reviewStatus: "draft" | "pending" | "reviewed";
  source: { title: string; citation: string; licence: string; url?: string; segments: SourceSegment[] };
};

/** The debrief of the user's own finished attempt (null: not theirs, missing, or not finished). */
export async function getDebrief(attemptId: string, locale: "fr" | "en"): Promise<Debrief | null> {
  const loaded = await loadOwnAttempt(attemptId);
  if (!loaded || loaded.attempt.status !== "finished") return null;
  const { db, attempt, def } = loaded;
  const catalogue = def.stages.some((s) => s.menu === "catalogue") ? await loadCatalogue() : undefined;
  const catalogueLabels = new Map(catalogue?.tests.map((t) => [t.id, t.label]) ?? []);
  const state = { ...(await attemptState(db, attempt)), status: "finished" as const, catalogue };
  const view = buildAttemptView(def, state, locale);
  const score = scoreAttempt(def, Object.fromEntries(state.answers), state.ordered.keys(), catalogueLabels);
  const segments = highlightSource(def);
  const labelOf = new Map(def.stages.flatMap((s) => s.investigations.map((i) => [i.id, i.label] as const)));
  // Non-contributory catalogue orders are filed per stage; their label is the catalogue's.
  for (const s of def.stages) for (const id of state.ordered.keys()) {
    const test = nonContributoryTest(s.id, id);
    if (test !== null) labelOf.set(id, catalogueLabels.get(test) ?? test);
  }
  return {
    attemptId,
    caseSlug: def.slug,
    homeHref: await attemptHomeHref(db, attempt),
    caseTitle: def.title,
    mode: attempt.mode,
    score: { total: score.total, rawTotal: score.rawTotal, max: score.max, mark20: score.mark20, objectives: score.objectives },
    stages: view.stages.map((stageView, i) => {
      const stage = def.stages[i];
      const anchors: Record<string, string> = {};
      stage.findings.forEach((f, j) => {
        const quote = "source" in f && f.source ? f.source : f.kind === "lab" ? f.rows.find((r) => r.source)?.source : undefined;
        const anchor = quote ? anchorForQuote(segments, def.sourceText, quote) : null;
        if (anchor) anchors[String(j)] = anchor;
      });
      return {
        view: stageView,
        points: score.stages[i].points,
        max: score.stages[i].max,
        investigationPoints: score.stages[i].investigations.points,
        investigationMax: score.stages[i].investigations.max,
        investigations: reviewInvestigations(stage.investigations, state.ordered),
        sourceAnchors: anchors,
      };
    }),
    missedEssential: score.stages.flatMap((s) => s.investigations.missedEssential.map((id) => labelOf.get(id) ?? id)),
    wasteful: score.stages.flatMap((s) => s.investigations.wasteful.map((id) => labelOf.get(id) ?? id)),
    keyDecision: def.keyDecision,
    teachingPoints: def.teachingPoints,
    errata: def.errata.map((e) => ({ ...e, anchor: anchorForQuote(segments, def.sourceText, e.quote) })),
    reviewStatus: def.review.status,
    source: { title: def.source.title, citation: def.source.citation, licence: def.source.licence, url: def.source.url, segments },
  };
}
