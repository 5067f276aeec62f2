/** Month names (folded) in French, English and Spanish, with their number. */
const MONTHS: [number, string[]][] = [
  [1, ["janvier", "january", "enero"]],
  [2, ["fevrier", "february", "febrero"]],
  [3, ["mars", "march", "marzo"]],
  [4, ["avril", "april", "abril"]],
  [5, ["mai", "may", "mayo"]],
  [6, ["juin", "june", "junio"]],
  [7, ["juillet", "july", "julio"]],
  [8, ["aout", "august", "agosto"]],
  [9, ["septembre", "september", "septiembre", "setiembre"]],
  [10, ["octobre", "october", "octubre"]],
  [11, ["novembre", "november", "noviembre"]],
  [12, ["decembre", "december", "diciembre"]],
];

/** Abbreviations, accepted only when a year follows. */
const ABBREVIATIONS: [number, string[]][] = [
  [1, ["janv", "jan", "ene"]],
  [2, ["fevr", "fev", "feb"]],
  [3, ["mar"]],
  [4, ["avr", "apr", "abr"]],
  [6, ["jun"]],
  [7, ["juil", "jul"]],
  [8, ["aug", "ago"]],
  [9, ["sept", "sep"]],
  [10, ["oct"]],
  [11, ["nov"]],
  [12, ["dec", "dic"]],
];

const BY_NAME = new Map<string, number>();
for (const [n, names] of [...MONTHS, ...ABBREVIATIONS]) for (const name of names) BY_NAME.set(name, n);

const byLength = (names: string[]) => names.sort((a, b) => b.length - a.length).join("|");
export const MONTH_NAMES = byLength(MONTHS.flatMap(([, n]) => n));
export const MONTH_NAMES_AND_ABBREVIATIONS = byLength([...BY_NAME.keys()]);

export function monthNumber(foldedName: string): number | undefined {
  return BY_NAME.get(foldedName.replace(/\.$/, ""));
}
