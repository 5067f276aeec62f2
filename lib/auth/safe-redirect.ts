/**
 * Where to go after signing in: a path of this app, never another site. The target is resolved
 * against the app's own origin the way a browser would (so "/\evil", "/%5Cevil" once decoded,
 * "//evil" and "https://evil" all leave it) and refused unless the origin stays the same. Raw
 * control characters, whitespace and backslashes are refused outright, also once percent-decoded:
 * browsers strip tabs and newlines and read "\" as "/" before resolving. Pure module.
 */
const FALLBACK = "/";
const ORIGIN = "http://progressif.invalid";
// C0 controls, space, DEL, backslash, and the C1/Unicode spaces a browser may strip or fold.
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;

function decodedForms(raw: string): string[] | undefined {
  const forms = [raw];
  let current = raw;
  // A few rounds catch double encoding ("%255C"); anything still encoded after that is refused.
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (next === current) return forms;
    forms.push(next);
    current = next;
  }
  return undefined;
}

export function safeCallbackPath(raw: string | string[] | undefined | null): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return FALLBACK;
  const forms = decodedForms(raw);
  if (!forms) return FALLBACK;
  for (const form of forms) {
    if (!form.startsWith("/") || form.startsWith("//") || FORBIDDEN.test(form)) return FALLBACK;
  }
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== ORIGIN) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
