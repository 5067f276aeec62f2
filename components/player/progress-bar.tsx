export function ProgressBar({ value, max, label, title }: { value: number; max: number; label: string; title: string }) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div>
      <div className="flex flex-wrap justify-between gap-x-2 text-xs sm:text-sm">
        <span id="progress-title" className="sr-only font-medium sm:not-sr-only">
          {title}
        </span>
        <span className="text-slate-700">{label}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="progress-title"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={label}
        className="mt-1 h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
