/** Input limits shared by the server's validation and the player's inputs (kept tiny: it ships to the browser). */
export const QROC_MAX_WORDS = 5;
export const QROC_MAX_CHARS = 200;
/** Problem representation: one or two sentences. */
export const REPRESENTATION_MAX_CHARS = 600;
