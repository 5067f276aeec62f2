"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { EMPTY_NUMBER } from "./blank";
import { useField } from "./field-messages";
import { sub } from "./field-id";
import { NumberField } from "./number-field";
import { TextField } from "./text-field";

type Numeric = Extract<Question, { type: "numeric" }>;
type Tolerance = Numeric["tolerance"];

const asymmetric = (t: Tolerance | undefined | null): t is { below: number; above: number } => typeof t === "object" && t !== null;

/** Numeric: the expected value, its unit and the tolerance, the same on both sides or not. */
export function NumericEditor({ question: q, path, onChange }: { question: Numeric; path: string; onChange: (q: Numeric) => void }) {
  const { t } = useI18n();
  const tolPath = sub(path, "tolerance");
  const tol = useField(tolPath);
  const split = asymmetric(q.tolerance);
  const setTolerance = (tolerance: Tolerance) => onChange({ ...q, tolerance });
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField path={sub(path, "answer")} label={t("editor.numeric.answer")} value={q.answer} onChange={(answer) => onChange({ ...q, answer })} />
        <TextField path={sub(path, "unit")} label={t("editor.numeric.unit")} help={t("editor.numeric.unitHelp")} value={q.unit} onChange={(unit) => onChange({ ...q, unit })} />
      </div>
      {/* Split: the group carries the tolerance's id and messages; symmetric: its single field does. */}
      <fieldset id={split ? tol.id : undefined} tabIndex={split ? -1 : undefined} aria-describedby={split ? tol.control["aria-describedby"] : undefined} className="space-y-3">
        <legend className="label">{t("editor.numeric.tolerance")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(["symmetric", "split"] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${tol.id}-mode`}
                className="h-4 w-4"
                checked={(mode === "split") === split}
                onChange={() => {
                  const current = asymmetric(q.tolerance) ? q.tolerance.below : q.tolerance;
                  setTolerance(mode === "split" ? { below: current ?? EMPTY_NUMBER, above: current ?? EMPTY_NUMBER } : (current ?? EMPTY_NUMBER));
                }}
              />
              {t(`editor.numeric.modes.${mode}`)}
            </label>
          ))}
        </div>
        {asymmetric(q.tolerance) ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <NumberField path={sub(tolPath, "below")} label={t("editor.numeric.below")} value={q.tolerance.below} onChange={(below) => setTolerance({ ...(q.tolerance as { below: number; above: number }), below })} />
            <NumberField path={sub(tolPath, "above")} label={t("editor.numeric.above")} value={q.tolerance.above} onChange={(above) => setTolerance({ ...(q.tolerance as { below: number; above: number }), above })} />
          </div>
        ) : (
          <NumberField className="sm:w-1/2" path={tolPath} label={t("editor.numeric.plusMinus")} help={t("editor.numeric.toleranceHelp")} value={q.tolerance} onChange={(v) => setTolerance(v)} />
        )}
        {split && tol.messages}
      </fieldset>
    </>
  );
}
