/**
 * The drug dictionary (drugs.ts) as patterns on folded text, one per drug: its names (regex
 * sources, spaces matching any white space) as whole words. Matched word by word by the
 * dictionary pass (lib/import/dictionary-pass.ts).
 */
import { DRUGS } from "./drugs";
import { flexibleSpaces } from "../text/flexible-spaces";

export const DRUG_PATTERNS = DRUGS.map((d) => ({ key: d.key, re: new RegExp(`(?:${flexibleSpaces(d.names.join("|"))})(?![\\p{L}\\d])`, "u") }));
