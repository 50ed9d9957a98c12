/**
 * An academic affiliation written as a list ("School of Psychology, University of Sussex, United
 * Kingdom", "Institut für Informatik, Universität Bonn, Deutschland"): the organisation a
 * salesperson files the person under is the institution, not the department or the country.
 */

/** A unit inside an institution, in the languages of the pages we read. */
const SUB_UNIT =
  /^(?:(?:school|department|dept\.?|faculty|division|centre|center|laboratory|lab|chair|unit|institute)\b|institut (?:für|de|d')|lehrstuhl|fachbereich|fakultät|abteilung|klinik für|département|faculté|laboratoire|departamento|facultad|escuela de|dipartimento|facoltà|afdeling|vakgroep|faculteit|wydział|katedra|zakład|institutt for|institutionen för)/i;
/** The institution: a university, college, academy or hospital. */
const INSTITUTION =
  /universi|uniwersytet|college|hochschule|politecn|polytechn|akadem|academ|école|escuela|hospital|klinikum|sjukhus|hôpital|ospedale|ziekenhuis/i;

/**
 * Germanic compounds ending in an organisation's noun ("Klimarechenzentrum", "Advokatfirman",
 * "Zahnarztpraxis", "Ärztekammer", "Landesverband", "Piratenpartei", "Idrottsförening",
 * "Huisartspraktijk", "Advocatenkantoor", "Legepraksis", "Hudlegesenter").
 */
const ORG_COMPOUND =
  /\p{L}{3}-?(?:firma|firman|praktijk|kantoor|praksis|praksisen|byrå|byrån|bolag|bolaget|kanzlei|praxis|agentur|gruppe|gruppen|kontor|kontoret|verein|stiftung|klinik|klinikk|klinikken|zentrum|centrum|center|centret|centeret|senter|senteret|kammer|verband|partei|behörde|gesellschaft|genossenschaft|institut|akademie|förening|föreningen|forening|foreningen|förbund|förbundet|forbund|forbundet|vereniging|stichting)\b/iu;

/** True when `line` names an institution or a unit of one ("University of Gothenburg", "Faculty of Science, UvA"). */
export function namesInstitution(line: string): boolean {
  return INSTITUTION.test(line) || SUB_UNIT.test(line) || ORG_COMPOUND.test(line);
}

/** True when `line` names a unit inside an institution ("Lehrstuhl für Informatik", "Department of Chemistry"). */
export function namesUnit(line: string): boolean {
  return SUB_UNIT.test(line);
}

/** True when `line` names the institution that `unit`, a unit inside one, belongs to ("Lehrstuhl für …" / "Universität Bonn"). */
export function institutionOfUnit(unit: string, line: string): boolean {
  return SUB_UNIT.test(unit) && INSTITUTION.test(line) && !SUB_UNIT.test(line);
}

/** The institution of an affiliation that starts with a unit inside it; any other text as it is. */
export function institutionOf(affiliation: string): string {
  const parts = affiliation.split(/\s*[,;]\s*/);
  if (parts.length < 2 || !SUB_UNIT.test(parts[0] as string)) return affiliation;
  return parts.slice(1).find((part) => INSTITUTION.test(part)) ?? affiliation;
}
