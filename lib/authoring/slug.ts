/** Case slugs for authored cases: readable, URL-safe, and unlikely to collide with bundled ones. Pure module. */

/** "Femme de 41 ans : cancer du sein" → "femme-de-41-ans-cancer-du-sein" (at most 48 characters). */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/** A new slug from a hint (title or file name) and a random suffix, e.g. "cas-001-291fe0aa-k3x9q2". */
export function newCaseSlug(hint: string, random: () => string = () => crypto.randomUUID().slice(0, 6)): string {
  const base = slugify(hint) || "cas";
  return `${base}-${random()}`;
}

/** The source file name of an authored case: its slug with the document's extension. */
export function sourceFileName(slug: string, format: "txt" | "md" | "docx" | "pdf"): string {
  return `${slug}.${format === "md" ? "md" : "txt"}`;
}
