"use client";
import { useField } from "./field-messages";

type Props = {
  path: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  help?: string;
  className?: string;
  /** Visually hidden label (the label is still read by screen readers). */
  hideLabel?: boolean;
  type?: "text" | "url";
};

export function TextField({ path, label, value, onChange, multiline, rows = 3, help, className, hideLabel, type = "text" }: Props) {
  const f = useField(path, help);
  return (
    <div className={className}>
      <label htmlFor={f.id} className={hideLabel ? "sr-only" : "label"}>
        {label}
      </label>
      {multiline ? (
        <textarea {...f.control} className="input" rows={rows} value={value ?? ""} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...f.control} type={type} className="input" value={value ?? ""} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {f.help}
      {f.messages}
    </div>
  );
}
