/**
 * The EDN knowledge items (R2C) shipped with the project (content/r2c/items.json; source and scope in
 * content/r2c/README.md). Pure module: the list is bundled, no file access at run time.
 */
import list from "@/content/r2c/items.json";

export type R2cItem = { number: number; title: string };

export const R2C_SOURCE: string = list.source;
/** False while the file holds only part of the 367 items (see its README). */
export const R2C_COMPLETE: boolean = list.complete;

const byNumber = new Map<number, R2cItem>(list.items.map((i) => [i.number, i]));

export function r2cItem(number: number): R2cItem | undefined {
  return byNumber.get(number);
}

export function r2cItems(): readonly R2cItem[] {
  return list.items;
}
