import { startsWithGivenName } from './given-name';
import { appositive } from './prose-role';
import { personName } from './recognise';

/**
 * The site's owner as an imprint, colophon or "about" page writes them in a sentence rather
 * than after a label: "El titular de este sitio web es Marta Quintana Ruiz, con N.I.F. …",
 * "Deze website is eigendom van Sanne Visser", "Ik ben Sanne Visser, zelfstandig
 * ondernemer en eigenaar van Visser Data Advies", and the founder of a firm ("Fundada em 1997, por …").
 * Name-line.ts tries it on lines no other shape fits.
 */

/** Characters of a line read: owner sentences open an imprint's paragraph. */
const MAX_LINE = 600;
/** Words after the opening that may be the name ("Marta Quintana Ruiz"). */
const MAX_NAME_WORDS = 5;

/**
 * "The owner of this website is", "El titular de este sitio web es", "Der Betreiber dieser Seite ist",
 * "Le directeur de la publication du site est", "Le représentant légal de la société … est".
 */
const OWNER_IS =
  /^(?:(?:the|el|la|le|der|die|de|het|il|o|a)\s+)?(directeur de (?:la )?publication|directrice de (?:la )?publication|représentante? légale?|gérante?|legal representative|geschäftsführer(?:in)?|owner|operator|publisher|titular|propietari[oa]|responsable|propriétaire|éditeur|betreiber(?:in)?|inhaber(?:in)?|eigenaa?r(?:es)?|beheerder|uitgever|titolare|proprietari[oa]|ejer(?:en)?|ägare(?:n)?|eier(?:en)?|właściciel(?:ką|em)?|proprietári[oa]|responsável)\s[^.:;]{0,60}?\s(?:is|es|est|ist|è|é|är|er|jest|era|war|was|était)\s+(.+)$/iu;
/** "This website is owned by", "Deze website is eigendom van", "Ce site est édité par", "Diese Seite wird betrieben von". */
const OWNED_BY =
  /(?<!\p{L})(?:(?:owned|operated|run|published|maintained) by|(?:betrieben|herausgegeben) von|eigendom van|(?:beheerd|uitgegeven) door|propiedad de|(?:gestionad[oa]|editad[oa]) por|(?:édité|exploité|publié)e? par|propriété de|di proprietà di|(?:gestito|edito) da|(?:ejes|drives) af|(?:ägs|drivs) av|eies av|propriedade de|prowadzon[aey] przez)\s+(.+)$/iu;
/** "Founded in 1997 by", "Fundada em 1997, por", "Gegründet 1990 von", "Fondée par": the firm's founder. */
const FOUNDED_BY =
  /(?<!\p{L})(?:founded|fundad[oa]|fondée?|gegründet|opgericht|grundad|grundlagt|stiftet|założon[aey]|fondat[oa])(?:\s[^.;:]{0,30}?)?,?\s(?:by|por|par|von|door|av|af|przez|da)\s+(.+)$/iu;
/** "I'm Jane Doe", "Ik ben …", "Ich bin …", "Je suis …", "Soy …", "Sono …", "Jag är …", "Jestem …". */
const FIRST_PERSON =
  /^(?:(?:hi|hello|hallo|hola|bonjour|hej|ciao|olá)[,!]?\s+)?(?:i am|i['’]m|my name is|ik ben|mijn naam is|ich bin|mein name ist|je suis|je m['’]appelle|soy|me llamo|mi nombre es|sono|mi chiamo|jeg er|jag är|jeg heter|jag heter|eu sou|meu nome é|jestem|nazywam się)\s+(.+)$/iu;

/** "en sa qualité de CEO", "in seiner Eigenschaft als Geschäftsführer", "in his capacity as CEO". */
const CAPACITY =
  /^(?:en (?:sa|leur) qualité d[e']\s?|in (?:seiner|ihrer) Eigenschaft als |in (?:his|her|their) capacity as |en (?:su )?calidad de |in qualità di )([^.,;]{2,60})/iu;

interface Owner {
  name: string;
  /** Stated as the site's owner or the firm's founder, not only introducing themselves ("Soy …"). */
  owner?: boolean;
  title?: string;
  company?: string;
}

/** The longest run of words opening `rest`, up to its first comma or full stop, that is a name with a known first name. */
function nameOpening(rest: string): { name: string; after: string } | undefined {
  const words = rest.split(/\s+/).slice(0, MAX_NAME_WORDS + 1);
  const end = words.findIndex((w) => /[,;.]$|^[,;]$/.test(w));
  const upTo = Math.min(end < 0 ? words.length : end + 1, MAX_NAME_WORDS);
  for (let n = upTo; n >= 2; n--) {
    const name = personName(
      words
        .slice(0, n)
        .join(' ')
        .replace(/\s*[,;.]$/, ''),
    );
    if (name && startsWithGivenName(name)) {
      return { name, after: rest.split(/\s+/).slice(n).join(' ').replace(/^,\s*/, '') };
    }
  }
  return undefined;
}

/** The site's owner a sentence of `line` names, with the role they give themselves. */
export function ownerIn(line: string): Owner | undefined {
  const sentences = line.slice(0, MAX_LINE).split(/(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})/u);
  for (const sentence of sentences) {
    // "El titular de este sitio web es …": the role it names is the owner's title ("titular").
    const titled = OWNER_IS.exec(sentence);
    const stated = titled ?? OWNED_BY.exec(sentence) ?? FOUNDED_BY.exec(sentence);
    const opening = stated ? nameOpening(stated.at(-1) as string) : undefined;
    // "… est Frédéric Bernard en sa qualité de CEO": the capacity named is the title.
    const capacity = opening && CAPACITY.exec(opening.after)?.[1];
    const title = capacity || titled?.[1];
    if (opening) return { name: opening.name, owner: true, ...(title ? { title } : {}) };
    const introduced = FIRST_PERSON.exec(sentence);
    const self = introduced && nameOpening(introduced[1] as string);
    // "Ik ben Sanne Visser, zelfstandig ondernemer en eigenaar van Visser Data Advies, een adviesbureau …"
    if (self) return { name: self.name, ...appositive(self.after.split(/\s+/)) };
  }
  return undefined;
}
