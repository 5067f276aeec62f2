"use client";
import { useState } from "react";
import type { DocumentAnalysis } from "@/lib/authoring/analyse-document";
import { ReviewStep } from "./review-step";
import { SourceStep } from "./source-step";

/** Two steps on one page: the document, then the review. The review state stays in the browser until "create". */
export function ImportWizard() {
  const [analysis, setAnalysis] = useState<DocumentAnalysis | null>(null);
  return analysis ? <ReviewStep analysis={analysis} onRestart={() => setAnalysis(null)} /> : <SourceStep onAnalysed={setAnalysis} />;
}
