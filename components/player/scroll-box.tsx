"use client";
import { useEffect, useId, useRef, useState } from "react";

type Props = { label: string; hint: string; children: React.ReactNode };

/**
 * A box that scrolls sideways when its content (a lab table) is wider than the screen, so the page itself
 * never does. Only while it overflows does it say so ("Faire défiler le tableau →") and become a named,
 * focusable region, so keyboard users can scroll it with the arrow keys.
 */
export function ScrollBox({ label, hint, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const hintId = useId();

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth);
    measure();
    // The box follows the screen's width (rotation, zoom), the content its own (fonts loading).
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div>
      {overflows && (
        <p id={hintId} className="mb-1 text-right text-xs font-medium text-slate-700" data-testid="scroll-hint">
          {hint} <span aria-hidden="true">→</span>
        </p>
      )}
      <div
        ref={ref}
        className="overflow-x-auto rounded focus-visible:outline-2"
        role={overflows ? "region" : undefined}
        aria-label={overflows ? label : undefined}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}
