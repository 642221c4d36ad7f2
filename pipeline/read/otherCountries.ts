/**
 * Countries beyond the ones the first texts named: the rest of Europe, the Middle East, Asia and
 * the Americas that trade reporting on Russia names as transit routes, suppliers or reporters
 * ("Lithuanian customs", "exports from Poland", "Israeli components"). Names are the ISO 3166-1
 * short English names and their common forms; demonyms are the usual English adjectives.
 *
 * Left out on purpose: names that are also people's or places' names in news text (Jordan, Chad,
 * Niger, Guinea), and capitals that are first names (Sofia). Demonyms that are ordinary
 * lower-case words match only as written (Polish, Finnish, Danish).
 */
export interface CountryEntry {
  code: string;
  entity: string;
  names: string[];
  /** Forms that match only as written (acronyms, words that are ordinary in lower case). */
  exact?: string[];
  capitals?: string[];
  demonyms?: string[];
  /** Demonyms that match only as written. */
  exactDemonyms?: string[];
}

/** The entity id of a country named `name` ("New Zealand" → new-zealand), as the annotations write it. */
export const countryEntityId = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const e = (code: string, names: string[], demonyms: string[] = [], more: Partial<CountryEntry> = {}): CountryEntry => ({
  code,
  entity: countryEntityId(names[0]!),
  names,
  demonyms,
  ...more,
});

export const OTHER_COUNTRIES: readonly CountryEntry[] = [
  // Europe
  e('LTU', ['Lithuania'], ['Lithuanian'], { capitals: ['Vilnius'] }),
  e('LVA', ['Latvia'], ['Latvian'], { capitals: ['Riga'] }),
  e('EST', ['Estonia'], ['Estonian'], { capitals: ['Tallinn'] }),
  e('POL', ['Poland'], [], { exactDemonyms: ['Polish'], capitals: ['Warsaw'] }),
  e('FIN', ['Finland'], [], { exactDemonyms: ['Finnish'], capitals: ['Helsinki'] }),
  e('SWE', ['Sweden'], ['Swedish'], { capitals: ['Stockholm'] }),
  e('NOR', ['Norway'], ['Norwegian'], { capitals: ['Oslo'] }),
  e('DNK', ['Denmark'], [], { exactDemonyms: ['Danish'], capitals: ['Copenhagen'] }),
  e('NLD', ['Netherlands', 'Holland'], ['Dutch']),
  e('BEL', ['Belgium'], ['Belgian']),
  e('AUT', ['Austria'], ['Austrian'], { capitals: ['Vienna'] }),
  e('CHE', ['Switzerland'], ['Swiss']),
  e('CZE', ['Czech Republic', 'Czechia'], ['Czech'], { capitals: ['Prague'] }),
  e('SVK', ['Slovakia', 'Slovak Republic'], ['Slovak'], { capitals: ['Bratislava'] }),
  e('HUN', ['Hungary'], ['Hungarian'], { capitals: ['Budapest'] }),
  e('ROU', ['Romania'], ['Romanian'], { capitals: ['Bucharest'] }),
  e('BGR', ['Bulgaria'], ['Bulgarian']),
  e('GRC', ['Greece'], ['Greek'], { capitals: ['Athens'] }),
  e('CYP', ['Cyprus'], ['Cypriot'], { capitals: ['Nicosia'] }),
  e('ESP', ['Spain'], ['Spanish'], { capitals: ['Madrid'] }),
  e('PRT', ['Portugal'], ['Portuguese'], { capitals: ['Lisbon'] }),
  e('IRL', ['Ireland'], ['Irish'], { capitals: ['Dublin'] }),
  e('LUX', ['Luxembourg']),
  e('MLT', ['Malta'], ['Maltese']),
  e('HRV', ['Croatia'], ['Croatian'], { capitals: ['Zagreb'] }),
  e('SVN', ['Slovenia'], ['Slovenian']),
  e('MDA', ['Moldova', 'Republic of Moldova'], ['Moldovan'], { capitals: ['Chisinau'] }),
  e('MKD', ['North Macedonia']),
  e('MNE', ['Montenegro']),
  e('BIH', ['Bosnia and Herzegovina', 'Bosnia']),
  e('ALB', ['Albania'], ['Albanian']),
  // Middle East and Africa
  e('ISR', ['Israel'], ['Israeli']),
  e('SAU', ['Saudi Arabia'], ['Saudi'], { capitals: ['Riyadh'] }),
  e('QAT', ['Qatar'], ['Qatari'], { capitals: ['Doha'] }),
  e('KWT', ['Kuwait'], ['Kuwaiti']),
  e('OMN', ['Oman'], ['Omani']),
  e('BHR', ['Bahrain'], ['Bahraini']),
  e('IRQ', ['Iraq'], ['Iraqi'], { capitals: ['Baghdad'] }),
  e('SYR', ['Syria'], ['Syrian'], { capitals: ['Damascus'] }),
  e('EGY', ['Egypt'], ['Egyptian'], { capitals: ['Cairo'] }),
  e('DZA', ['Algeria'], ['Algerian']),
  e('LBY', ['Libya'], ['Libyan']),
  e('SDN', ['Sudan'], ['Sudanese']),
  e('ETH', ['Ethiopia'], ['Ethiopian']),
  e('ERI', ['Eritrea'], ['Eritrean']),
  e('NGA', ['Nigeria'], ['Nigerian']),
  e('ZAF', ['South Africa'], ['South African']),
  // Asia and the Pacific
  e('PAK', ['Pakistan'], ['Pakistani'], { capitals: ['Islamabad'] }),
  e('AFG', ['Afghanistan'], ['Afghan']),
  e('BGD', ['Bangladesh'], ['Bangladeshi']),
  e('LKA', ['Sri Lanka'], ['Sri Lankan']),
  e('IDN', ['Indonesia'], ['Indonesian'], { capitals: ['Jakarta'] }),
  e('PHL', ['Philippines'], ['Filipino', 'Philippine'], { capitals: ['Manila'] }),
  e('MMR', ['Myanmar', 'Burma'], ['Burmese']),
  e('LAO', ['Laos'], ['Laotian']),
  e('KHM', ['Cambodia'], ['Cambodian']),
  e('MAC', ['Macau', 'Macao']),
  e('AUS', ['Australia'], ['Australian'], { capitals: ['Canberra'] }),
  e('NZL', ['New Zealand']),
  // The Americas
  e('CAN', ['Canada'], ['Canadian'], { capitals: ['Ottawa'] }),
  e('MEX', ['Mexico'], ['Mexican']),
  e('BRA', ['Brazil'], ['Brazilian'], { capitals: ['Brasília', 'Brasilia'] }),
  e('ARG', ['Argentina'], ['Argentine', 'Argentinian']),
  e('VEN', ['Venezuela'], ['Venezuelan'], { capitals: ['Caracas'] }),
  e('CUB', ['Cuba'], ['Cuban'], { capitals: ['Havana'] }),
  e('NIC', ['Nicaragua'], ['Nicaraguan']),
];
