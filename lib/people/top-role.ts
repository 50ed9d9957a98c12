/**
 * The roles that head a firm or an association ("CEO", "Geschäftsführerin", "VD", "Prezes
 * Zarządu", "directeur général", "toimitusjohtaja"): of a contact list's people, the one a
 * salesperson asks for first, wherever the page lists them.
 */
const TOP_ROLE = new RegExp(
  `^(?:${[
    'ceo|chief executive(?: officer)?|managing director|general manager|president (?:and|&) ceo|founder (?:and|&) ceo',
    'geschäftsführer(?:in)?|geschäftsführende[rn]? gesellschafter(?:in)?|vorstandsvorsitzende[r]?|inhaber(?:in)?',
    'vd|verkställande direktör|adm\\.? direktør|administrerende direktør|daglig leder|toimitusjohtaja',
    'prezes(?: zarządu)?|jednatel(?:ka)?|generální ředitel(?:ka)?',
    'directeur général|directrice générale|pdg|gérant(?:e)?',
    'director general|directora general|gerente general|consejero delegado|consejera delegada',
    'amministratore delegato|amministratrice delegata|direttore generale|direttrice generale',
    'algemeen directeur|algemeen directrice|zaakvoerder|directeur-eigenaar',
    'diretor(?:a)? geral|diretor(?:a)?-geral|diretor(?:a)? executivo|diretora executiva',
  ].join('|')})$`,
  'iu',
);

/** True when `title` is the role that heads a firm or an association. */
export function isTopRole(title: string | undefined): boolean {
  return TOP_ROLE.test((title ?? '').trim());
}
