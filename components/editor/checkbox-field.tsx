"use client";
import { useField } from "./field-messages";

type Props = { path: string; label: string; checked: boolean; onChange: (checked: boolean) => void; help?: string; className?: string };

export function CheckboxField({ path, label, checked, onChange, help, className }: Props) {
  const f = useField(path, help);
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input {...f.control} type="checkbox" className="mt-1 h-4 w-4 shrink-0" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={f.id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {f.help}
      {f.messages}
    </div>
  );
}
