/** Reads the shared catalogue of tests once per process (server side: the case checker, seeding and the data layer). */
import path from "node:path";
import { readYamlFile } from "./yaml-file";
import { catalogueSchema, type Catalogue } from "./catalogue";

export const CATALOGUE_FILE = "content/catalogue/tests.yaml";

let cached: Promise<Catalogue> | null = null;

/** The catalogue, validated; a broken catalogue file is a deployment error and throws with its first problem. */
export function loadCatalogue(file = process.env.PROGRESSIF_CATALOGUE ?? CATALOGUE_FILE): Promise<Catalogue> {
  cached ??= (async () => {
    const read = await readYamlFile(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file), file);
    if (!read.ok) throw new Error(`catalogue illisible : ${read.errors.map((e) => `${e.path} ${e.message}`).join(" ; ")}`);
    const parsed = catalogueSchema.safeParse(read.value.data);
    if (!parsed.success) throw new Error(`catalogue invalide : ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join(" ; ")}`);
    return parsed.data;
  })();
  cached.catch(() => (cached = null));
  return cached;
}
