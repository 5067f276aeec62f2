const TONES = {
  ok: "border-green-700 bg-green-50 text-green-800",
  bad: "border-red-700 bg-red-50 text-red-800",
  warn: "border-amber-700 bg-amber-50 text-amber-900",
  brand: "border-brand-700 bg-brand-50 text-brand-800",
  neutral: "border-slate-400 bg-slate-100 text-slate-800",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A small labelled tag; its text carries the meaning, the colour only repeats it (WCAG AA contrast). */
export function Badge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}
