import { namesInstitution } from './affiliation';
import { namesArea } from './area';
import { isFunctionWord } from './function-word';
import { startsWithGivenName } from './given-name';
import { hasRoleWord, isJobTitle, namesRole } from './job-title';
import { legalFormName } from './legal-form';
import { orgWord, POSSESSIVE } from './prose-words';
import { personName } from './recognise';

/**
 * A line's role and what goes with it: the organisation a role line names ("CTO – Nordwind"),
 * and the person a role written first names ("Geschäftsführer Max Muster").
 */

/**
 * "VP Sales at Acme", "Referentin bei ZVEI", "Bankkaufmann bei der Sparkasse Lüneburg", "Data
 * Scientist @Zalando", and (when the head is a job title) "PR & Communications, Shabka",
 * "Säljchef på Volvo Cars", "CTO – Klarna", "VP Engineering (Zalando)" → [title, organisation].
 */
export function splitRoleOrg(s: string): [string, string?] {
  const at = /^(.+?) (?:at|bei(?: de[mr])?|chez) (.+)$|^(.+?) @ ?(.+)$/i.exec(s);
  if (at) return [(at[1] ?? at[3]) as string, (at[2] ?? at[4]) as string];
  // The other languages' words, a bar, a dash or brackets may set apart much else: only a role
  // before a capitalised name that is no role.
  const comma = /^(.+), (\p{Lu}[^,]{0,40})$/u.exec(s);
  // "Seniorprofessor, Medizinische Fakultät – Universität Kiel": a unit, then its institution.
  const unit = comma ? undefined : /^([^,]+), (\p{Lu}.{40,120})$/u.exec(s);
  const institution = unit?.[2]?.split(/ [–—-] |, /).findLast(namesInstitution);
  // Of a list of roles ("Especialista | Neumonólogo | Clínico") the last is none; nor is an area.
  const set =
    comma || institution
      ? undefined
      : /^([^|–—(]+?)(?: (?:på|hos|bij|presso) | [|–—-] | \()(\p{Lu}[^|–—()]{0,40}?)\)?$/u.exec(s);
  const [, role = '', org = ''] = comma ?? set ?? (institution ? [s, unit?.[1], institution] : []);
  // A sentence's full stop after the name is none of it ("…, AstraZeneca.").
  return role && isJobTitle(role) && !namesRole(org) && !(set && namesArea(org))
    ? [role, org.replace(/\S+$/, orgWord)]
    : [s];
}

/**
 * A role, then the person it names: "1. Vorsitzender Matthias Wenk EMail: …", "Program Director,
 * Denise Hale: denise@…" (staff lists).
 */
export function titleThenName(s: string): { name: string; title: string } | undefined {
  // "Lernen Sie unseren Co-Gründer Max Muster kennen", "Meet our CEO Jane Doe": the role follows "our".
  const all = (s.split(':')[0] as string).trim().split(/\s+/);
  const our = all.slice(0, 5).findIndex((w) => POSSESSIVE.test(w));
  const words = all.slice(our + 1);
  // Cheap first: most lines have no role word among their first words.
  if (s.length > 120 || words.length < 3 || !hasRoleWord(words.slice(0, 5).join(' '))) return undefined;
  // A firm's name with its legal form is no role and name ("EDC Expert Direct Communication Sp.z o.o.").
  if (legalFormName(s)) return undefined;
  for (let k = 1; k < Math.min(words.length - 1, 6); k++) {
    const written = words.slice(0, k).join(' ');
    // "Prezes Zarządu - Konrad Jezierski": a comma or a dash may end the role.
    const title = written.replace(/,$| [–—-]$/, '');
    // Not a headline ("Engineer at Acme", "Hosts Ambassador and Senator …", "Releases 2023 …"): a
    // title ends in no connector; a role may end in a lower-case word ("Kierownik produkcji").
    const headline = isFunctionWord(title.split(' ').at(-1) as string) || splitRoleOrg(title).length > 1;
    if (headline || /\d/.test(title.replace(/^\d{1,2}\. /, ''))) continue;
    const rest = words.slice(k);
    // The name may be followed by the label of what comes after the colon ("… Wenk EMail:").
    const name = personName(rest.join(' ')) ?? personName(rest.slice(0, -1).join(' '));
    // After a comma the role's place is as likely ("Head of Communications, Nordwind Robotics"):
    // only a known first name makes it a person.
    const commaed = written.endsWith(',') && !startsWithGivenName(rest.join(' '));
    if (name && isJobTitle(title) && !commaed) return { name, title };
  }
  return undefined;
}
