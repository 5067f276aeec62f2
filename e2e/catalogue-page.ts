import { expect, type Page } from "@playwright/test";

/** Orders a test from a catalogue menu: types (part of) its label in the search box, clicks its button, waits for its result. */
export async function orderFromCatalogue(page: Page, label: string, query = label.slice(0, 12)) {
  const menu = page.getByTestId("catalogue-menu");
  const results = menu.getByTestId("catalogue-ordered").getByRole("listitem");
  const before = await results.count();
  await menu.getByLabel("Rechercher un examen").fill(query);
  await menu.getByRole("button", { name: `Demander « ${label} »`, exact: true }).click();
  await expect(results).toHaveCount(before + 1);
}
