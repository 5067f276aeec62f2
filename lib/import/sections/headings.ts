/**
 * Section headings of case reports in French, English and Spanish, folded (lower case, no
 * accents), mapped to a normalised section kind.
 */
import type { SectionKind } from "../types";

const HEADINGS: Record<SectionKind, string[]> = {
  intro: ["introduction", "contexte", "background", "introduccion", "generalites"],
  history: [
    "observation", "observation clinique", "cas clinique", "presentation du cas", "description du cas",
    "rapport de cas", "anamnese", "antecedents", "antecedents personnels", "histoire de la maladie",
    "motif de consultation", "motif d'hospitalisation", "interrogatoire",
    "case presentation", "case report", "case description", "clinical case", "history",
    "history of present illness", "patient information", "clinical presentation", "medical history",
    "presentacion del caso", "caso clinico", "descripcion del caso", "anamnesis", "antecedentes",
    "antecedentes personales", "enfermedad actual", "motivo de consulta",
  ],
  exam: [
    "examen physique", "examen clinique", "examen a l'admission", "examen clinique a l'admission",
    "physical examination", "clinical examination", "examination", "clinical findings",
    "physical exam", "exploracion fisica", "examen fisico", "exploracion",
  ],
  investigations: [
    "examens complementaires", "examens paracliniques", "bilan paraclinique", "bilan biologique",
    "bilan", "biologie", "imagerie", "examens biologiques", "anatomopathologie",
    "anatomie pathologique", "histologie", "investigations", "laboratory findings",
    "laboratory results", "laboratory tests", "diagnostic assessment", "imaging", "pathology",
    "pruebas complementarias", "exploraciones complementarias", "analitica", "pruebas de imagen",
    "anatomia patologica", "estudios complementarios",
  ],
  diagnosis: [
    "diagnostic", "diagnostic retenu", "diagnostic final", "diagnostic differentiel",
    "diagnostic positif", "diagnosis", "final diagnosis", "differential diagnosis", "diagnostico",
    "diagnostico diferencial", "diagnostico final", "juicio clinico", "juicio diagnostico",
  ],
  treatment: [
    "traitement", "traitements", "prise en charge", "prise en charge therapeutique",
    "conduite a tenir", "therapeutique", "treatment", "management", "therapeutic intervention",
    "therapeutic interventions", "tratamiento", "manejo", "traitement et evolution",
    "treatment and outcome",
  ],
  outcome: [
    "evolution", "suivi", "evolution et suivi", "devenir", "outcome", "follow-up", "follow up",
    "outcome and follow-up", "follow-up and outcomes", "clinical course", "evolucion", "seguimiento",
    "evolucion y seguimiento",
  ],
  discussion: [
    "discussion", "commentaire", "commentaires", "discussion et revue de la litterature",
    "discusion", "comentario", "comentarios",
  ],
  conclusion: [
    "conclusion", "conclusions", "en conclusion", "conclusion et perspectives", "points cles",
    "messages cles", "a retenir", "take-home messages", "take-home message", "learning points",
    "conclusiones",
  ],
  other: [
    "resume", "abstract", "resumen", "mots-cles", "mots cles", "keywords", "key words",
    "palabras clave", "references", "bibliographie", "bibliography", "referencias",
    "remerciements", "acknowledgements", "acknowledgments", "agradecimientos",
    "conflits d'interets", "liens d'interets", "conflict of interest", "conflicts of interest",
    "consentement", "consent", "financement", "funding",
  ],
};

const KIND_BY_HEADING = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(HEADINGS) as [SectionKind, string[]][]) {
  for (const name of names) KIND_BY_HEADING.set(name, kind);
}

/** Longest first, so "examen clinique a l'admission" wins over "examen clinique". */
export const HEADING_NAMES = [...KIND_BY_HEADING.keys()].sort((a, b) => b.length - a.length);

export function headingKind(foldedTitle: string): SectionKind | undefined {
  return KIND_BY_HEADING.get(foldedTitle.replace(/\s+/g, " ").trim());
}
