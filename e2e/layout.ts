import { expect, type Locator, type Page } from "@playwright/test";

/** The page never scrolls sideways: whatever is wider than the screen scrolls inside its own box. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `page ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

type Box = { left: number; right: number };

/** A box's content area: its border box less its borders and padding (getBoundingClientRect, exact layout units). */
async function contentBox(container: Locator): Promise<Box> {
  return container.evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      left: r.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
      right: r.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight),
    };
  });
}

/**
 * Each item that reaches past the container's content box (left or right), with by how much: `[]` when all fit.
 * Measured with Playwright's boundingBox against the container's padding edges.
 */
export async function itemsPastContentBox(container: Locator, items: Locator): Promise<string[]> {
  const box = await contentBox(container);
  const past: string[] = [];
  for (const item of await items.all()) {
    const b = await item.boundingBox();
    if (!b) throw new Error("item not rendered");
    const name = ((await item.textContent()) ?? "").trim().slice(0, 40);
    if (b.x + b.width > box.right) past.push(`${name}: ${b.x + b.width - box.right} px past the right edge`);
    if (b.x < box.left) past.push(`${name}: ${box.left - b.x} px past the left edge`);
  }
  return past;
}

/**
 * Every visible element of a card that reaches past the card's content box, `[]` when all fit. What lies inside a
 * box that scrolls or clips horizontally is that box's business: only the box itself is measured.
 */
export async function elementsPastContentBox(card: Locator): Promise<string[]> {
  return card.evaluate((root) => {
    const s = getComputedStyle(root);
    const r = root.getBoundingClientRect();
    const left = r.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft);
    const right = r.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight);
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    const past: string[] = [];
    for (const el of root.querySelectorAll("*")) {
      const b = el.getBoundingClientRect();
      // Screen-reader-only text is a clipped 1 px box, not something a learner sees.
      const style = getComputedStyle(el);
      if (b.width === 0 || b.height === 0 || style.clip !== "auto" || style.clipPath !== "none" || clipped(el)) continue;
      const what = `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> « ${(el.textContent ?? "").trim().slice(0, 30)} »`;
      if (b.right > right) past.push(`${what}: ${b.right - right} px past the right edge`);
      if (b.left < left) past.push(`${what}: ${left - b.left} px past the left edge`);
    }
    return past;
  });
}
