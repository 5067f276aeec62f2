import { expect, type Locator } from "@playwright/test";
import type { Player } from "./player-page";

/** Clinical-reasoning tasks through the UI (problem representation, ranked differential). */
export async function answerRepresentation(player: Player, id: string, text: string): Promise<Locator> {
  const card = player.question(id);
  await card.getByLabel(/Votre représentation du problème/).fill(text);
  await player.submit(card);
  return card;
}

/** Adds each diagnosis through the search box (typing, then the "Add" button), flags the can't-miss ones, submits. */
export async function answerDifferential(player: Player, id: string, entries: { text: string; cantMiss?: boolean }[]): Promise<Locator> {
  const card = player.question(id);
  for (const entry of entries) {
    await card.getByLabel("Rechercher un diagnostic").fill(entry.text.slice(0, 14));
    await card.getByRole("button", { name: `Ajouter « ${entry.text} »`, exact: true }).click();
    if (entry.cantMiss) await player.tick(card.getByRole("checkbox", { name: `« ${entry.text} » est un diagnostic à ne pas manquer` }));
  }
  await expect(card.getByTestId("differential-ranking").getByRole("listitem")).toHaveCount(entries.length);
  await player.submit(card);
  return card;
}
