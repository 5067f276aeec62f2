/**
 * EDN item references of a case (case, objectives, questions) checked against the shipped R2C list.
 * Pure: the list is bundled data.
 */
import { r2cItem } from "@/lib/r2c/items";
import type { PathSegment } from "./errors";
import type { EdnItemRef } from "./schema";

type Report = (path: PathSegment[], message: string) => void;

export function checkEdnItems(refs: readonly EdnItemRef[] | undefined, at: PathSegment[], report: Report): void {
  const seen = new Set<number>();
  refs?.forEach((ref, k) => {
    if (!r2cItem(ref.item)) report([...at, k, "item"], `item EDN inconnu : ${ref.item} (absent de la liste R2C livrée, content/r2c/items.json)`);
    if (seen.has(ref.item)) report([...at, k, "item"], `item EDN en double : ${ref.item}`);
    seen.add(ref.item);
  });
}
