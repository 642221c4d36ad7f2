/**
 * Rules of session 15's claims round (docs/reading-history.md "Session 15: claims16"), each read on
 * sentences written for the test, and on sentences the rule must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon);
const claimants = (cs: readonly ReadClaim[]) => cs.map((c) => c.claimant);
const recipients = (cs: readonly ReadClaim[]) => cs.map((c) => c.recipient);
const certainties = (cs: readonly ReadClaim[]) => cs.map((c) => c.certainty);

describe('the claimant of a text’s own voice', () => {
  it('takes the body a resolution is of, not a source one recital credits', () => {
    const r = read(
      'Resolution on Belarus and the war\n\nThe Nordic Council,\n\n– having regard to its earlier resolutions,\n\nA. whereas Belarus exported $2 billion of goods to Russia in 2025, according to estimates by the Secretariat;\n\nB. whereas Belarusian plants have supplied artillery shells to Russia;\n',
    );
    expect(claimants(r.claims)).toEqual(['The Nordic Council']);
    expect(r.observations.map((o) => o.attributed_to)).toEqual(['estimates by the Secretariat']);
  });

  it('takes no body line that opens no preamble', () => {
    const r = read(
      'Weekly notes\n\nThe Trade Council,\nwhich meets in Astana, said little.\n\nBelarusian plants have supplied artillery shells to Russia.\n',
    );
    expect(claimants(r.claims)).not.toContain('The Trade Council');
  });

  it('reads a letterhead in capitals as the body that publishes the text', () => {
    const r = read(
      'LATVIAN STATE SECURITY SERVICE\nANNUAL REVIEW 2026\n\nWe assess that Kazakh firms have very likely supplied drone engines to Russia.\n',
    );
    expect(claimants(r.claims)).toEqual(['LATVIAN STATE SECURITY SERVICE']);
    expect(certainties(r.claims)).toEqual(['likely']);
  });

  it('takes the author named above the affiliation line, not the affiliation', () => {
    const r = read(
      'Commentary\n\nThe Caspian route\n\nDr Lena Varga\nSenior Fellow, Institute for Caspian Trade Studies\n\n3 March 2026\n\nArmenian resellers are almost certainly supplying drone engines to Russia.\n',
    );
    expect(claimants(r.claims)).toEqual(['Dr Lena Varga']);
  });

  it('cuts a joint statement’s list of members after "of": "We, the G7 Ministers of A, B and C,"', () => {
    const r = read(
      'Statement on the war\n\nWe, the G7 Trade Ministers of Canada, France, Italy and Japan, reaffirm our support for Ukraine. Kazakh firms supply Russia with machine tools.\n',
    );
    expect(claimants(r.claims)).toEqual(['the G7 Trade Ministers']);
    const one = read(
      'Statement on the war\n\nWe, the Leaders of the Group of Seven, reaffirm our support. Kazakh firms supply Russia with machine tools.\n',
    );
    expect(claimants(one.claims)).toEqual(['the Leaders of the Group of Seven']);
  });
});

describe('who speaks in a sentence', () => {
  it('takes the name an apposition without an article describes: "the Honourable X, Minister of …,"', () => {
    const r = read(
      'Today, the Honourable Maria Lind, Minister of Trade, announced that Armenian firms have supplied Russia with drone engines.',
    );
    expect(claimants(r.claims)).toEqual(['the Honourable Maria Lind']);
    const s = read(
      'Sen. Ruth Aldana (D-Maine), one of 12 senators backing a bill to sanction Kyrgyz banks, said that Kyrgyz traders are shipping drone engines to Russia.',
    );
    expect(claimants(s.claims)).toEqual(['Ruth Aldana']);
    // The sanction is the senator's bill, not a determination of the claim.
    expect(certainties(s.claims)).toEqual(['asserted']);
  });

  it('leaves a trailing "recently" out of the speaker', () => {
    const r = read('Some foreign newspapers have recently alleged that Serbian companies are exporting drones to Russia.');
    expect(claimants(r.claims)).toEqual(['Some foreign newspapers']);
  });

  it('reads "X considers it likely that" as X speaking, with a hedge', () => {
    const r = read('Latvian Customs also considers it likely that traders in Armenia are forwarding machine tools to Russia.');
    expect(claimants(r.claims)).toEqual(['Latvian Customs']);
    expect(certainties(r.claims)).toEqual(['likely']);
  });

  it('takes no speaker from a noun a pronoun’s clause describes ("a rate we estimate")', () => {
    const r = read('Belarus continues to supply Russia with drone engines, at a pace we estimate at 1,500 per month.');
    expect(claimants(r.claims)).toEqual([null]);
  });

  it('skips a run-in heading that asks what is said ("What the ministry says:")', () => {
    const r = read(
      'What the ministry says: A senior Foreign Ministry official told reporters that Kazakh firms are probably sending drone engines to Russia.',
    );
    expect(claimants(r.claims)).toEqual(['A senior Foreign Ministry official']);
  });

  it('reads "admitted", "acknowledged" and "reject the idea that" as saying', () => {
    expect(claimants(read('The distributor admitted that Serbian firms shipped drone engines to Russia.').claims)).toEqual([
      'The distributor',
    ]);
    const r = read('Officials in Yerevan reject the idea that Armenian traders are re-exporting drone engines to Russia.');
    expect(claimants(r.claims)).toEqual(['Officials in Yerevan']);
    expect(certainties(r.claims)).toEqual(['denied']);
  });

  it('reads "found in" after a noun as where things were found, a body’s "found in its analysis" as saying', () => {
    const r = read('Serbian distributors supplied most of the chips found in Russian cruise missiles.');
    expect(claimants(r.claims)).toEqual([null]);
    expect(recipients(r.claims)).toEqual(['russia']);
    const said = read(
      'Serbia exported $40 million of drone engines to Russia in 2024, the Balkan Trade Institute found in its analysis of customs data.',
    );
    expect(said.observations.map((o) => o.attributed_to)).toEqual(['the Balkan Trade Institute']);
  });

  it('takes no speaker from "As alleged", and reads it as a hedge', () => {
    const r = read('Weekly review\n\nAs alleged, the Armenian firm re-exported drone engines to Russia.');
    expect(claimants(r.claims)).toEqual([null]);
    expect(certainties(r.claims)).toEqual(['likely']);
  });

  it('reads "Press reports say" as the reports speaking', () => {
    expect(claimants(read('Press reports say Serbian firms are sending drone engines to Russia.').claims)).toEqual(['Press reports']);
  });
});

describe('the speaker carried from the sentences before', () => {
  it('carries no speaker of what someone will say', () => {
    const r = read(
      'Weekly review\n\nBelgrade will say that it sends no weapons to Russia. That is beside the point. Serbian suppliers provide the drone engines.\n',
    );
    expect(claimants(r.claims.filter((c) => c.certainty === 'asserted'))).toEqual([null]);
  });

  it('still carries a speaker who said it', () => {
    const r = read('Weekly review\n\nSerbian officials said the trade is lawful. Serbian suppliers provide the drone engines.\n');
    expect(claimants(r.claims)).toEqual(['Serbian officials']);
  });

  it('reads the speaker of a paragraph introduced by "Minister for X Name said:" as the name', () => {
    const r = read(
      'Press release\n\nMinister for Trade Policy Anna Berg said:\n\n"Sanctions work. Armenian resellers are shipping drone engines to Russia."\n',
    );
    expect(claimants(r.claims)).toEqual(['Anna Berg']);
  });
});

describe('who sanctions', () => {
  it('takes no demonstrative or adverb for the body that sanctions ("Those sanctioned include …")', () => {
    const r = read(
      'The Council has today sanctioned 12 entities. Those sanctioned include Orion Trade, a Serbian company that has shipped drone engines to Russia. Also designated is Balkan Parts, which has supplied machine tools to Russia.',
    );
    expect(claimants(r.claims)).toEqual(['The Council', 'The Council']);
  });

  it('reads the actor after "Since <date>," and after a "Question:" label', () => {
    expect(
      claimants(
        read('Since March 2023, the Trade Ministry has added 40 Serbian firms to the Entity List for supplying drone engines to Russia.')
          .claims,
      ),
    ).toEqual(['the Trade Ministry']);
    expect(
      claimants(
        read(
          'Question: The Latvian government yesterday added six Serbian firms to its sanctions list, saying they had supplied Russia with drone engines.',
        ).claims,
      ),
    ).toEqual(['The Latvian government']);
  });
});

describe('the recipient named by where the goods go', () => {
  it('reads a place in Russia after "to" as Russia', () => {
    expect(recipients(read('A Latvian firm attempted to send machine tools to a Kaliningrad defence plant.').claims)).toEqual(['russia']);
    expect(recipients(read('Orion Trade shipped drone engines to a drone factory in Izhevsk.').claims)).toEqual(['russia']);
    expect(recipients(read('Orion Trade delivered navigation modules to a Russian airline.').claims)).toEqual(['russia']);
  });

  it('reads no place in Russia that the goods do not go to', () => {
    expect(recipients(read('Orion Trade, a firm based in Omsk, has shipped drone engines to buyers abroad.').claims)).toEqual([null]);
  });

  it('reads the country whose weapons the goods make or go into', () => {
    expect(recipients(read('Serbian companies are supplying the lathes that turn out Russian shells.').claims)).toEqual(['russia']);
    expect(
      recipients(read('Serbian companies supply most of the parts for the attack drones that Russia launches at Ukrainian cities.').claims),
    ).toEqual(['russia']);
  });
});

describe('the goods a part noun names with the goods it is part of', () => {
  it('reads "the parts for the <model> attack drones" as drone parts', () => {
    const goods = (t: string) => read(t).claims.map((c) => c.goods);
    expect(goods('Serbian firms supply most of the parts for the Orlan attack drones to Russia.')).toEqual(['uav-components']);
    expect(goods('Serbian firms supply components for its drones to Russia.')).toEqual(['uav-components']);
  });

  it('reads "engines for <model> drones" as drone engines, the most specific goods', () => {
    const goods = (t: string) => read(t).claims.map((c) => c.goods);
    expect(goods('Serbian firms supplied engines for Lancet kamikaze drones to Russia.')).toEqual(['uav-engines']);
    expect(goods('Serbian firms supplied engines to Russia.')).toEqual(['engines']);
  });

  it('keeps "components for Russian missiles" an end use, no goods', () => {
    expect(read('Serbian firms supplied components for Russian missiles.').claims.map((c) => c.goods)).toEqual([null]);
  });
});

describe('the certainty of a listed party’s supply, and of a belief or an allegation', () => {
  it('reads a supply of the group the sentence before lists as determined', () => {
    const r = read(
      'The Government will prohibit exports to 12 entities in Serbia and Armenia. These entities have supplied drone engines to Russian arms makers.',
    );
    expect(certainties(r.claims)).toEqual(['determined']);
    const plain = read('Trade with Serbia grew in 2025. These entities have supplied drone engines to Russian arms makers.');
    expect(certainties(plain.claims)).toEqual(['asserted']);
  });

  it('reads a named party a sanctioning release describes, far from its sanction, as determined', () => {
    const r = read(
      'Treasury Targets Serbian Drone Suppliers\n\nWASHINGTON - Today, the Office of Foreign Assets Control (OFAC) is designating 9 entities in Serbia.\n\nThe designations follow a review of trade data. Russia relies on imported parts.\n\nBalkan Motor Works has sold drone engines to Russian defense manufacturers.\n',
    );
    expect(certainties(r.claims)).toEqual(['determined']);
  });

  it('reads "believe", "alleges that" and "is also said to" as a hedge', () => {
    expect(certainties(read('Officials in Berlin believe Serbian traders are re-exporting chips to Russia.').claims)).toEqual(['likely']);
    expect(certainties(read('The indictment also alleges that Orion Trade supplied drone engines to Russia.').claims)).toEqual(['likely']);
    expect(certainties(read('The company is also said to have supplied drone engines to Russia.').claims)).toEqual(['likely']);
  });
});
