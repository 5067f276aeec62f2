/**
 * Opens an uploaded case-folder zip without trusting it: the archive size, the number of entries,
 * each entry's and the total uncompressed size are bounded before anything is inflated (an entry
 * is inflated into a buffer of its declared size, so a lying header cannot make it grow), and paths
 * that are absolute, contain "..", backslashes or control characters are refused. Pure module.
 */
import { unzipSync } from "fflate";

export const ZIP_LIMITS = {
  maxZipBytes: 5 * 1024 * 1024,
  maxEntries: 200,
  maxEntryBytes: 2 * 1024 * 1024,
  maxTotalBytes: 10 * 1024 * 1024,
};

export type ZipLimits = typeof ZIP_LIMITS;
export type ZipErrorCode = "empty" | "too-large" | "not-zip" | "too-many-entries" | "entry-too-large" | "bad-path" | "unsupported";
export type ReadZipResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; code: ZipErrorCode; message: string };

class ZipRefusal extends Error {
  constructor(
    readonly code: ZipErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A relative path made of plain segments: no "..", no absolute path, no drive letter, no backslash. */
export function isSafeZipPath(name: string): boolean {
  if (!name || name.length > 300 || name.startsWith("/") || /^[a-zA-Z]:/.test(name)) return false;
  if (/[\\\u0000-\u001f\u007f]/.test(name)) return false;
  const segments = name.replace(/\/$/, "").split("/");
  return segments.every((s) => s !== "" && s !== "." && s !== "..");
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} Mo`;

export function readCaseZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ReadZipResult {
  if (bytes.length === 0) return { ok: false, code: "empty", message: "Le fichier .zip est vide." };
  if (bytes.length > limits.maxZipBytes) return { ok: false, code: "too-large", message: `Le fichier .zip dépasse la taille maximale de ${mb(limits.maxZipBytes)}.` };
  let entries = 0;
  let total = 0;
  try {
    const raw = unzipSync(bytes, {
      filter(file) {
        entries += 1;
        if (entries > limits.maxEntries) throw new ZipRefusal("too-many-entries", `L'archive contient trop de fichiers (${limits.maxEntries} au plus).`);
        if (!isSafeZipPath(file.name)) throw new ZipRefusal("bad-path", `Chemin refusé dans l'archive : « ${file.name.slice(0, 120)} » (chemin absolu, « .. » ou caractère interdit).`);
        if (file.name.endsWith("/")) return false;
        if (file.compression !== 0 && file.compression !== 8) throw new ZipRefusal("unsupported", `Méthode de compression non prise en charge pour « ${file.name} ».`);
        if (file.originalSize > limits.maxEntryBytes) throw new ZipRefusal("entry-too-large", `Le fichier « ${file.name} » est trop gros une fois décompressé (${mb(limits.maxEntryBytes)} au plus).`);
        total += file.originalSize;
        if (total > limits.maxTotalBytes) throw new ZipRefusal("too-large", `L'archive est trop grosse une fois décompressée (${mb(limits.maxTotalBytes)} au plus).`);
        return true;
      },
    });
    const files = new Map<string, Uint8Array>();
    for (const [name, data] of Object.entries(raw)) {
      // Stored entries are copied as they are: re-check their real size too.
      if (data.length > limits.maxEntryBytes) throw new ZipRefusal("entry-too-large", `Le fichier « ${name} » est trop gros (${mb(limits.maxEntryBytes)} au plus).`);
      files.set(name, data);
    }
    return { ok: true, files };
  } catch (error) {
    if (error instanceof ZipRefusal) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: "not-zip", message: "Le fichier n'est pas une archive .zip lisible." };
  }
}
