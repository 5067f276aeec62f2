import "server-only";
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
  const state = { ...attemptState(db, attempt), status: "finished" as const };
  const view = buildAttemptView(def, state, locale);
  const score = scoreAttempt(def, Object.fromEntries(state.answers), state.ordered.keys());
  const segments = highlightSource(def);
  const labelOf = new Map(def.stages.flatMap((s) => s.investigations.map((i) => [i.id, i.label] as const)));
  return {
    attemptId,
    caseSlug: def.slug,
    homeHref: attemptHomeHref(db, attempt),
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
