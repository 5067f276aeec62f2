import type { ErratumView } from "@/lib/player/view-types";

type Labels = { title: string; quote: string; correction: string };

/** Corrections of the source document, shown where the case allows them (a stage, an answered question, the debrief). */
export function ErrataNotes({ errata, labels }: { errata: ErratumView[]; labels: Labels }) {
  return errata.map((e) => (
    <aside key={e.id} className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm" aria-label={labels.title} data-erratum={e.id}>
      <p className="font-semibold text-amber-950">{labels.title}</p>
      <p className="mt-1 break-words">
        {labels.quote} <q className="italic">{e.quote}</q>
      </p>
      <p className="mt-1 break-words">
        {labels.correction} {e.correction}
      </p>
    </aside>
  ));
}
