/** Moves focus after the DOM has caught up with a change (an item moved, a panel removed). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    el?.focus();
  });
}
