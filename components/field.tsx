import type { ReactNode } from "react";

type ControlProps = { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

/** A labelled form control with optional help and an error tied to it for screen readers. */
export function Field({ id, label, help, error, children }: { id: string; label: string; help?: string; error: string | null; children: (props: ControlProps) => ReactNode }) {
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined })}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
