/**
 * The nouns that name a group of suppliers or buyers by what they are ("companies", "engineers",
 * "procurement agents", "a subsidiary of …"): one list, read by the subject before a supply verb
 * (supplier.ts) and by the agent of a passive (passive.ts), which each spelled out their own and
 * missed the other's words.
 */
export const GROUP_NOUNS = [
  'companies|company|firms|firm|entities|entity|suppliers|supplier|manufacturers|manufacturer|makers|[a-z]+makers|builders',
  'exporters|exporter|importers|importer|traders|trader|intermediaries|intermediary|networks|network|groups|group',
  'producers|factories|factory|plant|plants|works|house|houses|enterprises|individuals|re-exporters|resellers|wholesalers',
  'dealers|brokers|distributors|distributor|vendors|vendor|sellers|seller|contractors|contractor|subsidiaries|subsidiary',
  'corporations|corporation|conglomerates|conglomerate|affiliates|affiliate|operators|middlemen|smugglers|shippers',
  'forwarders|hauliers|haulers|truckers|couriers|merchants|outfits|workshops|businesses|engineers|personnel|agents|buyers|purchasers|side|regime',
  // Session 18 (claims19): the singulars of the plurals above, and the words a supplier's own side or its
  // rivals use for them ("Chinese partners supply us with engines", "Chinese competitors have also supplied").
  'forwarder|dealer|broker|reseller|re-exporter|wholesaler|producer|shipper|merchant|partners|partner|competitors|competitor|rivals|members',
  // An indictment's parties by their role in the case ("the defendants conspired to procure … for end users in Russia").
  'defendants|defendant|co-conspirators',
].join('|');

/** A whole word that is one of GROUP_NOUNS. */
export const GROUP_NOUN_WORD = new RegExp(`^(?:${GROUP_NOUNS})$`, 'i');
