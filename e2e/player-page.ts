import { expect, type Locator, type Page } from "@playwright/test";

/** Page object for the case player: start, answer each question type, order tests, move on. */
export class Player {
  constructor(readonly page: Page) {}

  async start(slug: string, mode: "training" | "exam" = "training"): Promise<string> {
    await this.page.goto(`/cases/${slug}`);
    await this.page.getByRole("radio", { name: mode === "exam" ? /^Examen/ : /^Entraînement/ }).check();
    await this.page.getByRole("button", { name: "Commencer" }).click();
    await this.page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
    return this.attemptId();
  }

  attemptId(): string {
    const match = /\/attempts\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match) throw new Error(`not on an attempt page: ${this.page.url()}`);
    return match[1];
  }

  question(id: string): Locator {
    return this.page.locator(`[data-question-id="${id}"]`);
  }

  /** Submits and waits until the answer is stored (not merely sent): one action at a time, as a careful learner. */
  async submit(card: Locator) {
    await card.getByRole("button", { name: "Valider ma réponse" }).click();
    await expect(card.getByText("Réponse enregistrée.")).toBeVisible();
    await expect(card.getByRole("button", { name: /^(Valider ma réponse|Enregistrement…)$/ })).toHaveCount(0);
  }

  /**
   * Ticks a radio or checkbox with one click. The inputs stay disabled until the page has hydrated,
   * and a click waits for them to be enabled: it is never lost, so it is never repeated.
   */
  async tick(control: Locator) {
    await control.click();
    await expect(control).toBeChecked();
  }

  async answerChoice(id: string, texts: string[]) {
    const card = this.question(id);
    for (const text of texts) await this.tick(card.getByLabel(text, { exact: true }));
    await this.submit(card);
  }

  /** QRP long menu: each option is found through the search box, then ticked. */
  async answerLongMenu(id: string, texts: string[]) {
    const card = this.question(id);
    for (const text of texts) {
      await card.getByLabel("Rechercher une proposition").fill(text.slice(0, 12));
      await this.tick(card.getByLabel(text, { exact: true }));
    }
    await this.submit(card);
  }

  /** Zone: each passage is a toggle button inside the text. */
  async answerZone(id: string, texts: string[]) {
    const card = this.question(id);
    for (const text of texts) {
      const zone = card.getByRole("button", { name: text });
      await zone.click();
      await expect(zone).toHaveAttribute("aria-pressed", "true");
    }
    await this.submit(card);
  }

  async answerText(id: string, value: string) {
    const card = this.question(id);
    await card.getByRole("textbox").fill(value);
    await this.submit(card);
  }

  async answerTcs(id: string, label: string) {
    const card = this.question(id);
    await this.tick(card.getByRole("radio", { name: new RegExp(label) }));
    await this.submit(card);
  }

  /** The current order of an ordering question's items, read from their accessible button names. */
  async orderingItems(id: string): Promise<string[]> {
    // The ordering input's code loads lazily: wait until its items have replaced the placeholder.
    const card = this.question(id);
    await expect(card.locator("[data-ordering-loading]")).toHaveCount(0);
    await expect(card.getByRole("button", { name: /^Descendre « / }).first()).toBeAttached();
    // Every item has a Descendre button (disabled on the last one), in display order.
    const names = await card.getByRole("button", { name: /^Descendre « / }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    return names.map((n) => n.replace(/^Descendre « (.*) »$/, "$1"));
  }

  /** Puts the items in the wanted order with the keyboard-accessible Monter buttons, then submits. */
  async answerOrdering(id: string, wanted: string[]) {
    const card = this.question(id);
    for (let target = 0; target < wanted.length; target++) {
      let current = await this.orderingItems(id);
      while (current.indexOf(wanted[target]) > target) {
        await card.getByRole("button", { name: `Monter « ${wanted[target]} »` }).click();
        current = await this.orderingItems(id);
      }
    }
    await expect.poll(() => this.orderingItems(id)).toEqual(wanted);
    await this.submit(card);
  }

  async orderInvestigation(label: string) {
    const item = this.page.getByRole("button", { name: `Demander : ${label}` });
    await item.click();
    await expect(item).toHaveCount(0);
  }

  /** "J'ai terminé mes demandes", then the confirmation: the stage's first question appears. */
  async finishOrdering() {
    await this.page.getByRole("button", { name: "J'ai terminé mes demandes" }).click();
    const confirm = this.page.getByRole("button", { name: "Oui, j'ai terminé" });
    await expect(confirm).toBeFocused();
    await confirm.click();
    await expect(this.page.getByTestId("finish-ordering")).toHaveCount(0);
  }

  async nextStage() {
    await this.page.getByRole("button", { name: "Passer à l'étape suivante" }).click();
  }

  async finish() {
    await this.page.getByRole("button", { name: "Terminer et voir le débriefing" }).click();
    await this.page.waitForURL(/\/debrief$/);
  }
}
