/**
 * The words of this field in the languages an international newsroom mixes into its English
 * ("the ambassade of france in niamey", "consulado de estados unidos en jeddah", "art. 22 wiener
 * übereinkommen"), in the records' English terms. Keys are normalized (no accents); the desk still
 * answers in English. Only words that cannot be English words are here: "mission" and "convention"
 * are English already, and "manifestation" is left alone because it is an English word too.
 */
/** The months in French, Spanish, Portuguese, Italian, German, Dutch and Turkish, normalized. */
const MONTHS_ABROAD: readonly [string, string][] = [
  ["january", "janvier gennaio januar januari ocak"],
  ["february", "fevrier fevereiro febbraio februar februari subat"],
  ["march", "marzo marz maart"],
  ["april", "avril abril aprile nisan"],
  ["may", "mai maggio mayis"],
  ["june", "juin junio junho giugno juni haziran"],
  ["july", "juillet julho luglio juli temmuz"],
  ["august", "aout agosto augustus agustos"],
  ["september", "septembre septiembre setembro settembre eylul"],
  ["october", "octobre octubre outubro ottobre oktober ekim"],
  ["november", "novembre noviembre novembro"],
  ["december", "decembre diciembre dezembro dicembre dezember aralik"],
];

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
  // "Les ambassades de France", "embajadas de Estados Unidos": whose missions, in the plural.
  ...["ambassades", "embajadas", "embaixadas", "ambasciate", "consulats", "consulados", "consolati"].flatMap(
    (word): [string, string][] =>
      ["de", "des", "du", "del", "da", "do", "di", "dos", "das"].map((of): [string, string] => [
        `${word} ${of}`,
        word.startsWith("consol") || word.startsWith("consul") ? "consulates of" : "embassies of",
      ]),
  ),
  ["ambassadeur", "ambassador"],
  // Visas are an errand in any language; "quanto tempo" asks how long, not how many.
  ["visto", "visa"],
  ["vistos", "visas"],
  ["quanto tempo", "how long"],
  ["cuanto tiempo", "how long"],
  // The 1973 convention's term in French.
  ["personne jouissant d une protection internationale", "internationally protected person"],
  ["personnes jouissant d une protection internationale", "internationally protected persons"],
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
  ["convencion", "convention"],
  ["convencao", "convention"],
  ["convenzione", "convention"],
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
  ["deve", "must"],
  ["devono", "must"],
  ["pagare", "pay"],
  ["pagar", "pay"],
  ["payer", "pay"],
  ["en", "in"],
  // Whose missions, in the adjectives German, Turkish and the Romance languages use.
  ...["deutsche", "deutschen", "deutsches", "deutscher"].map((word): [string, string] => [word, "german"]),
  ...[
    "amerikanische",
    "amerikanischen",
    "amerikan",
    "estadounidense",
    "estadounidenses",
    "americano",
    "americana",
    "americanos",
    "americanas",
  ].map((word): [string, string] => [word, "american"]),
  ...["turk", "turkische", "turkischen"].map((word): [string, string] => [word, "turkish"]),
  ...["britische", "britischen", "ingiliz"].map((word): [string, string] => [word, "british"]),
  ...["russische", "russischen"].map((word): [string, string] => [word, "russian"]),
  ...["franzosische", "franzosischen"].map((word): [string, string] => [word, "french"]),
  // German adjectives, with and without their "-n" ("israelische botschaft", "der iranischen botschaft").
  ...(
    [
      ["israelische", "israeli"],
      ["iranische", "iranian"],
      ["chinesische", "chinese"],
      ["sowjetische", "soviet"],
    ] as const
  ).flatMap(([german, english]): [string, string][] => [
    [german, english],
    [`${german}n`, english],
  ]),
  ["doivent ils", "must"],
  ["doivent", "must"],
  ["lois", "laws"],
  ["devant un tribunal", "before a local court"],
  // How long it lasted, asked in German, French, Spanish, Portuguese, Italian.
  ...["wie lange dauerte", "combien de temps a dure", "cuanto duro", "quanto durou", "quanto e durato"].map(
    (p): [string, string] => [p, "how long did it last"],
  ),
  ["wie lange", "how long"],
  ["combien de temps", "how long"],
  ["doit", "must"],
  ["proteger", "protect"],
  ["anschlage", "attacks"],
  ["kedutaan besar", "embassy"],
  ["immunite", "immunity"],
  // Turkish and Indonesian, whose words for missions share nothing with the English ones.
  ...["buyukelcilik", "buyukelciligi", "buyukelcilige", "buyukelciligine", "buyukelciligini"].map(
    (word): [string, string] => [word, "embassy"],
  ),
  ...["buyukelcilikler", "buyukelciliklere", "buyukelcilikleri"].map((word): [string, string] => [
    word,
    "embassies",
  ]),
  ["buyukelci", "ambassador"],
  ...["baskonsolosluk", "baskonsoloslugu", "baskonsolosluguna"].map((word): [string, string] => [
    word,
    "consulate general",
  ]),
  ...["konsolosluk", "konsoloslugu", "konsolosluga"].map((word): [string, string] => [word, "consulate"]),
  ["kedutaan", "embassy"],
  ["duta besar", "ambassador"],
  ["dubes", "ambassador"],
  ["generalkonsulat", "consulate general"],
  ["consulat general", "consulate general"],
  ["consulado general", "consulate general"],
  ["ambasciatore", "ambassador"],
  ["embaixador", "ambassador"],
  ...["diplomata", "diplomatici", "diplomaten", "diplomatlar", "diplomatlara"].map(
    (word): [string, string] => [word, word === "diplomata" ? "diplomat" : "diplomats"],
  ),
  // Attacks, in the forms the headlines use.
  ...[
    "attaquee",
    "attaquees",
    "attaque",
    "atacada",
    "atacadas",
    "atacado",
    "atacados",
    "angegriffen",
    "attaccata",
  ].map((word): [string, string] => [word, "attacked"]),
  ...["attacco", "angriff", "saldiri", "saldirisi", "serangan"].map((word): [string, string] => [
    word,
    "attack",
  ]),
  ...["attacchi", "angriffe", "saldirilar", "saldirilari", "anschlagen"].map((word): [string, string] => [
    word,
    "attacks",
  ]),
  ...["assaut", "asalto", "assalto", "invasao", "penyerbuan", "gesturmt"].map((word): [string, string] => [
    word,
    "stormed",
  ]),
  ...["prise d otages", "toma de rehenes", "geiselnahme", "presa di ostaggi"].map(
    (phrase): [string, string] => [phrase, "hostage taking"],
  ),
  ...["otages", "rehenes", "refens", "ostaggi", "geiseln", "rehine", "sandera"].map(
    (word): [string, string] => [word, "hostages"],
  ),
  ...["voiture piegee", "coche bomba", "carro bomba", "autobomba", "autobombe", "bom mobil"].map(
    (phrase): [string, string] => [phrase, "car bomb"],
  ),
  ["camion piege", "truck bomb"],
  ["bombali saldiri", "bombing"],
  ["bombali", "bomb"],
  ["bom", "bomb"],
  ["brandanschlag", "arson"],
  ...["incendie", "incendiee", "incendio", "incendiada", "incendiata"].map((word): [string, string] => [
    word,
    "set on fire",
  ]),
  ...["suikast", "suikasti"].map((word): [string, string] => [word, "assassination"]),
  ...["baskin", "baskini"].map((word): [string, string] => [word, "raid"]),
  // The law's words.
  ...[
    "inviolabilite",
    "inviolabilidad",
    "inviolabilidade",
    "inviolabilita",
    "unverletzlichkeit",
    "dokunulmazlik",
  ].map((word): [string, string] => [word, "inviolability"]),
  ...["imunidade", "immunita", "immunitat", "kekebalan"].map((word): [string, string] => [word, "immunity"]),
  ["kebal hukum", "immune"],
  ...["asile diplomatique", "asilo diplomatico", "diplomatisches asyl"].map((phrase): [string, string] => [
    phrase,
    "diplomatic asylum",
  ]),
  ["asile", "asylum"],
  ["asilo", "asylum"],
  ["notificacao consular", "consular notification"],
  ["notificacion consular", "consular notification"],
  ["consulado honorario", "honorary consulate"],
  ["consulat honoraire", "honorary consulate"],
  ["honorario", "honorary"],
  ["derecho internacional", "international law"],
  ["droit international", "international law"],
  ["direito internacional", "international law"],
  ["diritto internazionale", "international law"],
  ["volkerrecht", "international law"],
  ["residencia privada", "private residence"],
  ["residence privee", "private residence"],
  ["corriere diplomatico", "diplomatic courier"],
  ["courrier diplomatique", "diplomatic courier"],
  ["correo diplomatico", "diplomatic courier"],
  ...["cij", "cig"].map((word): [string, string] => [word, "icj"]),
  ["affaire", "case"],
  ["caso", "case"],
  ["personnel diplomatique et consulaire", "diplomatic and consular staff"],
  ["rinuncia", "waiver"],
  ["renuncia", "waiver"],
  ...["arrestato", "arrestado", "detenido", "ditangkap", "verhaftet"].map((word): [string, string] => [
    word,
    "arrested",
  ]),
  ["tutuklanabilir mi", "can be arrested"],
  ["girebilir mi", "can enter"],
  ["polis", "police"],
  ["polisi", "police"],
  ...["puo", "darf", "kann", "boleh", "bisa"].map((word): [string, string] => [word, "can"]),
  ["masuk", "enter"],
  ...[
    "etranger",
    "etrangere",
    "extranjera",
    "extranjero",
    "estrangeira",
    "estrangeiro",
    "straniera",
    "auslandische",
    "yabanci",
    "asing",
  ].map((word): [string, string] => [word, "foreign"]),
  ["territorio straniero", "foreign soil"],
  ["topragi", "soil"],
  ...["impuestos", "impots", "impostos", "tasse", "steuern", "vergi"].map((word): [string, string] => [
    word,
    "taxes",
  ]),
  ...["cuantas", "cuantos", "quantas", "quantos", "combien"].map((word): [string, string] => [
    word,
    "how many",
  ]),
  ...["quand", "cuando", "quando", "wann"].map((word): [string, string] => [word, "when"]),
  // "Manifestation devant l'ambassade": the English word is a protest only in this French phrase.
  ["manifestation devant", "protest outside"],
  ["manifestations devant", "protests outside"],
  ["devant", "outside"],
  // Months, where the word is not English ("mars", "mayo") nor in the records' names: Rio de Janeiro,
  // Julio César Méndez, the "31 de enero" and "28 de febrero" groups.
  // "Septiembre de 2012", "settembre del 2012": the month with its year.
  ...MONTHS_ABROAD.map(([month, words]): [string, string][] =>
    words.split(" ").flatMap((w): [string, string][] => [
      [w, month],
      [`${w} de`, month],
      [`${w} del`, month],
    ]),
  ).flat(),
  // Errands, in the same languages: opening hours, visas, certified copies.
  ...["orari", "horaires", "horario", "offnungszeiten"].map((word): [string, string] => [
    word,
    "opening hours",
  ]),
  ...["legalizacao", "legalizacion", "legalisation", "legalizzazione", "beglaubigung"].map(
    (word): [string, string] => [word, "legalisation"],
  ),
  ...["pasaporte", "passeport", "passaporto", "reisepass", "pasaport"].map((word): [string, string] => [
    word,
    "passport",
  ]),
  // Attacks and what was done, in French, German, Spanish, Turkish.
  ["attaque", "attack"],
  ["attaques", "attacks"],
  ["attaquee", "attacked"],
  ["attaquees", "attacked"],
  ["frappe aerienne", "airstrike"],
  ["frappe", "strike"],
  ["intihar", "suicide"],
  ["niedergebrannt", "burned"],
  ["in brand gesetzt", "set on fire"],
  ["demonstranten", "protesters"],
  ["coran", "quran"],
  // What the law allows and asks, in the same languages.
  ["verhaften", "arrest"],
  ["festnehmen", "arrest"],
  ["festgenommen", "arrested"],
  ["arreter", "arrest"],
  ["zahlen", "pay"],
  ["aufgehoben", "waived"],
  ["verzicht", "waiver"],
  ["konsularbeamte", "consular officers"],
  ["konsularbeamten", "consular officers"],
  ["amtshandlungen", "official acts"],
  ["temoigner", "give evidence as a witness"],
  ["testigo", "witness"],
  ["testigos", "witnesses"],
  ["lois locales", "local laws"],
  ["respecter", "respect"],
  ...[
    "schutzmacht",
    "potencia protectora",
    "puissance protectrice",
    "potenza protettrice",
    "potencia protetora",
  ].map((word): [string, string] => [word, "protecting power"]),
  ["rupture des relations diplomatiques", "break off diplomatic relations"],
  ["ruptura de relaciones diplomaticas", "break off diplomatic relations"],
  ["rompen las relaciones diplomaticas", "break off diplomatic relations"],
  ["rompen las relaciones", "break off relations"],
  ["ruptura de relaciones", "break off relations"],
  ["rupture des relations", "break off relations"],
  ["relacoes", "relations"],
  ["cortadas", "broken off"],
  ["exterritorialitat", "extraterritoriality"],
  ["yabanci toprak", "foreign soil"],
  ...["territorio do pais estrangeiro", "territorio estrangeiro"].map((p): [string, string] => [
    p,
    "foreign soil",
  ]),
  // What the police did not do, and what a word means.
  ...["n a rien fait", "no hizo nada", "nao fez nada", "nichts getan"].map((p): [string, string] => [
    p,
    "did nothing",
  ]),
  ...["qu est ce que c est", "que es", "was heisst das", "o que e"].map((p): [string, string] => [
    p,
    "what is",
  ]),
  // "Les années 80", "los años 80", "gli anni 80": the decade.
  ...[20, 30, 40, 50, 60, 70, 80, 90].flatMap((d): [string, string][] =>
    ["annees", "anos", "anni"].map((years): [string, string] => [`${years} ${d}`, `${d}s`]),
  ),
];

/** The foreign phrases, whose near misses are mended like the English reading words' ("embajda"). */
export const FOREIGN_PHRASES: readonly string[] = FOREIGN_TERMS.map(([phrase]) => phrase);
