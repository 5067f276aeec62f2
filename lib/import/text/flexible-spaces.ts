/**
 * Lets the spaces of a regex source match any run of white space, so that phrases still match
 * when a line break (PDF or hard-wrapped text) falls between their words: " " → "\s+", " ?" → "\s*".
 */
export function flexibleSpaces(source: string): string {
  return source.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`);
}
