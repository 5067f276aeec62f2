import { fieldId, pathAncestors } from "./field-id";

/**
 * Shows and focuses the field an issue is about, or its nearest enclosing element that exists
 * (an issue on "stages[0].questions[1].options[2].text" may land on the options group). Opens the
 * collapsed panels around it. Returns false when nothing on the page matches.
 */
function focusField(path: string): boolean {
  for (const p of pathAncestors(path)) {
    const el = document.getElementById(fieldId(p));
    if (!el) continue;
    for (let d = el.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
    const target = el instanceof HTMLDetailsElement ? (el.querySelector("summary") ?? el) : el;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
}

/**
 * Asks the panels around the field to open (`reveal`), then focuses it once they have rendered,
 * trying for a few frames; falls back to the nearest element that exists.
 */
export function revealAndFocus(path: string, reveal: (path: string) => void): void {
  reveal(path);
  const exact = fieldId(path);
  let frames = 0;
  const attempt = () => {
    frames += 1;
    if (document.getElementById(exact) || frames > 10) {
      focusField(path);
      return;
    }
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
