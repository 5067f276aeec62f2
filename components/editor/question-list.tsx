"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { Question, QuestionType } from "@/lib/content/schema";
import { blankQuestion, nextId, QUESTION_TYPES } from "./blank";
import { useEditorRefs } from "./editor-context";
import { fieldId } from "./field-id";
import { ObjectList } from "./object-list";
import { QuestionEditor } from "./question-editor";

type Props = { path: string; questions: readonly Question[]; onChange: (questions: Question[]) => void };

/** A stage's questions, each in its own collapsible panel, and a way to add one of any type. */
export function QuestionList({ path, questions, onChange }: Props) {
  const { t } = useI18n();
  const { usedIds } = useEditorRefs();
  const [type, setType] = useState<QuestionType>("qrm");
  const typeId = `${fieldId(path)}-type`;
  return (
    <ObjectList
      path={path}
      items={questions}
      onChange={onChange}
      itemName={(q, k) => t("editor.questions.name", { n: k + 1 })}
      addLabel={t("editor.questions.add")}
      create={() => blankQuestion(type, nextId("q", usedIds.questions))}
      focusField="stem"
      emptyText={t("editor.questions.empty")}
      confirmRemove={(q, k) => t("editor.questions.confirmRemove", { n: k + 1 })}
      renderItem={({ item, index, path: p, set, controls }) => <QuestionEditor question={item} index={index} path={p} set={set} controls={controls} />}
      renderAdd={(add, addId) => (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={typeId} className="label">
              {t("editor.questions.type")}
            </label>
            <select id={typeId} className="input" value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
              {QUESTION_TYPES.map((qt) => (
                <option key={qt} value={qt}>
                  {t(`editor.questions.types.${qt}`)}
                </option>
              ))}
            </select>
          </div>
          <button id={addId} type="button" className="btn-secondary" onClick={() => add(blankQuestion(type, nextId("q", usedIds.questions)))}>
            {t("editor.questions.add")}
          </button>
        </div>
      )}
    />
  );
}
