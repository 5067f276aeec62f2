/**
 * Laboratory analytes: canonical key, French and English names, names and abbreviations as
 * written in French, English and Spanish reports. `names` are matched on folded text (lower
 * case, no accents; regex sources); `abbreviations` are matched case-sensitively on the original
 * text; `implied` are clinical terms whose value is the analyte's (une anémie (10,4 g/dL)).
 */
export type AnalyteKind = "count" | "fraction" | "other";

export type AnalyteEntry = {
  key: string;
  fr: string;
  en: string;
  names: string[];
  abbreviations?: string[];
  implied?: string[];
  /** "count": a cell count, which may be written as a bare number before its name ("27 000 plaquettes"). */
  kind?: AnalyteKind;
  /** May be written without a unit (INR 1,2). */
  unitless?: boolean;
};

const CELL: AnalyteKind = "count";

export const ANALYTES: AnalyteEntry[] = [
  { key: "hemoglobin", fr: "Hémoglobine", en: "Haemoglobin", names: ["hemoglobine", "hemoglobina", "ha?emoglobin", "taux d'hemoglobine"], abbreviations: ["Hb", "Hgb", "HGB"], implied: ["anemies?", "anemias?"] },
  { key: "hematocrit", fr: "Hématocrite", en: "Haematocrit", names: ["hematocrite", "ha?ematocrit", "hematocrito"], abbreviations: ["Ht", "Hte", "Hct"] },
  { key: "erythrocytes", fr: "Hématies", en: "Red blood cells", names: ["hematies?", "globules? rouges?", "erythrocytes", "red blood cells", "red cell count", "eritrocitos", "hematies"], abbreviations: ["GR", "RBC"], kind: CELL },
  { key: "mcv", fr: "VGM", en: "MCV", names: ["volume globulaire moyen", "mean corpuscular volume", "volumen corpuscular medio"], abbreviations: ["VGM", "MCV", "VCM"] },
  { key: "reticulocytes", fr: "Réticulocytes", en: "Reticulocytes", names: ["reticulocytes", "reticulocitos"], kind: CELL },
  { key: "platelets", fr: "Plaquettes", en: "Platelets", names: ["plaquettes?", "platelets?(?: count)?", "plaquetas", "thrombocytes", "numeration plaquettaire"], abbreviations: ["PLT", "Plq"], implied: ["thrombopenies?", "thrombocytopenies?", "thrombocytopenia", "trombocitopenia", "trombopenia", "thrombocytoses?", "thrombocytosis", "trombocitosis"], kind: CELL },
  { key: "leukocytes", fr: "Leucocytes", en: "White blood cells", names: ["leucocytes?", "globules? blancs?", "leukocytes", "white blood cells?(?: count)?", "white cell count", "leucocitos", "taux de globules blancs"], abbreviations: ["GB", "WBC"], implied: ["hyperleucocytoses?", "leucocytoses?", "leucopenies?", "leukocytosis", "leukopenia", "leucocitosis", "leucopenia"], kind: CELL },
  { key: "neutrophils", fr: "Polynucléaires neutrophiles", en: "Neutrophils", names: ["polynucleaires neutrophiles", "neutrophiles", "neutrophils?(?: count)?", "absolute neutrophil count", "neutrofilos"], abbreviations: ["PNN", "ANC"], implied: ["neutropenies?", "neutropenia", "neutrophilie", "neutrophilia", "neutrofilia"], kind: CELL },
  { key: "lymphocytes", fr: "Lymphocytes", en: "Lymphocytes", names: ["lymphocytes?", "linfocitos"], implied: ["lymphopenies?", "lymphopenia", "linfopenia", "lymphocytoses?", "lymphocytosis", "linfocitosis"], kind: CELL },
  { key: "monocytes", fr: "Monocytes", en: "Monocytes", names: ["monocytes", "monocitos"], implied: ["monocytoses?", "monocytosis", "monocitosis"], kind: CELL },
  { key: "eosinophils", fr: "Polynucléaires éosinophiles", en: "Eosinophils", names: ["polynucleaires eosinophiles", "eosinophiles", "eosinophils", "eosinofilos"], implied: ["hypereosinophilies?", "eosinophilies?", "eosinophilia", "eosinofilia"], kind: CELL },
  { key: "basophils", fr: "Polynucléaires basophiles", en: "Basophils", names: ["polynucleaires basophiles", "basophiles", "basophils", "basofilos"], kind: CELL },
  { key: "erythroblasts", fr: "Érythroblastes", en: "Erythroblasts", names: ["erythroblastes", "erythroblasts", "eritroblastos", "normoblastes", "nucleated red blood cells"], abbreviations: ["NRBC"], kind: CELL },
  { key: "blasts", fr: "Blastes", en: "Blasts", names: ["blastes", "blasts", "blastos", "cellules blastiques"], kind: CELL },
  { key: "monoblasts", fr: "Monoblastes", en: "Monoblasts", names: ["monoblastes", "monoblasts", "monoblastos"], kind: CELL },
  { key: "promyelocytes", fr: "Promyélocytes", en: "Promyelocytes", names: ["promyelocytes", "promielocitos"], kind: CELL },
  { key: "metamyelocytes", fr: "Métamyélocytes", en: "Metamyelocytes", names: ["metamyelocytes", "metamielocitos"], kind: CELL },
  { key: "myelocytes", fr: "Myélocytes", en: "Myelocytes", names: ["myelocytes", "mielocitos"], kind: CELL },
  { key: "crp", fr: "CRP", en: "CRP", names: ["proteine c[- ]reactive", "c[- ]reactive protein", "proteina c reactiva"], abbreviations: ["CRP"] },
  { key: "procalcitonin", fr: "Procalcitonine", en: "Procalcitonin", names: ["procalcitonine", "procalcitonin", "procalcitonina"], abbreviations: ["PCT"] },
  { key: "esr", fr: "Vitesse de sédimentation", en: "ESR", names: ["vitesse de sedimentation", "erythrocyte sedimentation rate", "velocidad de sedimentacion"], abbreviations: ["VS", "ESR", "VSG"] },
  { key: "prothrombin-time", fr: "Taux de prothrombine", en: "Prothrombin time", names: ["taux de prothrombine", "prothrombin time", "tiempo de protrombina"], abbreviations: ["TP", "PT", "TQ"] },
  { key: "inr", fr: "INR", en: "INR", names: [], abbreviations: ["INR"], unitless: true },
  { key: "aptt", fr: "TCA", en: "aPTT", names: ["temps de cephaline activee", "activated partial thromboplastin time"], abbreviations: ["TCA", "TCK", "aPTT", "APTT", "TTPa"] },
  { key: "fibrinogen", fr: "Fibrinogène", en: "Fibrinogen", names: ["fibrinogene", "fibrinogen", "fibrinogeno"] },
  { key: "d-dimers", fr: "D-dimères", en: "D-dimers", names: ["d-dimeres", "d-dimers?", "dimeres", "dimeros? d"] },
  { key: "creatinine", fr: "Créatinine", en: "Creatinine", names: ["creatininemie", "creatinemie", "creatinine", "creatinina"] },
  { key: "urea", fr: "Urée", en: "Urea", names: ["uree", "uremie", "urea", "blood urea nitrogen"], abbreviations: ["BUN"] },
  { key: "alt", fr: "ALAT", en: "ALT", names: ["alanine aminotransferase"], abbreviations: ["ALAT", "ALT", "GPT", "SGPT"] },
  { key: "ast", fr: "ASAT", en: "AST", names: ["aspartate aminotransferase"], abbreviations: ["ASAT", "AST", "GOT", "SGOT"] },
  { key: "ggt", fr: "Gamma-GT", en: "GGT", names: ["gamma[- ]?gt", "gamma[- ]glutamyl[- ]transferase"], abbreviations: ["GGT", "γGT"] },
  { key: "alp", fr: "Phosphatases alcalines", en: "Alkaline phosphatase", names: ["phosphatases? alcalines?", "alkaline phosphatase", "fosfatasa alcalina"], abbreviations: ["PAL", "ALP"] },
  { key: "bilirubin", fr: "Bilirubine totale", en: "Total bilirubin", names: ["bilirubine(?: totale)?", "bilirubinemie(?: totale)?", "(?:total )?bilirubin", "bilirrubina(?: total)?"] },
  { key: "bilirubin-free", fr: "Bilirubine libre", en: "Unconjugated bilirubin", names: ["bilirubine (?:libre|non conjuguee|indirecte)", "(?:unconjugated|indirect) bilirubin", "bilirrubina (?:indirecta|no conjugada)"] },
  { key: "bilirubin-conjugated", fr: "Bilirubine conjuguée", en: "Conjugated bilirubin", names: ["bilirubine (?:conjuguee|directe)", "(?:conjugated|direct) bilirubin", "bilirrubina (?:directa|conjugada)"] },
  { key: "ldh", fr: "LDH", en: "LDH", names: ["lactate deshydrogenase", "lactate dehydrogenase", "lacticodeshydrogenase"], abbreviations: ["LDH"] },
  { key: "albumin", fr: "Albumine", en: "Albumin", names: ["albuminemie", "albumine", "albumin", "albumina"], implied: ["hypoalbuminemies?", "hypoalbuminemia"] },
  { key: "total-protein", fr: "Protides totaux", en: "Total protein", names: ["protides totaux", "proteines totales", "protidemie", "total protein"] },
  { key: "ferritin", fr: "Ferritine", en: "Ferritin", names: ["ferritinemie", "ferritine", "ferritin", "ferritina"] },
  { key: "sodium", fr: "Sodium", en: "Sodium", names: ["sodium", "natremie", "sodio"], abbreviations: ["Na", "Na+"], implied: ["hyponatremies?", "hypernatremies?", "hyponatremia", "hypernatremia", "hiponatremia"] },
  { key: "potassium", fr: "Potassium", en: "Potassium", names: ["potassium", "kaliemie", "potasio"], abbreviations: ["K+"], implied: ["hypokaliemies?", "hyperkaliemies?", "hypokalemia", "hyperkalemia", "hipopotasemia", "hiperpotasemia"] },
  { key: "chloride", fr: "Chlore", en: "Chloride", names: ["chloremie", "chlorure", "chloride", "cloro"] },
  { key: "bicarbonate", fr: "Bicarbonates", en: "Bicarbonate", names: ["bicarbonates?", "reserve alcaline"], abbreviations: ["HCO3", "HCO3-"] },
  { key: "corrected-calcium", fr: "Calcium corrigé", en: "Corrected calcium", names: ["calcium corrige", "calcemie corrigee", "corrected calcium", "calcio corregido"] },
  { key: "calcium", fr: "Calcium", en: "Calcium", names: ["calcium", "calcemie", "calcio"], abbreviations: ["Ca", "Ca2+"], implied: ["hypercalcemies?", "hypocalcemies?", "hypercalcemia", "hypocalcemia", "hipercalcemia"] },
  { key: "phosphate", fr: "Phosphore", en: "Phosphate", names: ["phosphoremie", "phosphore", "phosphate", "fosforo"] },
  { key: "magnesium", fr: "Magnésium", en: "Magnesium", names: ["magnesium", "magnesemie", "magnesio"] },
  { key: "glucose", fr: "Glycémie", en: "Glucose", names: ["glycemie", "blood glucose", "glucose", "glucemia"], implied: ["hyperglycemies?", "hypoglycemies?", "hyperglycemia", "hypoglycemia"] },
  { key: "hba1c", fr: "HbA1c", en: "HbA1c", names: ["hemoglobine glyquee", "hba1c", "glycated ha?emoglobin"] },
  { key: "uric-acid", fr: "Acide urique", en: "Uric acid", names: ["acide urique", "uricemie", "uric acid", "acido urico"] },
  { key: "ck", fr: "CPK", en: "CK", names: ["creatine (?:phospho)?kinase", "creatinine kinase"], abbreviations: ["CK", "CPK"] },
  { key: "troponin", fr: "Troponine", en: "Troponin", names: ["troponine(?: (?:i|t))?(?: (?:hs|us|ultrasensible))?", "troponin(?: (?:i|t))?", "troponina"], abbreviations: ["cTnI", "cTnT", "TnI", "TnT", "hs-cTnT", "hs-cTnI"] },
  { key: "bnp", fr: "BNP", en: "BNP", names: [], abbreviations: ["BNP"] },
  { key: "nt-probnp", fr: "NT-proBNP", en: "NT-proBNP", names: ["nt-?probnp"] },
  { key: "lactate", fr: "Lactates", en: "Lactate", names: ["lactatemie", "lactates?", "lactato"] },
  { key: "lipase", fr: "Lipase", en: "Lipase", names: ["lipasemie", "lipase", "lipasa"] },
  { key: "tsh", fr: "TSH", en: "TSH", names: [], abbreviations: ["TSH", "TSHus"] },
  { key: "vitamin-b12", fr: "Vitamine B12", en: "Vitamin B12", names: ["vitamine b12", "vitamin b12", "vitamina b12", "cobalamine"] },
  { key: "folate", fr: "Folates", en: "Folate", names: ["folates", "folate", "acide folique serique"] },
  { key: "haptoglobin", fr: "Haptoglobine", en: "Haptoglobin", names: ["haptoglobine", "haptoglobin", "haptoglobina"] },
  { key: "ca-15-3", fr: "CA 15-3", en: "CA 15-3", names: ["ca ?15[ .,-]?3"] },
  { key: "ca-27-29", fr: "CA 27.29", en: "CA 27.29", names: ["(?:ca|br) ?27[ .,-]?29"] },
  { key: "ca-19-9", fr: "CA 19-9", en: "CA 19-9", names: ["ca ?19[ .,-]?9"] },
  { key: "ca-125", fr: "CA 125", en: "CA 125", names: ["ca ?-?125"] },
  { key: "cea", fr: "ACE", en: "CEA", names: ["antigene carcino-?embryonnaire", "carcinoembryonic antigen", "antigeno carcinoembrionario"], abbreviations: ["ACE", "CEA"] },
  { key: "psa", fr: "PSA", en: "PSA", names: ["antigene prostatique specifique", "prostate[- ]specific antigen"], abbreviations: ["PSA"] },
  { key: "afp", fr: "Alpha-fœtoprotéine", en: "AFP", names: ["(?:alpha|α) ?-?f(?:o|oe|œ)?e?t(?:o|a)? ?-?proteine", "alpha-?fetoprotein"], abbreviations: ["AFP"] },
  { key: "ph", fr: "pH", en: "pH", names: [], abbreviations: ["pH"], unitless: true },
  { key: "pco2", fr: "PaCO2", en: "PaCO2", names: ["paco2", "pco2"], implied: ["hypocapnies?", "hypercapnies?", "hypocapnia", "hypercapnia"] },
  { key: "po2", fr: "PaO2", en: "PaO2", names: ["pao2", "po2"], implied: ["hypoxemies?", "hypoxemia"] },
  { key: "mch", fr: "TCMH", en: "MCH", names: ["teneur corpusculaire moyenne en hemoglobine", "mean corpuscular ha?emoglobin"], abbreviations: ["TCMH", "MCH", "HCM"] },
  { key: "mchc", fr: "CCMH", en: "MCHC", names: ["concentration corpusculaire moyenne en hemoglobine"], abbreviations: ["CCMH", "MCHC"] },
  { key: "schistocytes", fr: "Schizocytes", en: "Schistocytes", names: ["schizocytes", "schistocytes", "esquistocitos"], kind: CELL },
  { key: "plasma-cells", fr: "Plasmocytes", en: "Plasma cells", names: ["plasmocytes", "plasma cells", "celulas plasmaticas"], kind: CELL },
  { key: "adamts13", fr: "ADAMTS13", en: "ADAMTS13", names: ["(?:activite )?adamts ?-?13"] },
  { key: "protein-c", fr: "Protéine C", en: "Protein C", names: ["proteine c(?! ?-?reactive)", "protein c(?! ?-?reactive)"] },
  { key: "protein-s", fr: "Protéine S", en: "Protein S", names: ["proteine s", "protein s"] },
  { key: "antithrombin", fr: "Antithrombine", en: "Antithrombin", names: ["antithrombine(?: iii)?", "antithrombin(?: iii)?"], abbreviations: ["AT III", "ATIII"] },
  { key: "bleeding-time", fr: "Temps de saignement", en: "Bleeding time", names: ["temps de saignement", "bleeding time"] },
  { key: "prolactin", fr: "Prolactine", en: "Prolactin", names: ["prolactinemie", "prolactine", "prolactin"], implied: ["hyperprolactinemies?", "hyperprolactinemia"] },
  { key: "gammaglobulins", fr: "Gammaglobulines", en: "Gamma globulins", names: ["gammaglobulines", "gamma-?globulines", "gammaglobulins"], implied: ["hypergammaglobulinemies?", "hypogammaglobulinemies?"] },
  { key: "m-protein", fr: "Pic monoclonal", en: "M-protein", names: ["pic (?:etroit )?(?:d'aspect )?monoclonal", "composant monoclonal", "m-?spike", "paraproteine"] },
  { key: "igg", fr: "IgG", en: "IgG", names: [], abbreviations: ["IgG"] },
  { key: "iga", fr: "IgA", en: "IgA", names: [], abbreviations: ["IgA"] },
  { key: "igm", fr: "IgM", en: "IgM", names: [], abbreviations: ["IgM"] },
  { key: "ige", fr: "IgE", en: "IgE", names: [], abbreviations: ["IgE"] },
  { key: "kappa-lambda-ratio", fr: "Rapport kappa/lambda", en: "Kappa/lambda ratio", names: ["rapport kappa(?: libres?)?(?: ?\\/ ?| et | sur )lambda(?: libres?)?", "kappa ?\\/ ?lambda(?: ratio)?"] },
  { key: "kappa-free-light-chains", fr: "Chaînes légères libres kappa", en: "Free kappa light chains", names: ["chaines legeres libres kappa", "kappa libres?", "free kappa(?: light chains)?"] },
  { key: "lambda-free-light-chains", fr: "Chaînes légères libres lambda", en: "Free lambda light chains", names: ["chaines legeres libres lambda", "lambda libres?", "free lambda(?: light chains)?"] },
  { key: "beta2-microglobulin", fr: "β2-microglobuline", en: "β2-microglobulin", names: ["(?:beta|β) ?-?2 ?-?microglobuline", "(?:beta|β)[^\\s]{0,4} ?microglobuline", "microglobuline", "(?:beta|β) ?-?2 ?-?microglobulin"] },
  { key: "proteinuria-24h", fr: "Protéinurie des 24 h", en: "24-h proteinuria", names: ["proteinurie (?:de|des) 24 ?h(?:eures)?", "proteinurie"] },
  { key: "egfr", fr: "DFG estimé", en: "eGFR", names: ["clairance(?: de la creatinine)?(?: mdrd| selon (?:la formule )?(?:mdrd|ckd-epi|cockcroft))?", "debit de filtration glomerulaire(?: estime)?", "egfr"], abbreviations: ["DFG", "DFGe"] },
  { key: "total-cholesterol", fr: "Cholestérol total", en: "Total cholesterol", names: ["cholesterol(?: total)?", "cholesterolemie(?: totale)?", "total cholesterol"] },
  { key: "ldl-cholesterol", fr: "LDL-cholestérol", en: "LDL cholesterol", names: ["ldl[- ]?(?:cholesterol|c)", "ldl"] },
  { key: "hdl-cholesterol", fr: "HDL-cholestérol", en: "HDL cholesterol", names: ["hdl[- ]?(?:cholesterol|c)", "hdl"] },
  { key: "triglycerides", fr: "Triglycérides", en: "Triglycerides", names: ["triglycerides", "triglyceridemie", "trigliceridos"], abbreviations: ["TG"] },
  { key: "csf-leukocytes", fr: "Leucocytes (LCR)", en: "CSF leukocytes", names: ["leucocytes du lcr", "cellularite du lcr"], kind: CELL },
  { key: "csf-neutrophils", fr: "Polynucléaires neutrophiles (LCR)", en: "CSF neutrophils", names: [], kind: CELL },
  { key: "csf-lymphocytes", fr: "Lymphocytes (LCR)", en: "CSF lymphocytes", names: [], kind: CELL },
  { key: "csf-erythrocytes", fr: "Hématies (LCR)", en: "CSF red cells", names: [], kind: CELL },
  { key: "csf-protein", fr: "Protéinorachie", en: "CSF protein", names: ["proteinorachie", "proteines du lcr", "csf protein"], implied: ["hyperproteinorachies?"] },
  { key: "csf-glucose", fr: "Glycorachie", en: "CSF glucose", names: ["glycorr?achie", "glucose du lcr", "csf glucose"], implied: ["hypoglycorr?achies?"] },
  { key: "csf-chloride", fr: "Chlorurorachie", en: "CSF chloride", names: ["chlorurorachie"], implied: ["hypochlorurorachies?"] },
];

const BY_KEY = new Map(ANALYTES.map((a) => [a.key, a]));

/** Cell counts that, in a sentence about the cerebrospinal fluid, are the fluid's and not the blood's. */
export const CSF_COUNTS: Record<string, string> = {
  leukocytes: "csf-leukocytes",
  neutrophils: "csf-neutrophils",
  lymphocytes: "csf-lymphocytes",
  erythrocytes: "csf-erythrocytes",
};

export function analyteEntry(key: string): AnalyteEntry | undefined {
  return BY_KEY.get(key);
}

/** Display name of an analyte key in French (default) or English; the key itself when unknown. */
export function analyteName(key: string, lang: "fr" | "en" = "fr"): string {
  const entry = BY_KEY.get(key);
  return entry ? entry[lang] : key;
}
