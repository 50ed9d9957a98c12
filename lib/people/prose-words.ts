/**
 * The words prose-role.ts reads sentences by: the verbs that join a name to its role (copulas,
 * quoting verbs), the prepositions before a workplace, and the words that end a role, in the
 * languages of the pages we read. Lower case; "_" joins the words of a phrase ("according_to").
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/**
 * "is", "es", "ist", "est", "è", "é", "är", "er" (and their past forms), and "works as" in each
 * language: what joins a name to the role it is given in a bio. Not Polish "jest", which puts the
 * role in the instrumental ("jest prezesem"), a form the job-title vocabulary does not hold.
 */
export const COPULAS = set(
  'is was es fue era ist war est était è é foi är var er jest był była został została ' +
    'works_as serves_as trabaja_como arbeitet_als travaille_comme werkt_als lavora_come trabalha_como ' +
    'arbetar_som arbejder_som pracuje_jako',
);
/** Articles and adverbs between the copula and the role ("is a", "is currently the", "ist als"). */
export const BEFORE_ROLE = set(
  'a an the un una uno ein eine einer une le la el een de het um uma il lo en ett et als currently now also ' +
    'actualmente también ahora derzeit aktuell auch jetzt nun actuellement aussi maintenant désormais momenteel ook nu ' +
    'attualmente anche ora atualmente agora nå nu nyní obecnie teraz',
);
/**
 * Verbs that introduce a quoted person ("said", "sagte", "dijo", "a déclaré", "zei", "ha detto", …)
 * and the words that attribute a statement to one ("according to", "laut", "según", "selon").
 */
export const SAID = set(
  'said says added explained noted commented stated announced sagte sagt erklärte erklärt betonte ergänzte so dijo dice ' +
    'according_to laut según selon volgens secondo segundo enligt ifølge ' +
    'afirmó afirma explicó explica señaló declaró comentó añadió déclare explique ajoute souligne affirme ' +
    'précise indique zei zegt aldus verklaarde afferma spiega disse afirmou explicou declarou säger ' +
    'sade sa siger sagde sier uttaler forteller powiedział powiedziała a_déclaré a_expliqué a_ajouté a_souligné ha_detto ha_dichiarato ' +
    // and the verbs news reports attribute a statement by ("opina", "sostiene", "ressalta", "estime", "meint", "told")
    'told warned argued observed opina sostiene asegura apunta destaca subraya advierte recuerda resalta indica ' +
    'diz ressalta destacou avalia pondera estime rappelle observe assure meint sottolinea osserva aggiunge ' +
    // and the German verbs of a demand or a warning ("fordert Knut Berg, Bundesvorsitzender des …")
    'fordert forderte mahnt mahnte warnt warnte betont unterstreicht kritisiert kritisierte ergänzt',
);
/**
 * Prepositions before a workplace: "at", "an"/"bei", "en", "à"/"au"/"chez", "bij"/"aan",
 * "presso", "na"/"em", "på"/"hos"/"vid"/"i", "w". Tried before OF.
 */
export const AT = set(
  'at an bei am im en à au aux chez bij aan presso al alla na no em på hos vid ved i w we',
);
/**
 * Prepositions that may also join a role's own words ("Head of Sales", "Professor für
 * Informatik", "director de marketing"): "of", "der", "de", "du", "van", "di", "da", "för".
 */
export const OF = set('of for der des von vom de del para du van di della dello do da för');
/**
 * Business functions a role names after "of"/"de" ("Head of Sales", "Director of Marketing",
 * "directora de Comunicación"): the rest of the role, not an organisation.
 */
export const FUNCTIONS = set(
  'sales marketing engineering product products operations finance research communications communication ' +
    'analytics business human resources technology it hr pr design strategy policy people legal partnerships ' +
    'content growth data security customer development procurement purchasing logistics public ' +
    'ventas comunicación ingeniería finanzas recursos producto ventes ingénierie ressources ' +
    'vertrieb kommunikation entwicklung personal einkauf verkoop communicatie',
);
/** Lower-case articles before an organisation's name, dropped ("la Universidad de Lisboa"). */
export const ARTICLES = set("the la el los las le les l' der die das den dem de het il lo o a os as");
/** Lower-case words an organisation's name may hold between capitalised ones ("Universidad de Lisboa", "Bank of America"). */
export const ORG_JOINS = set('of de del la für and & y und et van der den di della do da for e i og och');
/**
 * Words after which a clause no longer names the role: relative pronouns ("who", "que", "qui",
 * "som") and the participles that go on to describe the work ("focused on", "specialising in",
 * "zuständig für", "especializado en").
 */
export const CLAUSE_END = set(
  'who which that whose where since and_is que quien donde desde welche seit qui dont depuis die dat sinds che dove dal som sedan który która ' +
    'focused focusing specialising specializing specialised specialized working based responsible ' +
    'especializado especializada responsable encargado encargada zuständig verantwortlich spécialisé spécialisée chargé chargée',
);

/** "our" in the languages we read, in each case a role is written after it ("unseren Gründer"). */
export const POSSESSIVE =
  /^(?:our|unser|unsere|unserer|unseren|unserem|unseres|notre|nos|nuestro|nuestra|nuestros|nuestras|nosso|nossa|nostro|nostra|onze|ons|vår|vårt|vores|vor|nasz|nasza|naszego|naszą)$/i;

/** A newsroom's or a firm's unit, no employer: "Redakteurin im Ressort Unternehmen", "reporter on the desk". */
export const UNITS = set('ressort rubrik rubrique sección seccion desk abteilung bereich afdeling avdelning');

/** Abbreviations that end a firm's name with their full stop ("Acme Inc.", "Berg & Co."). */
const ABBREVIATED = /^(?:inc|ltd|co|corp|pty|pte|bros)$/i;

/**
 * "Lisboa." → "Lisboa", "JKU." → "JKU", "Hat." → "Hat": a sentence's full stop; "Inc.", "S.A."
 * and an initial ("J.") keep theirs.
 */
export const orgWord = (w: string): string =>
  /^\p{L}[\p{L}'’-]+\.$/u.test(w) && !ABBREVIATED.test(w.slice(0, -1)) ? w.slice(0, -1) : w;
