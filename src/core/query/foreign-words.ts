/**
 * The words of this field in the languages an international newsroom mixes into its English
 * ("the ambassade of france in niamey", "consulado de estados unidos en jeddah", "art. 22 wiener
 * übereinkommen"), in the records' English terms. Keys are normalized (no accents); the desk still
 * answers in English. Only words that cannot be English words are here: "mission" and "convention"
 * are English already, and "manifestation" is left alone because it is an English word too.
 */
export const FOREIGN_TERMS: readonly [string, string][] = [
  // Embassies and consulates: French, Spanish, Portuguese, Italian, German, Dutch.
  ...["ambassade", "embajada", "embaixada", "ambasciata", "botschaft"].flatMap((word): [string, string][] => [
    [word, "embassy"],
    [`${word}s`, "embassies"],
  ]),
  ["ambasciate", "embassies"],
  ["botschaften", "embassies"],
  ["ambassades", "embassies"],
  ...["consulat", "consulado", "consolato", "konsulat", "consulaat"].flatMap((word): [string, string][] => [
    [word, "consulate"],
    [`${word}s`, "consulates"],
  ]),
  ["konsulate", "consulates"],
  // "L'ambassade des états-unis", "consulado de estados unidos": whose mission, as "of" says it.
  ...["ambassade", "embajada", "embaixada", "ambasciata", "consulat", "consulado", "consolato"].flatMap(
    (word): [string, string][] =>
      ["de", "des", "du", "del", "da", "do", "di"].map((of): [string, string] => [
        `${word} ${of}`,
        word.startsWith("consul") ? "consulate of" : "embassy of",
      ]),
  ),
  ["ambassadeur", "ambassador"],
  ["embajador", "ambassador"],
  ["botschafter", "ambassador"],
  // Attacks.
  ["attentat", "attack"],
  ["attentats", "attacks"],
  ["atentado", "attack"],
  ["atentados", "attacks"],
  ["ataque", "attack"],
  ["ataques", "attacks"],
  ["anschlag", "attack"],
  // The law's names.
  ["valise diplomatique", "diplomatic bag"],
  ["valija diplomatica", "diplomatic bag"],
  ["convention de vienne", "vienna convention"],
  ["convencion de viena", "vienna convention"],
  ["relaciones consulares", "consular relations"],
  ["relations consulaires", "consular relations"],
  ["relaciones diplomaticas", "diplomatic relations"],
  ["relations diplomatiques", "diplomatic relations"],
  ["articulo", "article"],
  ["wiener ubereinkommen uber diplomatische beziehungen", "vienna convention on diplomatic relations"],
  ["wiener ubereinkommen", "vienna convention"],
  ["cour internationale de justice", "international court of justice"],
  ["corte internacional de justicia", "international court of justice"],
  ["assemblee generale", "general assembly"],
  ["asamblea general", "general assembly"],
  // States, as they are written in the same sentences.
  ["etats unis", "united states"],
  ["estados unidos", "united states"],
  ["den haag", "the hague"],
  // The words of a legal question: who may do what ("policia puede entrar sin permiso").
  ...["policia", "polizei"].map((word): [string, string] => [word, "police"]),
  ...["puede", "pueden", "peut", "peuvent", "pode", "podem"].map((word): [string, string] => [word, "can"]),
  ...["entrar", "entrer", "betreten"].map((word): [string, string] => [word, "enter"]),
  ...["sin permiso", "sans permission", "sans autorisation", "sin autorizacion", "sem permissao"].map(
    (phrase): [string, string] => [phrase, "without permission"],
  ),
  ["peut etre ouverte", "can be opened"],
  ["puede ser abierta", "can be opened"],
  ["archivos", "archives"],
  ["inviolables", "inviolable"],
  ["territorio extranjero", "foreign soil"],
  ["territoire etranger", "foreign soil"],
  ...["manifestants", "manifestantes"].map((word): [string, string] => [word, "protesters"]),
  ["diplomatico", "diplomat"],
  ["diplomaticos", "diplomats"],
  ["diplomate", "diplomat"],
  ["diplomates", "diplomats"],
  ["inmunidad", "immunity"],
  ["doit il", "must"],
  ["doit", "must"],
  ["proteger", "protect"],
  ["anschlage", "attacks"],
  ["kedutaan besar", "embassy"],
  ["immunite", "immunity"],
];
