"use client";
import { useI18n } from "@/components/i18n-provider";
import type { EditorCheck } from "@/lib/authoring/editor-checks";
import { useChecksAt } from "./editor-context";
import { fieldId } from "./field-id";

/** The inline errors and warnings of a field, in an element its control points to with aria-describedby. */
export function CheckMessages({ id, checks }: { id: string; checks: readonly EditorCheck[] }) {
  const { t } = useI18n();
  if (checks.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5">
      {checks.map((c, k) => (
        <p key={k} className={c.severity === "error" ? "field-error" : "text-sm text-amber-800"}>
          <span className="font-semibold">{c.severity === "error" ? t("editor.checks.errorPrefix") : t("editor.checks.warningPrefix")}</span> {t(`editor.checks.${c.code}`, c.params)}
        </p>
      ))}
    </div>
  );
}

/** Ids and ARIA attributes of the control at `path`, and its messages. */
export function useField(path: string, help?: string) {
  const id = fieldId(path);
  const checks = useChecksAt(path);
  const messagesId = `${id}-messages`;
  const helpId = `${id}-help`;
  const describedBy = [help ? helpId : "", checks.length > 0 ? messagesId : ""].filter(Boolean).join(" ") || undefined;
  const invalid = checks.some((c) => c.severity === "error") || undefined;
  return {
    id,
    control: { id, "aria-invalid": invalid, "aria-describedby": describedBy },
    help: help ? (
      <p id={helpId} className="mt-1 text-xs text-slate-600">
        {help}
      </p>
    ) : null,
    messages: <CheckMessages id={messagesId} checks={checks} />,
  };
}
