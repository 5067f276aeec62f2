"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { parseFrenchNumber } from "@/lib/scoring/numeric";
import { EMPTY_NUMBER } from "./blank";
import { useField } from "./field-messages";

type Props = {
  path: string;
  label: string;
  value: number | undefined | null;
  /** Receives EMPTY_NUMBER (undefined) when the field is emptied. */
  onChange: (value: number) => void;
  help?: string;
  className?: string;
  integer?: boolean;
};

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** A number typed as text (decimal comma or point), kept as typed until it parses. */
export function NumberField({ path, label, value, onChange, help, className, integer }: Props) {
  const { t, locale } = useI18n();
  const f = useField(path, help);
  const format = (v: number | undefined | null) => (isNumber(v) ? (locale === "fr" ? String(v).replace(".", ",") : String(v)) : "");
  const [raw, setRaw] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  const parsed = raw.trim() === "" ? null : parseFrenchNumber(raw);
  // The value changed from outside (e.g. another control): show it, unless the text already says it.
  if (!Object.is(shown, value)) {
    setShown(value);
    if (!(parsed === value || (parsed === null && !isNumber(value)))) setRaw(format(value));
  }
  const unparsable = raw.trim() !== "" && (parsed === null || (integer && !Number.isInteger(parsed)));
  const formatId = `${f.id}-format`;
  const describedBy = [f.control["aria-describedby"], unparsable ? formatId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={f.id} className="label">
        {label}
      </label>
      <input
        {...f.control}
        aria-invalid={f.control["aria-invalid"] || unparsable || undefined}
        aria-describedby={describedBy}
        type="text"
        inputMode={integer ? "numeric" : "decimal"}
        autoComplete="off"
        className="input"
        value={raw}
        onChange={(e) => {
          setRaw(e.target.value);
          const next = e.target.value.trim() === "" ? null : parseFrenchNumber(e.target.value);
          if (e.target.value.trim() === "") onChange(EMPTY_NUMBER);
          else if (next !== null && (!integer || Number.isInteger(next))) onChange(next);
        }}
      />
      {f.help}
      {unparsable && (
        <p id={formatId} className="field-error">
          {integer ? t("editor.fields.integerExpected") : t("editor.fields.numberExpected")}
        </p>
      )}
      {f.messages}
    </div>
  );
}
