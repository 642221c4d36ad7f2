/**
 * Rules of session 9's claims round (docs/reading-history.md "Session 9: claims round"): each a rule about
 * how a claim's supplier, recipient, goods, certainty or claimant is found, or why a sentence makes
 * none, read on a small text written for the test (not one of the dev texts).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('rejected reports', () => {
  it('reads reports a long sentence rejects as the rejecter’s denial, whatever it calls them (convention 10)', () => {
    const c = claims(
      'The foreign ministry in Pyongyang on Saturday firmly rejected the latest U.S. accusations that North Korea has delivered artillery shells to Russia, calling them a fabrication.',
    )[0];
    expect(brief(c)).toEqual({
      supplier: ['north-korea'],
      recipient: 'russia',
      goods: 'ammunition',
      certainty: 'denied',
      claimant: 'The foreign ministry in Pyongyang',
    });
  });

  it('reads reports dismissed with no accuser named as the rejecter’s denial (convention 10)', () => {
    const cs = claims(
      'A government spokesman in Tehran on Friday dismissed reports that Iran has sent missiles and drones to Russia, calling them a fabrication.',
    );
    expect(cs.map((c) => [c.goods, c.certainty, c.claimant])).toEqual([
      ['missiles', 'denied', 'A government spokesman in Tehran'],
      ['uavs', 'denied', 'A government spokesman in Tehran'],
    ]);
  });

  it('still reads reports the sentence itself calls false as no claim', () => {
    expect(
      claims('Western reports that North Korea has supplied artillery shells to Russia are another fabrication, the agency said.'),
    ).toEqual([]);
  });
});

describe('the verbs of supply', () => {
  it('reads "furnish X with" and "resold … to" as supply verbs', () => {
    expect(brief(claims('Analysts say Kazakh traders have furnished Russia with ball bearings.')[0])).toMatchObject({
      supplier: ['Kazakh traders'],
      recipient: 'russia',
      goods: 'ball-bearings',
    });
    expect(brief(claims('Two Armenian dealers resold drones to Russian buyers, the report says.')[0])).toMatchObject({
      supplier: ['Armenian dealers'],
      recipient: 'russia',
      goods: 'uavs',
    });
  });

  it('reads "buy X from" and "turned to X, Y and Z for" as receiving verbs, the suppliers after the verb', () => {
    expect(brief(claims('Russian defence plants buy machine tools from suppliers in Taiwan, the auditors found.')[0])).toMatchObject({
      supplier: ['suppliers in Taiwan'],
      recipient: 'russia',
      goods: 'machine-tools',
    });
    const turned = claims('Moscow has turned to Iran and Belarus for munitions and trucks, analysts say.');
    expect(turned.map((c) => c.goods)).toEqual(['ammunition', 'vehicles']);
    expect(turned[0]?.supplier).toEqual(['iran', 'belarus']);
  });

  it('reads a supplier noun after any adjectives, and after "has also become", "continues to be", "served as"', () => {
    expect(brief(claims('Officials say China is now the largest foreign provider of machine tools to Russia.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      goods: 'machine-tools',
    });
    expect(claims('Officials say Iran has also become a key supplier of drones to Russia.')[0]?.supplier).toEqual(['iran']);
    expect(claims('Belarus continues to be the main source of ammunition for Russia, officials say.')[0]?.goods).toBe('ammunition');
    expect(claims('Vostok Trade has served as a conduit for microchips to Russian arms makers, the ministry says.')[0]?.supplier).toEqual([
      'Vostok Trade',
    ]);
  });
});

describe('more verbs and nouns of supply', () => {
  it('reads "channelled", "smuggled", "dispatched" as supply verbs', () => {
    expect(claims('Kazakh firms channelled machine tools to Russian arms plants, the report says.')[0]?.goods).toBe('machine-tools');
    expect(claims('Georgian traders smuggled drones to Russia, officials said.')[0]?.supplier).toEqual(['Georgian traders']);
    expect(claims('Pyongyang has dispatched artillery shells to Russia, officials said.')[0]?.supplier).toEqual(['north-korea']);
  });

  it('reads every country of a list after "from" that closes on ", and", but no country opening a new clause', () => {
    expect(claims('Russia has received drones from China, North Korea, and Iran.')[0]?.supplier).toEqual(['china', 'north-korea', 'iran']);
    expect(claims('"Russia has not received drones from China, and Beijing has not sent shells," the minister said.')[0]?.supplier).toEqual(
      ['china'],
    );
  });

  it('reads "sourced X from", "purchases X from" as receiving verbs', () => {
    expect(brief(claims('Russian arms makers sourced microchips from suppliers in Hong Kong, the study found.')[0])).toMatchObject({
      supplier: ['suppliers in Hong Kong'],
      recipient: 'russia',
      goods: 'microelectronics',
    });
  });

  it('reads "the transfers of X to Russia from A and B" with every country listed after "from"', () => {
    const c = claims('The ministers condemned the transfers of missiles to Russia from Iran and the DPRK.')[0];
    expect(c?.supplier).toEqual(['iran', 'north-korea']);
    expect(c?.goods).toBe('missiles');
  });
});

describe('goods and recipients after the verb', () => {
  it('reads goods right after the verb as its object, not an end use ("a conduit for navigation systems")', () => {
    expect(claims('Officials say Aster Trade acted as a conduit for navigation systems to Russian arms makers.')[0]?.goods).toBe(
      'navigation-equipment',
    );
  });

  it('reads "destined for" a Russian body and a recipient named in apposition ("to X, Russia’s main tank producer")', () => {
    expect(claims('Officials say Aster Trade shipped drones destined for the Russian Ministry of Defense.')[0]?.recipient).toBe('russia');
    expect(
      claims('Two Chinese distributors sold thermal sights to Uralvagonzavod, Russia’s main tank producer, the group says.')[0]?.recipient,
    ).toBe('russia');
  });
});

describe('listings', () => {
  it('reads "for directly supporting" and an aside "eight of them based in China" before it', () => {
    const c = claims('The Council listed 19 entities, eight of them based in China, for directly supporting Russia’s military.')[0];
    expect(c?.supplier).toEqual(['entities']);
    expect(c?.recipient).toBe('russia');
  });
});

describe('parts of a body', () => {
  it('reads "a subsidiary of the … company X" whole, not the company alone', () => {
    expect(claims('A subsidiary of the state defence group Rostek has sold drones to Russian units, sources said.')[0]?.supplier).toEqual([
      'subsidiary of the state defence group Rostek',
    ]);
  });
});

describe('group nouns', () => {
  it('reads a people’s adjective with a group noun the list did not hold ("Chinese engineers", "procurement agents")', () => {
    expect(claims('Officials say Chinese engineers have provided Russia with thermal cameras.')[0]?.supplier).toEqual([
      'Chinese engineers',
    ]);
    expect(claims('Russian procurement agents buy navigation modules from suppliers in Shenzhen, the report says.')[0]?.recipient).toBe(
      'russia',
    );
  });
});

describe('the claimant', () => {
  it('reads the speaker after "writes" or "argues" closing a sentence, before where they wrote it', () => {
    expect(
      claims('Russia now relies on China for most of its machine tools, writes Janis Kluge in a paper for the SWP.')[0]?.claimant,
    ).toBe('Janis Kluge');
    expect(claims('Iran has shipped drones to Russia, argues Hanna Notte.')[0]?.claimant).toBe('Hanna Notte');
  });

  it('reads the speaker inside a relative clause with its auxiliaries ("which OFAC has determined sold")', () => {
    const c = claims('Treasury named Hebei Lianda Tools, which OFAC has determined sold lathes to a Russian tank plant.')[0];
    expect(c?.supplier).toEqual(['Hebei Lianda Tools']);
    expect(c?.claimant).toBe('OFAC');
    expect(claims('The list names Orion Link, which the UK assesses has delivered drones to Russian forces.')[0]?.claimant).toBe('the UK');
  });

  it('leaves "today" out of a speaker who announces sanctions', () => {
    expect(
      claims('The Foreign Secretary has today announced sanctions on entities that supply Russia with machine tools.')[0]?.claimant,
    ).toBe('The Foreign Secretary');
  });
});

describe('the subject', () => {
  it('reads "ever", "once", "even" as part of the verb group', () => {
    expect(claims('The firm denied that the company had ever sold drones to Russian buyers.')[0]?.supplier).toEqual(['company']);
  });

  it('reads "Another, X, has shipped" as X alone, not a list of two', () => {
    const c = claims('Treasury designated two firms today. Another, Harbin Tongda Trade, has shipped bearings to Russian plants.');
    expect(c.find((x) => x.goods === 'ball-bearings')?.supplier).toEqual(['Harbin Tongda Trade']);
  });
});

describe('the certainty', () => {
  it('reads a negative object after the verb ("obtain nothing from", "sent no weapons") as a denial', () => {
    expect(claims('"We obtain nothing from China in the way of weapons," the minister said.')[0]?.certainty).toBe('denied');
    expect(claims('Tehran has sent no missiles to Russia, the foreign ministry said.')[0]?.certainty).toBe('denied');
    expect(claims('North Korea has sent no fewer than a million shells to Russia, officials said.')[0]?.certainty).not.toBe('denied');
  });
});

describe('the passive', () => {
  it('reads an agent named by ordinary words and what it belongs to ("by a subsidiary of a Chinese state-owned company")', () => {
    const c = claims(
      'The radar parts were supplied to Russia by a subsidiary of a Chinese state-owned defence company, officials said.',
    )[0];
    expect(c?.supplier).toEqual(['a subsidiary of a Chinese state-owned defence company']);
  });

  it('takes Russia as the recipient of goods its forces hold ("the shells fired by Russian troops … were supplied by")', () => {
    expect(
      brief(claims('Most of the shells fired by Russian troops near Bakhmut were supplied by North Korea, officials said.')[0]),
    ).toMatchObject({
      supplier: ['north-korea'],
      recipient: 'russia',
      goods: 'ammunition',
    });
  });
});

describe('the recipient', () => {
  it('takes no recipient from the sentence’s speaker ("Ukraine’s military intelligence said")', () => {
    const c = claims('The missiles were supplied by North Korea, Ukraine’s military intelligence said.');
    expect(c.map((x) => [x.supplier, x.recipient])).toEqual([[['north-korea'], null]]);
  });

  it('reads the country whose tanks, missiles or drones the goods keep going', () => {
    expect(claims('Chinese suppliers are providing the optics that keep Russia’s tanks in the fight, she said.')[0]?.recipient).toBe(
      'russia',
    );
  });
});

describe('the speaker closing a sentence', () => {
  it('reads the speaker clause before an aside on their anonymity, over a verb of showing earlier in the sentence', () => {
    const c = claims(
      'Intelligence shows that Chinese firms have sold drones to Russia, a senior European diplomat said, speaking on condition of anonymity.',
    );
    expect(c[0]?.claimant).toBe('a senior European diplomat');
  });
});

describe('more cues', () => {
  it('reads "equipping Russia with" as supply, and "are being delivered" as a passive', () => {
    expect(claims('Beijing has been quietly equipping Russia with drone engines, officials said.')[0]?.goods).toBe('uav-engines');
    expect(claims('Chinese trucks are being delivered to the Russian army, the report says.')[0]?.supplier).toEqual(['china']);
  });

  it('reads "accuse X of" and "suspects X of" as their subject’s claims, "suspects" and "are thought to" as likely', () => {
    expect(claims('U.S. officials accuse China of supplying Russia with satellite imagery.')[0]?.claimant).toBe('U.S. officials');
    const c = claims('The EU suspects Turkish firms of re-exporting machine tools to Russia.')[0];
    expect([c?.claimant, c?.certainty]).toEqual(['The EU', 'likely']);
    expect(claims('Chinese firms are thought to be sending gunpowder to Russia, diplomats say.')[0]?.certainty).toBe('likely');
    expect(claims('Officials believe Chinese companies are sending gunpowder to Russia.')[0]?.certainty).toBe('likely');
    expect(claims('It is alleged that Kyrgyz firms sold drones to Russia.')[0]?.certainty).toBe('likely');
  });

  it('reads the group goods pass through as their supplier ("obtained … via intermediaries in Hong Kong")', () => {
    expect(
      claims('Russian defense firms obtained navigation modules via intermediaries in Hong Kong, the report found.')[0]?.supplier,
    ).toEqual(['intermediaries in Hong Kong']);
  });
});

describe('more speakers and origins', () => {
  it('reads a speaker set off by commas with any verb of saying ("Chinese companies, the ministry alleges, have shipped")', () => {
    const c = claims('Chinese companies, the ministry alleges, have shipped nitrocellulose to Russian factories.')[0];
    expect([c?.supplier, c?.claimant]).toEqual([['Chinese companies'], 'the ministry']);
  });

  it('reads the owner of a view as the claimant ("The Pentagon’s assessment is that …")', () => {
    expect(claims('The Pentagon’s assessment is that China supplies Russia with machine tools.')[0]?.claimant).toBe('Pentagon');
  });

  it('takes no sanctioning body from the subject of a passive ("X was designated for supplying")', () => {
    expect(claims('Xiamen Limbach was designated for supplying engines to Russian drone makers.')[0]?.claimant).not.toBe('Xiamen Limbach');
  });

  it('reads goods that "flow from China to Russia" as China’s supply to Russia', () => {
    expect(brief(claims('Dual-use goods continue to flow from China to Russia, officials said.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      goods: 'dual-use-goods',
    });
  });
});

describe('makers of goods shipped', () => {
  it('reads the maker in an aside between the goods and a passive verb ("The engines, made by X, were delivered")', () => {
    expect(claims('The shells, produced by North Korea, were shipped to Russia by rail.')[0]?.supplier).toEqual(['north-korea']);
    expect(claims('The drone engines, made by a Chinese company, were delivered to Russia, investigators said.')[0]?.supplier).toEqual([
      'a Chinese company',
    ]);
  });

  it('reads the maker of goods "built by X and shipped to Russia" as their supplier', () => {
    expect(brief(claims('The drones are built by a firm in Xiamen and shipped to Russia, the officials said.')[0])).toMatchObject({
      supplier: ['a firm in Xiamen'],
      recipient: 'russia',
      goods: 'uavs',
    });
  });

  it('reads "He added that" as a speaker, not a body adding to a list', () => {
    const c = claims('He said China was providing Russia with machine tools. He added that Iran had sent drones.');
    expect(c[1]?.certainty).toBe('asserted');
  });
});

describe('rules from the carry-over probe (batch B)', () => {
  it('reads "is judged to have supplied" as part of the verb group, and as likely', () => {
    const c = claims('Officials say Baltic Trade House is judged to have supplied Russia with microchips.')[0];
    expect([c?.supplier, c?.certainty]).toEqual([['Baltic Trade House'], 'likely']);
  });

  it('reads "handing Moscow X", "produce X for the Russian army" and "X reach Russia from China" as supply', () => {
    expect(claims('He accused Iran of handing Moscow ballistic missiles.')[0]?.supplier).toEqual(['iran']);
    expect(claims('Officials say Belarusian plants produce optics for the Russian army.')[0]?.recipient).toBe('russia');
    expect(brief(claims('The chips reach Russia mainly from China, the report says.')[0])).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
    });
  });

  it('reads a participle after "that X keeps …," with X as its subject', () => {
    const c = claims('Budanov said that Pyongyang keeps Russia’s guns firing, shipping trainloads of shells every week.')[0];
    expect(brief(c)).toMatchObject({ supplier: ['north-korea'], recipient: 'russia', goods: 'ammunition' });
  });

  it('reads "the flow of X from A and B into Russia", not a flow the clause curbs', () => {
    expect(claims('The EU is concerned by the flow of drones from Iran and Belarus into Russia.')[0]?.supplier).toEqual([
      'iran',
      'belarus',
    ]);
    expect(claims('Controls have slowed the flow of Chinese drones into Russian units.')).toEqual([]);
  });

  it('reads a group goods pass through in several places ("through a web of distributors in A, B and C")', () => {
    expect(
      claims('Russian plants acquire chips through a web of distributors in Hong Kong, Türkiye and Armenia, the report says.')[0]?.supplier,
    ).toEqual(['web of distributors in Hong Kong, Türkiye and Armenia']);
  });

  it('reads who sanctioned in a question after a speaker label, and no speaker in "a charge X denies"', () => {
    const text =
      'Mao Ning: China opposes unilateral sanctions.\n\nReuters: The U.S. Treasury yesterday designated a Chinese firm for shipping drone engines to Russia. Will you respond?\n\nMao Ning: We oppose sanctions.';
    expect(claims(text)[0]?.claimant).toBe('The U.S. Treasury');
    expect(claims('Kyiv accused Iran of sending drones to Russia, a charge Tehran denies.')[0]?.claimant).toBe('Kyiv');
  });
});

describe('reported clauses', () => {
  it('gives a verb after "and" with no subject the subject of the clause reported before it', () => {
    const c = claims('A Norinco spokesperson said the group "abides by the rules" and had never sold military goods to Russia.')[0];
    expect([c?.supplier, c?.certainty, c?.claimant]).toEqual([['group'], 'denied', 'A Norinco spokesperson']);
  });

  it('reads "In X’s words," as X’s attribution, which a pronoun in the next sentence takes up', () => {
    const c = claims('In Budanov’s words, Russia depends on Pyongyang. He also accused Iran of sending drones to Russia.')[0];
    expect(c?.claimant).toBe('Budanov');
  });
});

describe('verbs of assessing', () => {
  it('reads "analysts assess that", "officials believe" as their subject’s claim, "we assess" as the speaker’s', () => {
    expect(claims('The institute’s analysts assess that North Korean factories have shipped shells to Russia.')[0]?.claimant).toBe(
      'The institute’s analysts',
    );
    expect(claims('Western officials believe Chinese firms are sending gunpowder to Russia.')[0]?.claimant).toBe('Western officials');
    const transcript =
      'SMITH: What about China?\n\nCAMPBELL: North Korea has sent Russia shells, and we believe it has also supplied missiles.\n\nSMITH: Thank you.';
    expect(claims(transcript).map((c) => c.claimant)).toEqual(['CAMPBELL', 'CAMPBELL']);
  });
});

describe('more subjects', () => {
  it('reads "began", "started", "resumed" as part of the verb group', () => {
    expect(claims('Iran began supplying Russia with drones in 2022, officials said.')[0]?.supplier).toEqual(['iran']);
    expect(claims('Kazakh traders resumed shipping bearings to Russia, the report says.')[0]?.supplier).toEqual(['Kazakh traders']);
  });

  it('reads "the Chinese side" as China', () => {
    expect(claims('The Chinese side has provided no weapons to Russia, the embassy said.')[0]?.supplier).toEqual(['china']);
  });
});

describe('asides and agents of trade nouns', () => {
  it('reads "X, not the government, are selling" with X as supplier and no denial', () => {
    const c = claims('Chinese firms, not the government, are selling drones to Russia, officials say.')[0];
    expect([c?.supplier, c?.certainty]).toEqual([['Chinese firms'], 'asserted']);
  });

  it('reads the country after "by" as the supplier of a trade noun ("the provision of X to Russia by Iran")', () => {
    expect(claims('The provision of ballistic missiles to Russia by Iran is an escalation, the ministers said.')[0]?.supplier).toEqual([
      'iran',
    ]);
  });
});
