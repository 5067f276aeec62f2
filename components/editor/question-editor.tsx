"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { ChoiceQuestionEditor } from "./choice-question-editor";
import { fieldId, sub } from "./field-id";
import { NumericEditor } from "./numeric-editor";
import { ObjectivesPicker } from "./objectives-picker";
import { EdnField } from "./edn-field";
import { OrderingEditor } from "./ordering-editor";
import { Panel } from "./panel";
import { NumberField } from "./number-field";
import { QrocEditor } from "./qroc-editor";
import { QuestionFlowFields } from "./question-flow-fields";
import { TcsEditor } from "./tcs-editor";
import { TextField } from "./text-field";
import { ZoneEditor } from "./zone-editor";
import { DifferentialEditor, RepresentationEditor } from "./reasoning-editor";

type Props = { question: Question; index: number; path: string; set: (q: Question) => void; controls: ReactNode };

const EXCERPT = 60;

function TypeEditor({ question: q, path, set }: { question: Question; path: string; set: (q: Question) => void }) {
  switch (q.type) {
    case "qru":
    case "qrm":
    case "qrp":
      return <ChoiceQuestionEditor question={q} path={path} onChange={set} />;
    case "qroc":
      return <QrocEditor question={q} path={path} onChange={set} />;
    case "numeric":
      return <NumericEditor question={q} path={path} onChange={set} />;
    case "ordering":
      return <OrderingEditor question={q} path={path} onChange={set} />;
    case "tcs":
      return <TcsEditor question={q} path={path} onChange={set} />;
    case "zone":
      return <ZoneEditor question={q} path={path} onChange={set} />;
    case "representation":
      return <RepresentationEditor question={q} path={path} onChange={set} />;
    case "differential":
      return <DifferentialEditor question={q} path={path} onChange={set} />;
  }
}

/** One question of any type: common fields, then the answer key of its type. */
export function QuestionEditor({ question: q, index, path, set, controls }: Props) {
  const { t } = useI18n();
  const stem = q.stem.trim();
  const excerpt = stem.length > EXCERPT ? `${stem.slice(0, EXCERPT)}…` : stem;
  const title = t("editor.questions.heading", { n: index + 1, type: t(`editor.questions.typesShort.${q.type}`), stem: excerpt || t("editor.questions.noStem") });
  return (
    // A new question (no stem yet) opens at once.
    <Panel id={fieldId(path)} level={5} title={title} paths={[path]} defaultOpen={q.stem === ""} footer={controls}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField path={sub(path, "id")} label={t("editor.fields.id")} value={q.id} onChange={(id) => set({ ...q, id })} />
        <NumberField path={sub(path, "points")} label={t("editor.questions.points")} value={q.points} onChange={(points) => set({ ...q, points })} />
      </div>
      <TextField path={sub(path, "stem")} label={t("editor.questions.stem")} value={q.stem} multiline rows={3} onChange={(stem) => set({ ...q, stem })} />
      <QuestionFlowFields question={q} path={path} set={set} />
      <TypeEditor question={q} path={path} set={set} />
      <TextField path={sub(path, "explanation")} label={t("editor.questions.explanation")} help={t("editor.questions.explanationHelp")} value={q.explanation} multiline rows={4} onChange={(explanation) => set({ ...q, explanation })} />
      <ObjectivesPicker path={sub(path, "objectives")} value={q.objectives} onChange={(objectives) => set({ ...q, objectives })} />
      <EdnField path={sub(path, "edn")} label={t("learning.editor.questionLabel", { n: q.id || index + 1 })} value={q.edn} onChange={(edn) => set({ ...q, edn })} />
      <TextField path={sub(path, "source")} label={t("editor.fields.source")} help={t("editor.fields.sourceHelp")} value={q.source} onChange={(source) => set({ ...q, source: source || undefined })} />
    </Panel>
  );
}
