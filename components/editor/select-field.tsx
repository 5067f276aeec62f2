"use client";
import { useField } from "./field-messages";

type Props<V extends string> = {
  path: string;
  label: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  help?: string;
  className?: string;
  /** A first, empty choice (e.g. "no flag"). */
  emptyLabel?: string;
};

export function SelectField<V extends string>({ path, label, value, options, onChange, help, className, emptyLabel }: Props<V>) {
  const f = useField(path, help);
  return (
    <div className={className}>
      <label htmlFor={f.id} className="label">
        {label}
      </label>
      <select {...f.control} className="input" value={value ?? ""} onChange={(e) => onChange(e.target.value as V)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {f.help}
      {f.messages}
    </div>
  );
}
