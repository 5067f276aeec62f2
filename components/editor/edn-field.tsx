"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { EdnItemRef } from "@/lib/content/schema";
import { formatEdnRefs, parseEdnRefs } from "@/lib/r2c/edn-text";
import { r2cItem } from "@/lib/r2c/items";
import { useField } from "./field-messages";

/**
 * EDN items (R2C) of a case, objective or question, typed as "312 A, 292 B". The draft changes only
 * when the text reads as references; a number missing from the shipped list is reported by the
 * checks (issues panel), like case:check does.
 */
export function EdnField({ path, label, value, onChange }: { path: string; label: string; value: EdnItemRef[] | undefined; onChange: (refs: EdnItemRef[] | undefined) => void }) {
  const { t } = useI18n();
  const f = useField(path, t("learning.editor.help"));
  const [text, setText] = useState(() => formatEdnRefs(value));
  const parsed = parseEdnRefs(text);
  return (
    <div>
      <label htmlFor={f.id} className="label">
        {label}
      </label>
      <input
        {...f.control}
        className="input"
        value={text}
        autoComplete="off"
        aria-invalid={parsed === null || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const refs = parseEdnRefs(e.target.value);
          if (refs) onChange(refs.length > 0 ? refs : undefined);
        }}
      />
      {f.help}
      {parsed === null ? (
        <p className="mt-1 text-sm text-red-700">{t("learning.editor.format")}</p>
      ) : (
        parsed.length > 0 && (
          <ul className="mt-1 text-xs text-slate-700">
            {parsed.map((r) => (
              <li key={`${r.item}-${r.rank}`}>
                {r.item} ({t("learning.progress.rank", { rank: r.rank })}) — {r2cItem(r.item)?.title ?? t("learning.editor.unknown")}
              </li>
            ))}
          </ul>
        )
      )}
      {f.messages}
    </div>
  );
}
