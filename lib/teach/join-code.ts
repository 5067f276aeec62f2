/**
 * Cohort join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * "ABCD-EFGH". 30^8 ≈ 6.6 × 10^11 codes: not guessable by trying, and a code can be rotated.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ2345679";
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string {
  const size = JOIN_CODE_ALPHABET.length;
  // Rejection sampling keeps every character equally likely (2^32 is not a multiple of 30).
  const limit = Math.floor(0x1_0000_0000 / size) * size;
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const v of random(JOIN_CODE_LENGTH)) {
      if (v < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[v % size];
    }
  }
  return code;
}

/** What the student typed, as stored: upper case, separators and spaces dropped. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.]/g, "");
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
