/**
 * The instructor of `npm run bench:hostile`, in a process of its own (an instructor's browser is
 * not the students'): the time it spends building bodies and reading answers never delays the
 * students' loop, whose latencies are measured. Started by scripts/bench-hostile.ts through fork:
 * it is told the server and the instructor's session, builds the documents, then uploads the set
 * it is asked for, paced, for the phase's duration, and answers with what happened.
 */
import { aliasBombYaml, caseZipWithYaml, deepYaml, pageTreeBombPdf, zipBombDocx } from "../../tests/hostile-documents";

export type UploaderSetup = { base: string; cookie: string; analyseId: string; zipId: string; uploadEvery: number };
export type UploadSet = "refused" | "accepted";
export type UploaderRequest = { setup: UploaderSetup } | { set: UploadSet; seconds: number } | { document: number; times: number };
export type UploaderReply = { ready: true; labels: string[] } | { uploads: number; firstPass: [string, number, string][] } | { done: number };

type Upload = [label: string, actionId: string, body: FormData];

/** A server action called as the browser's callServer does with a FormData argument. */
function formActionBody(args: "formData" | "stateAndFormData", fields: [string, Blob | string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(`_1_${name}`, value);
  form.append("0", args === "formData" ? '["$K1"]' : '[{},"$K1"]');
  return form;
}

function documents({ analyseId, zipId }: UploaderSetup): Record<UploadSet, Upload[]> {
  const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);
  // Accepted: 395,000 characters giving 3,950 lab values and 3,950 dated events (an analysis of 3.4 MB of JSON).
  const longText = "Observation\nMadame D., 58 ans, revue en consultation ; hémoglobine 9,8 g/dL (12-16) le 3 mars 2024. ".repeat(4400).slice(0, 395_000);
  // Refused: as long, but 8,800 lab values, more than a review may send back.
  const crowdedText = "Observation\nMadame D., 58 ans, hémoglobine 9,8 g/dL (12-16), CRP 12 mg/L le 3 mars 2024. ".repeat(4400).slice(0, 395_000);
  return {
    refused: [
      [".docx 50 Mo décompressé", analyseId, formActionBody("formData", [["file", file(zipBombDocx(50), "bombe.docx")]])],
      ["PDF d'un milliard de pages", analyseId, formActionBody("formData", [["file", file(pageTreeBombPdf(9), "pages.pdf")]])],
      ["YAML « billion laughs »", zipId, formActionBody("stateAndFormData", [["zip", file(caseZipWithYaml(aliasBombYaml()), "alias.zip")]])],
      ["YAML imbriqué 20 000 fois", zipId, formActionBody("stateAndFormData", [["zip", file(caseZipWithYaml(deepYaml(20000)), "profond.zip")]])],
      ["texte de 8 800 valeurs", analyseId, formActionBody("formData", [["text", crowdedText]])],
    ],
    accepted: [["texte de 395 000 caractères", analyseId, formActionBody("formData", [["text", longText]])]],
  };
}

/** One upload, as the browser's server-action call makes it. */
function send(setup: UploaderSetup, actionId: string, body: FormData): Promise<Response> {
  return fetch(`${setup.base}/teach/cases/new`, { method: "POST", headers: { cookie: setup.cookie, "next-action": actionId, accept: "text/x-component" }, body });
}

/**
 * Uploads `set` one document after the other, again and again, for `seconds`: one every
 * `uploadEvery` ms, or the next as soon as the last is answered when it took longer. (A tight loop
 * of tiny uploads would measure a flood of requests, which any route makes, not parsing.)
 */
async function upload(setup: UploaderSetup, set: Upload[], seconds: number): Promise<Extract<UploaderReply, { uploads: number }>> {
  const firstPass: [string, number, string][] = [];
  let uploads = 0;
  const stopAt = performance.now() + seconds * 1000;
  while (performance.now() < stopAt) {
    for (const [label, id, body] of set) {
      if (performance.now() >= stopAt) break;
      const t0 = performance.now();
      const paced = new Promise((resolve) => setTimeout(resolve, setup.uploadEvery));
      const res = await send(setup, id, body);
      const text = await res.text();
      const refusal = text.match(/"message":"([^"]{0,140})/)?.[1];
      const message = refusal ?? (res.status === 200 && text.includes('"ok":true') ? `accepté : réponse de ${(text.length / 1e6).toFixed(1)} Mo` : `(HTTP ${res.status}) ${text.slice(0, 100)}`);
      if (uploads < set.length) firstPass.push([label, performance.now() - t0, message]);
      uploads++;
      await paced;
    }
  }
  return { uploads, firstPass };
}

if (process.send) {
  let setup: UploaderSetup | undefined;
  let sets: Record<UploadSet, Upload[]> | undefined;
  process.on("message", async (request: UploaderRequest) => {
    if ("setup" in request) {
      setup = request.setup;
      sets = documents(setup);
      process.send!({ ready: true, labels: [...sets.refused, ...sets.accepted].map(([label]) => label) } satisfies UploaderReply);
    } else if ("document" in request && sets && setup) {
      // One document, `times` times in a row, nothing else: what each costs the server, measured by the caller.
      const [, id, body] = [...sets.refused, ...sets.accepted][request.document];
      for (let i = 0; i < request.times; i++) {
        await (await send(setup, id, body)).arrayBuffer();
      }
      process.send!({ done: request.times } satisfies UploaderReply);
    } else if ("set" in request && setup && sets) {
      process.send!((await upload(setup, sets[request.set], request.seconds)) satisfies UploaderReply);
    }
  });
  process.on("disconnect", () => process.exit(0));
}
