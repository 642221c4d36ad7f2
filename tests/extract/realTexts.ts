/**
 * Real sentences with figures, from public reporting on China's supplies to Russia's war
 * industry (news agencies, newspapers, think tanks, government press releases), each with the
 * statistics a careful analyst reads in it — written by hand, not from the extractor's output.
 * Only single sentences are quoted, with the address of the article they come from.
 *
 * A statistic is what the mentions table calls one (money, percent, count, number, ratio,
 * duration); years, dates and periods are not listed — an extractor mention of one of those
 * kinds is fine, but a statistic found where none is listed is spurious. Each statistic has the
 * span of its words (`text`, with its hedge, currency and unit), value (null for a range),
 * unit, hedge and the interval by docs/interval-policy.md.
 *
 * Conventions followed where English leaves a choice:
 * - a number before a noun is a count of it ("two Chinese makers" → 2); "one" as a pronoun or in
 *   "number one" is no figure; an ordinal is none; footnote markers glued to words are none;
 * - a ranking is no count: "the top 10", "China's top four trading partners", "the four largest
 *   banks" name a set by rank; "the two countries" refers back to China and Russia;
 * - "from X to Y" after a verb of change is two figures; "from 70 to 90 percent" naming a
 *   spread (no change) is one range;
 * - vague magnitudes ("dozens of", "thousands of") are ranges of 2 to 10 units;
 * - fractions ("a fifth", "half") are percent; multiples ("doubled", "tenfold") are ratios.
 */
import type { Hedge } from '../../pipeline/extract/index.js';

export interface RealStat {
  /** The words of the figure; `nth` picks among equal occurrences in the sentence (0-based). */
  text: string;
  nth?: number;
  value: number | null;
  unit: string | null;
  hedge: Hedge;
  value_low: number | null;
  value_high: number | null;
}
export interface RealSentence {
  /** The article's address. */
  source: string;
  /**
   * 2 to 5 for the sentences collected and read after the first to fourth round of fixes, each a
   * held-out check of how the extractor does on text it was not tuned on; absent for the first
   * round.
   */
  round?: 2 | 3 | 4 | 5;
  sentence: string;
  expect: RealStat[];
}

const stat = (
  text: string,
  value: number | null,
  unit: string | null,
  hedge: Hedge,
  value_low: number | null,
  value_high: number | null,
): RealStat => ({
  text,
  value,
  unit,
  hedge,
  value_low,
  value_high,
});
/** exact */
const x = (text: string, value: number, unit: string | null = null): RealStat => stat(text, value, unit, 'exact', value, value);
/** about, around, some … with v − h and v + h */
const ab = (text: string, value: number, unit: string | null, low: number, high: number): RealStat =>
  stat(text, value, unit, 'approximately', low, high);
/** nearly, almost … with v − h */
const nm = (text: string, value: number, unit: string | null, low: number): RealStat => stat(text, value, unit, 'at_most', low, value);
/** over, more than … (open above) */
const gt = (text: string, value: number, unit: string | null = null): RealStat => stat(text, value, unit, 'more_than', value, null);
/** at least, … or more */
const ge = (text: string, value: number, unit: string | null = null): RealStat => stat(text, value, unit, 'at_least', value, null);
/** under, less than, fewer than: from 0 */
const lt = (text: string, value: number, unit: string | null = null): RealStat => stat(text, value, unit, 'less_than', 0, value);
/** up to, as much as: from 0 */
const upto = (text: string, value: number, unit: string | null = null): RealStat => stat(text, value, unit, 'up_to', 0, value);
/** between X and Y, X to Y, X–Y, and vague magnitudes */
const rg = (text: string, low: number, high: number, unit: string | null = null): RealStat => stat(text, null, unit, 'range', low, high);
/** the nth occurrence of a figure's words in the sentence */
const nth = (s: RealStat, n: number): RealStat => ({ ...s, nth: n });

const P = 'percent';
const USD = 'USD';
const M = 1e6;
const B = 1e9;

const JAMESTOWN_TOOLS = 'https://jamestown.org/program/chinese-machine-tools-serve-as-russias-safety-net/';
const BNN_CNC = 'https://bnnbreaking.com/world/russia/chinas-cnc-machine-tools-exports-to-russia-surge-amidst-ukraine-conflict/';
const EIR_CNC = 'https://eir.news/2024/01/news/tenfold-increase-of-chinese-exports-of-numerical-control-machine-tools-to-russia/';
const PRAVDA_WAPO = 'https://pravda-en.com/world/2024/07/26/657550.html';
const SCMP_LAMENT = 'https://www.scmp.com/economy/china-economy/article/3178563/china-russia-relations-chinese-producers-lament-loss-once';
const UWC_TENFOLD = 'https://www.ukrainianworldcongress.org/china-increases-military-machinery-supply-to-russia-tenfold/';
const ABACHY_CHIPS = 'https://abachy.com/news/russias-chip-supply-back-2021-level';
const MYC_CHIPS = 'https://myc.news/en/politika/agressor_narastil_import_chipov_ne_smotrya_na_sankcii';
const CENSOR_WSJ =
  'https://censor.net/en/news/3354427/china_sells_russia_goods_it_needs_to_continue_its_war_against_ukraine_the_wall_street_journal';
const TRADECOMPLIANCE_CHIPS = 'https://tradecompliance.io/how-and-how-many-western-chips-are-getting-russia';
const AP_DRONE_ENGINES =
  'https://www.ajc.com/news/nation-world/us-imposes-sanctions-on-chinese-companies-accused-of-helping-make-russian-attack-drones/LVVMWXR6GRD53IVVC5CFJO25J4/';
const ANEWS_GARPIYA =
  'https://anews.com.tr/world/2024/10/17/us-sanctions-russian-chinese-actors-over-drone-production-to-attack-ukraine/amp';
const GWN_GARPIYA = 'https://globalwarnews.com/us-imposes-sanctions-on-chinese-firms-for-drone-production-amid-ukraine-war';
const CARNEGIE_HK = 'https://carnegieendowment.org/research/2023/05/hong-kongs-technology-lifeline-to-russia?lang=en';
const PRAVDA_UA_HK = 'https://www.pravda.com.ua/eng/news/2024/07/22/7466838/';
const REUTERS_HK_MALAYA =
  'https://malaya.com.ph/business/shipping-transportation/illicit-chip-flows-to-russia-slowing-but-china-hong-kong-remain-transshipment-hubs/';
const AMFRONT_HK =
  'https://theamericanfront.com/illicit-chip-flows-to-russia-slow-but-china-and-hong-kong-remain-key-transshipment-hubs/?amp=1';

const TASS_TRADE = 'https://tass.com/economy/1826171';
const SPUTNIK_TRADE = 'https://sputnikglobe.com/20240307/china-russia-trade-in-january-february-2024-up-to-3701bln-1117180822.html';
const KI_SUMMARY = 'https://onlytrusted.news/media-reports-that-chinas-support-of-russia-is-not-enough-to-replace-western-materials';
const MYC_TRADE = 'https://myc.news/en/novosti_mira/kitajskij_eksport_v_rf_za_pervye_pyat_mesyacev_2023_goda_vyros_na_75_6_';
const PLEDGE_APRIL = 'https://pledgetimes.com/a-big-jump-in-chinas-exports-to-russia-in-april/';
const PEOPLE_CIIE = 'http://en.people.cn/n3/2023/0322/c90000-10226076.html';
const MINT_YUAN = 'https://www.livemint.com/market/chinas-yuan-is-quietly-gaining-ground/amp-11703595929442.html';
const SOTT_YUAN =
  'https://www.sott.net/article/456224-Russia-China-expanding-yuan-share-in-mutual-trade-pushing-out-US-dollar-Chinese-Ambassador-to-Russia';
const RFERL_KG = 'https://www.rferl.org/a/ukraine-war-kyrgyzstan-trade-russia/32277438.html';
const BISHKEK_KG = 'https://bishkekpost.com/2023/05/28/how-the-ukraine-war-made-trade-boom-in-kyrgyzstan/';
const CEIC_KG = 'https://info.ceicdata.com/eus-exports-to-kyrgyzstan-surge-signalling-russian-sanctions-evasion';
const RKS_KG = 'https://rks.news/kyrgyzstan-maintains-trade-with-russia-despite-eu-sanctions-serbia-mentioned-in-report';
const GHROONA_CA = 'https://ghroona.com/amp/perspectives-central-asian-states-walking-fine-line-on-russian-sanctions';
const LOWY_KG = 'https://www.lowyinstitute.org/the-interpreter/kyrgyzstan-route-facilitating-russia-s-invasion-ukraine';
const RFERL_CARS = 'https://rferl.org/a/kyrgyzstan-russia-car-reexports-sanctions-eeu/32781868.html';
const EPOCH_400 = 'https://beegee.info/?p=3253';
const GLOBE_400 = 'https://arc-dev.theglobeandmail.com/world/article-us-imposes-sanctions-on-more-than-400-entities-individuals-for-aiding';
const NYT_300 = 'https://exbulletin.com/world/international/2681148/';
const FT_300 = 'https://exbulletin.com/world/international/2681634/';
const REDCENSOR_42 = 'https://redcensor.com/us-further-expands-sanctions-on-russia-42-chinese-companies-added-to-blacklist';
const EIR_300 =
  'https://eir.news/2024/05/news/treasury-and-state-departments-impose-new-sanctions-on-russia-china-to-degrade-russias-war-machine';
const ECONOMIST_CSIS = 'https://lucorg.com/who-is-supplying-russias-arms-industry';
const EUROMAIDAN_RUSI =
  'https://euromaidanpress.com/2022/08/08/some-450-foreign-made-microelectronic-components-identified-in-russian-weapons-recovered-in-ukraine-rusi/';
const POLITICO_DRONES = 'https://ukrainetoday.org/2023/07/25/moscow-imports-100m-worth-of-drones-from-china-this-year/';
const KI_KENNEDY = 'https://kyivindependent.com/author/john-kennedy';
const PARL_HAMILTON = 'https://openparliament.ca/committees/national-defence/44-1/132/dr-robert-hamilton-8/only';
const CARNEGIE_SHER =
  'https://carnegieendowment.org./russia-eurasia/politika/2024/05/behind-the-scenes-chinas-increasing-role-in-russias-defense-industry?center=russia-eurasia&lang=en';
const SSI_SHER = 'https://strategicstudyindia.com/2024/05/behind-scenes-chinas-increasing-role-in.html';
const KSE_ENFORCEMENT = 'https://studylib.ru/doc/6595616/challenges-of-export-controls-enforcement';
const FRF_KSE =
  'https://forumfreerussia.org/en/news-en/2024-01-12/russia-has-bought-more-sub-sanctioned-equipment-from-the-west-than-from-china';
const NHK_NITRO = 'https://www3.nhk.or.jp/nhkworld/en/news/20240516_17/';
const DAILYWRAP_NITRO = 'https://dailywrap.ca/china-russia-arms-trade-rising-nitrocellulose-exports-raise-concerns,7028440301000833a';
const MENAFN_NITRO = 'https://menafn.com/1108223671/Chinas-Nitrocellulose-Exports-To-Russia-Soar-Since-Invasion-Of-Ukraine-Media';
const TIMESHUB_NITRO =
  'https://thetimeshub.in/china-increased-the-supply-of-raw-materials-for-the-production-of-ammunition-to-the-russian-federation/';
const KONING_BEARINGS = 'http://jpkoning.blogspot.com/2024/07/?m=0';
const ESPRESO_HK =
  'https://global.espreso.tv/world-news-shipments-of-microelectronics-from-china-and-hong-kong-to-russia-drop-28-in-2024-reuters';
const BI_CHIPS = 'https://www.businessinsider.com/russia-war-semiconductor-chip-advanced-tech-exports-us-sanctions-china-2024-7';
const ICLOUD_CHIPS =
  'https://icloud.info/basic-news-article/2024-07/us-sanctions-have-tanked-russian-semi-chip-imports-china-and-hong-kong';
const HARAPAN_300 = 'https://harapandaily.com/2024/05/02/russia-china-among-those-sanctioned-by-us/';
const BABEL_TELEGRAPH =
  'https://babel.ua/en/news/121125-the-telegraph-china-sold-over-60-million-worth-of-drone-parts-to-russia-in-2-years';
const DAGENS_MAVIC = 'https://www.dagens.com/war/zelensky-lashes-out-at-china-blocks-drone-deliveries-to-ukraine-not-to-russia';
const CKHQ_DRONES = 'https://en.ckhq.net/html/24d2dc3f2844c50c775a2179f8b93800.html';
const UNN_ESTONIA = 'https://unn.ua/en/news/china-helps-russia-in-the-production-of-drones-estonian-intelligence';
const OOPSTOP_DRONES =
  'https://oopstop.com/the-prc-has-revealed-how-many-drones-have-been-sent-to-ukraine-since-the-beginning-of-the-northern-military-district/';
const BALTIMORE_BBG = 'https://baltimorechronicle.com/finansy/chinese-exports-to-russia-fall-due-to-threat-of-us-sanctions-bloomberg/';
const KI_EXPORTS = 'https://kyivindependent.com/china-russia-exports/';
const PRAVDA_UA_DEC = 'https://www.pravda.com.ua/eng/news/2024/12/10/7488491/';
const BNN_BBG_JUNE = 'https://www.bnnbloomberg.ca/business/2024/07/12/russian-imports-from-china-tick-up-again-after-putin-xi-meeting/';
const RUSI_DRONE_STRIKES =
  'https://rusi.org/news-and-comment/in-the-news/devastating-drone-strikes-hit-russian-microchip-factory-heart-putins-war-machine';
const WORLDECR_RUSI = 'https://worldecr.com/?p=2024875';
const TIMES_FRIDGES = 'https://www.thetimes.co.uk/article/russia-suspected-of-buying-eu-fridges-to-strip-for-weapon-parts-p73sdtngc';
const TELEGRAPH_CHIPS = 'https://publishnaews.blogspot.com/2022/11';
const SPUTNIK_CARS = 'https://sputnikglobe.com/20230620/imports-of-chinese-cars-to-russia-almost-tripled-in-2023-1111315477.html';
const CAIXIN_CARS = 'https://defence.pk/pdf/threads/chart-of-the-day-russians-snap-up-china-made-cars-to-become-biggest-buyers.763821/';
const ANEWS_CARS = 'https://www.anews.com.tr/world/2023/09/19/chinas-share-in-russias-car-imports-surpasses-90';
const XINHUA_CARS = 'http://en.people.cn/n3/2023/0418/c90000-20007400.html';
const GADGET_CARS = 'https://gadgetonus.com/hot-news/127190.html';
const FT_CNC = 'https://economic-news.space/2024/economy/chinas-advanced-machine-tool-exports-to-russia-soar-after-ukraine-invasion';
const REB_CNC =
  'https://reb.org.ua/en/news/eksport-visokotexnologicnix-verstativ-z-kitayu-do-rf-rizko-zris-pislya-vtorgnennya-v-ukrayinu-6yv6ky';
const ESPRESO_CNC = 'https://global.espreso.tv/chinas-supplies-of-high-tech-machine-tools-to-russia-surge-during-invasion-of-ukraine';
const MT_RECORD = 'https://themoscowtimes.com/2024/11/14/russia-china-trade-hits-record-240bln-in-2023';
const TASS_AUGUST = 'https://tass.com/economy/1670973?utm_referrer=google.com%2Famp';
const SPUTNIK_NINE_MONTHS =
  'https://en.sputniknews.africa/20231013/china-russia-trade-in-first-nine-months-of-2023-up-295-to-1764-bln-chinese-customs-1062751775.html';
const BABEL_RECORD = 'https://babel.ua/en/news/102072-russia-s-trade-with-china-reached-a-record-200-billion-in-one-year';
const CER_RECORD = 'https://chinaeconomicreview.com/china-russia-trade-hits-record-high-in-2023/';
const CNN_TRADE =
  'https://initialnews.com/scribble/index.php?url=https%3A%2F%2Fwww.cnn.com%2F2023%2F06%2F07%2Fbusiness%2Fchina-russia-trade-increase-intl%2F%23';
const COMMERSANT_TRADE = 'https://www.commersant.ge/en/news/economics/russia-china-trade-increases-26-in-a-year';
const BLOOMING_EU15 = 'https://bloominglobal.com/media/detail/eus-15th-sanctions-package-targets-13-chinese-entities-full-list-included';
const RVW_EU15 = 'https://russiavsworld.org/the-european-union-continues-to-increase-sanctions-pressure-on-russia/';
const SCMP_EU15 =
  'https://mcdn.i-scmp.com/news/china/diplomacy/article/3290390/eu-sanction-china-entities-role-supporting-russias-war-ukraine';
const KLEIN_EU13 =
  'https://jackyklein.co.uk/world-news/2024/2/14/eu-proposes-sanctions-on-chinese-firms-aiding-russian-war-effort-through-third-countries';
const RAVEN_EU15 = 'https://thegoldenraven.org/eu-sanctions-against-chinese-entities-over-support-for-russia-in-donbas';
const PLEDGE_EU11 = 'https://pledgetimes.com/the-european-union-proposes-to-member-states-a-new-package-of-sanctions-against-russia/';
const EP_EU11 = 'https://europeanpartners.org/politics/item/163816-new-eu-sanctions-to-hit-chinese-companies-over-russian-support';
const BABEL_NYT_CHIPS = 'https://babel.ua/en/news/92932-nyt-russia-imports-western-missile-technology-to-avoid-sanctions';
const CASPIAN_ARMENIA = 'https://caspiannews.com/news-detail/us-says-armenia-helping-russia-evade-sanctions-2023-6-9-21/';
const RFP_BBG_CHIPS = 'https://russianfreepress.com/?p=53109';
const KI_KAZAKH = 'https://kyivindependent.com/investigation-finds';
const SORAKAN_CHIPS = 'https://sorakan.com/microchips-from-central-asia-and-the-caucasus/';
const JT_NK_SHELLS = 'https://www.japantimes.co.jp/news/2022/09/06/world/russia-north-korean-artillery-us-intelligence/';
const DEFPOST_NK = 'https://www.thedefensepost.com/2022/09/06/russia-buys-north-korean-artillery/';
const CNN_SHELLS = 'https://jimbakkershow.morningsidechurchinc.com/tag/artillery-shells/';
const BUNA_BANKS = 'https://bunatimes.com/world/301106.html';
const KI_BANKS = 'https://kyivindependent.com./chinese-banks-stopping-transactions-with-russia-en-masse-reuters-reports';
const ALTN_BANKS = 'https://altn.news/en/chinese-banks-stop-accepting-payments-from-russia';
const PRAVDA_UA_BANKS = 'https://www.pravda.com.ua/eng/news/2024/08/12/7470037/';
const PLEDGE_BANKS = 'https://pledgetimes.com/chinese-banks-do-not-accept-payments-from-russia-us-sanctions-kremlin-reaction/';
const NOVAYA_BANKS =
  'https://novayagazeta.eu/articles/2024/08/20/chinese-banks-increasingly-rejecting-payments-from-russian-banks-amid-fears-of-secondary-sanctions-en-news';
const NEXTA_BANKS = 'https://megalodon.jp/ref/2024-0324-0051-53/https://twitter.com:443/nexta_tv/status/1770724998212182338';
const EPOCH_SPACETY = 'https://theepochtimes.com/china/through-military-civil-fusion-china-allies-with-russia-on-ukraine-war-5039018';
const DW_CSIS = 'https://newsbulletin247.com/world/530117.html';
const CNN_EXPANSION = 'https://exbulletin.com/politics/2654309/';
const KI_REUTERS_TOOLS = 'https://cuu.coron.tech/news/1309092024430410127817';
const THOMPSON_DUMA =
  'https://www.thompsonhinesmartrade.com/2022/03/president-biden-issues-sanctions-on-the-russian-duma-and-additional-russian-oligarchs-and-defense-companies/';
const WTTL_REDESIGNATION = 'https://www.wttlonline.com/stories/re-designation-stymies-potential-sanctions-revanchists,13347';
const WILLKIE_FEB24 =
  'https://complianceconcourse.willkie.com/articles/us-imposes-hundreds-of-russia-related-sanctions-to-mark-the-two-year-anniversary-of-russias-war-in-ukraine-and-recent-death-of-navalny';
const WILLKIE_OCT22 =
  'https://complianceconcourse.willkie.com/articles/news-alerts-2022-10-october-20221003-ofac-designate-hundreds-of-individual/';
const WILLKIE_OCT24 = 'https://complianceconcourse.willkie.com/?p=14936';
const ABA_OFAC =
  'https://bankingjournal.aba.com/2024/09/news-items-that-are-the-most-recent-sanctions-related-actions-from-the-office-of-foreign-assets-control/';
const BIG_INTERFAX = 'https://businessinvestorguide.com/russia/russia-china-trade-36-due-rouble-economic-slowdown/';
const CER_DRAGON = 'http://centreforeuropeanreform.blogspot.com/2015/07/chasing-dragon-russias-courtship-of.html';
const WIRE_NUMBERS = 'https://www.thewirechina.com/2022/03/06/china-russia-by-the-numbers/';
const QUINT_GDP =
  'https://www.thequint.com/voices/opinion/india-china-conflict-dialogue-defence-ministers-meeting-russia-neutral-ground-geopolitics';
const ONLINEUA_ALABUGA = 'https://news.online.ua/en/russia-scales-up-production-of-shaheeds-at-alabuga-factory-in-tatarstan-889021';
const NOVYNY_ALABUGA = 'https://armiya.novyny.live/en/rosiia-znachno-narostila-virobnitstvo-droniv-detali-vid-cnn-222712.html';
const UKRANEWS_WSJ = 'https://ukranews.com/en/news/1009400-factory-in-tatarstan-in-russia-to-produce-6-000-shaheds-every-year-wsj';
const KI_ALABUGA = 'https://kyivindependent.com/russia-ramps-up-production-of-shahed-drones-decoys-at-tatarstan-plant-cnn-reports';
const PTT_BUDGET = 'https://pakistantimestoday.com/russia-allocates-one-third-of-2024-spending-to-defense';
const UKRANEWS_PUTIN =
  'https://ukranews.com/en/news/1007085-putin-says-russia-s-defense-and-security-spending-in-2024-could-exceed-8-7-of-gdp';
const DSI_BUDGET = 'https://digitalscoopindia.in/tag/russia-defence-budget';
const AFP_BUDGET = 'https://indiansupdate.com/news-events/russia-to-hike-defence-spending-by-almost-70-in-2024-ministry-times-of-india/';
const ISW_BUDGET = 'https://comparemela.com/amparticle/isw-putin-signs-russia-s-largest-national-budget-2023112910726';
const OMNI_BUDGET = 'https://omniwire.xyz/retired-lt-general-explains-why-putin-is-not-in-a-good-place-right-now/amp';
const NYT_BONHAM = 'https://medexperts.pro/?p=10096';
const NIKKEI_CHIPS = 'https://www.breakinglatest.news/business/russia-uses-china-as-a-hub-for-bulk-chip-imports/';
const PARL_BICKETT = 'https://openparliament.ca/committees/international-trade/44-1/123/samuel-bickett-2/only';
const SILICON_HK = 'https://silicon.co.uk/workspace/components/russia-china-chip-shipments-572450/amp';
const AF_HK = 'https://asiafinancial.com/hong-kong-still-a-key-link-in-illicit-chip-supplies-to-russia';
const MEE_TURKEY = 'https://www.middleeasteye.net/news/turkey-russia-reduce-export-military-linked-goods';
const EH_TURKEY = 'https://easternherald.com/2023/11/28/exports-of-dual-use-products-turkey-to-russia-tripled';
const OREANDA_TURKEY =
  'https://www.oreanda-news.com/en/torgovlya_i_uslugi/turkey-exports-dozens-of-types-of-dual-use-goods-to-russia/article1496520/';
const KI_TURKEY = 'https://kyivindependent.com/ft-turkish-exports-of-military-use-goods-to-russia-soar-in-2023';
const GAZE_TURKEY = 'https://thegaze.media/news/turkey-exported-strategic-goods-worth-158-million-to-russia';
const WSM_TURKEY = 'https://www.worldstockmarket.net/how-turkey-is-helping-russia-bypass-sanctions-and-boost-its-military-machine/';
const PLEDGE_TURKEY = 'https://pledgetimes.com/turkiye-has-reduced-supplies-of-a-number-of-goods-to-russia-due-to-us-pressure/';
const MOVIENEWS_T90 = 'https://movienews.io/russian-state-tv-shows-chinese-generations-internal-tanks-bound-for-ukraine';
const POLITICO_ARMY = 'https://17blogs.com/politico-china-is-secretly-sending-enough-equipment-to-russia-to-equip-an-entire-army/';
const INTELLI_BEARINGS =
  'https://intellinews.com/kyrgyzstan-has-the-balls-to-send-russia-parts-crucial-to-making-tanks-trade-data-suggests-293734';
const OSW_BEARINGS = 'https://osw.waw.pl/sanctions';
const U24_BEARINGS =
  'https://united24media.com/war-in-ukraine/russia-defies-sanctions-continues-to-secure-critical-bearings-including-from-eu-manufacturers-5104';
const JAMNEWS_CA = 'https://jam-news.net/export-of-sanctioned-goods-to-russia';
const DIPLOMAT_CA = 'https://thediplomat.com/2024/01/following-chinas-export-of-sanctioned-goods-through-central-asia-to-russia/';
const WSJ_CA = 'https://defencehub.live/threads/western-electronics-at-the-heart-of-russias-war-machine.14359/page-3';
const INSIGHT_KZ = 'https://insightnews.media/how-to-halt-parallel-imports-of-banned-goods-from-kazakhstan-to-russia/';
const KIEL_NOV22 =
  'https://www.ifw-kiel.de/publications/media-information/2022/congestion-in-container-shipping-declines-sanctions-hit-russias-trade-hard/?cookieLevel=not-set&cHash=c9a6510814cac2e0284edce86fbfbe39';
const OUTLOOK_KIEL = 'https://www.outlookseries.com/A0769/Services/3964.htm';
const PORTTECH_KIEL = 'https://porttechnology.org/news/russia-ukraine-war-global-trade-falls-by-nearly-3-per-cent';
const EIU_KIEL =
  'http://country.eiu.com/article.aspx?articleid=1512042334&Country=Georgia&topic=Economy&subtopic=Forecast&subsubtopic=External+sector';
const MT_H1_2025 = 'https://www.themoscowtimes.com/2025/07/14/russia-china-trade-falls-9-in-first-half-of-2025-a89798';
const GEOPOST_2025 = 'https://thegeopost.com/en/news/world/china-posts-first-annual-decline-in-trade-with-russia-since-2020';
const CHINASCOPE_Q1 = 'https://chinascope.org/archives/37362';
const MT_2024_RECORD = 'https://www.themoscowtimes.com/2025/01/13/china-russia-trade-hit-record-high-in-2024-a87590';
const LIGA_2025 = 'https://finance.liga.net/en/ekonomika/novosti/china-russia-trade-declines-for-first-time-since-2020';
const REUTERS_GARPIYA = 'https://aajtakshweta.com/russia-making-new-kamikaze-drone-with-chinese-engine-us-voices-concern';
const PRAVDA_UA_KUPOL = 'https://www.pravda.com.ua/eng/news/2025/09/25/7532434/';
const MENAFN_FRIDGES = 'https://menafn.com/1109840264/China-Sells-Drone-Engines-To-Russia-Under-The-Guise-Of-Refrigerators';
const NEWSINTEL_G3 = 'https://thenewsintel.com/?p=92520';
const ANEWS_G3 = 'https://www.anews.com.tr/world/2024/09/25/russia-has-secret-war-drones-project-in-china-intel-sources-say';
const OAR_TRUCKS = 'https://oar-info.ru/information/en/tpost/tk04llta01-chinese-tractor-units-and-dumpers-popula?amp=true';
const TASS_TRUCKS = 'https://tass.com/economy/2063443';
const AUTOMECH_TRUCKS = 'https://automechanika.ru.messefrankfurt.com/moscow/en/press/News/News/trucks_1006.html';
const INKL_G7 = 'https://inkl.com/news/g7-leaders-warn-china-over-support-for-russia-in-ukraine';
const GUARDIAN_G7 = 'https://uk.news.yahoo.com/russian-ties-cheap-tech-g7-185138944.html';
const AUSSIED_G7 = 'https://aussiedlerbote.de/en/g7-nations-denounce-chinas-military-help-to-russia-and-trade-tactics';
const TASS_YUAN = 'https://tass.com/economy/1616249';
const OREANDA_YUAN =
  'https://www.oreanda-news.com/en/finansy/the-authorities-revealed-the-yuan-s-share-in-international-settlements/article1490018/';
const MENAFN_YUAN = 'https://menafn.com/1107173495/Russian-trade-with-China-sees-increased-yuan-usage';
const CGTN_YUAN = 'https://news.cgtn.com/news/2023-03-11/RT-Chinese-yuan-share-jumps-in-Russian-foreign-trade-1i5DNVJOW0U/index.html';
const CNM_YUAN = 'https://cnmnewz.com/2023/03/11/yuan-share-soars-in-russian-foreign-trade-central-bank';
const DEVD_YUAN =
  'https://www.devdiscourse.com/article/headlines/2373363-yuans-share-in-russias-import-settlements-jumped-to-23-in-2022---russian-cbank';
const IBT_YUAN = 'https://www.ibtimes.sg/russia-ready-switch-chinese-yuan-foreign-trade-says-putin-69531';
const WIRE_GUNPOWDER = 'https://www.thewirechina.com/2024/07/28/gunpowder-gambit-china-nitrocellulose/';
const NABKA_LINTERS = 'https://nabkanews.com/?p=27846';
const SCOBRICS_LINTERS = 'https://scobricsinsight.com/a-cotton-scandal-with-military-implications-hit-the-eu';
const SCMP_CHIPS_IIF =
  'https://www.scmp.com/economy/china-economy/article/3209034/stymied-west-russia-getting-critical-semiconductors-mainland-china-hong-kong';
const ONLINEUA_ELECTRONICS = 'https://news.online.ua/en/china-remains-a-key-supplier-of-electronics-to-russia-882351/';
const BT_UK_SANCTIONS = 'https://www.businesstimes.com.sg/international/uk-sanctions-chinese-firms-clampdown-supplies-russia';
const SKY_UK_SANCTIONS =
  'https://briefbriefing.com/2023/12/06/china-warns-of-firm-response-after-uk-sanctions-chinese-firms-supplying-russias-war-effort';
const EPOCH_UK_SANCTIONS = 'https://theepochtimes.com/world/uk-hits-chinese-firms-for-propping-up-russias-war-machine-5542902';
const CTF_DRONES =
  'https://chinatinyfinds.com/operation-guide/new-restrictions-on-chinese-drone-exports-after-the-conflict-between-russia-and-ukraine';
const UAWIRE_DJI =
  'https://www.uawire.org:443/russia-alarmed-as-ukraine-continues-importing-dji-drones-despite-china-s-export-restrictions';
const GENERICO_DRONES =
  'https://generico.ru/2023/09/18/kommersant-russian-companies-are-faced-with-a-shortage-of-drones-after-china-imposed-restrictions-on-their-exports/';
const KYIVPOST_PARCELS = 'https://kyivpost.com./post/38142';
const UATV_BLINKEN = 'https://uatv.ua/en/?p=923159';
const ANEWS_BLINKEN = 'https://www.anews.com.tr/world/2024/06/18/us-urges-china-to-stop-supporting-russia-in-ukraine-war';
const CENSOR_BLINKEN_MAY = 'https://censor.net/en/news/3490648/90_elektroniky_yaku_importuye_rf_nadhodyt_iz_kytayu_blinken';
const CENSOR_BLINKEN_APR = 'https://censor.net/en/news/3486868/blinken_calls_on_china_not_to_help_russia';
const ECD_BLINKEN =
  'http://stage.exportcompliancedaily.com/article/2024/07/02/china-is-shipping-russia-all-the-inputs-necessary-for-its-military-blinken-says-2407010031?BC=bc_6739ff310f033';
const EIR_BLINKEN = 'https://eir.news/2024/07/news/blinken-stoltenberg-bash-china-say-its-fueling-russias-war-on-ukraine';
const UNN_BLINKEN =
  'https://unn.ua/en/news/blinken-the-us-will-continue-to-persuade-china-to-abandon-its-support-for-russia-in-the-war-in-ukraine';
const POLITICO_RIFLES = 'https://ogreszinas.news/china-sends-weapons-and-armor-to-russia';
const CNBC_TRADE = 'https://worldtribune.net/?p=9581';
const CNBC_TRADE_2 = 'https://cheriworld.com/how-trade-with-china-is-boosting-russias-war-in-ukraine';

export const REAL_SENTENCES: RealSentence[] = [
  // ---- machine tools ----
  {
    source: JAMESTOWN_TOOLS,
    sentence:
      'Depending on the economic sector, Russia has had to import from 70 to 90 percent of machine tools and their parts (HSE.ru, November 7, 2020; Indpages.ru, March 2, 2023; RG.ru, April 12, 2023; Mashnews.ru, August 23, 2023).',
    expect: [rg('70 to 90 percent', 70, 90, P)],
  },
  {
    source: JAMESTOWN_TOOLS,
    sentence:
      'At the end of 2020, Moscow openly recognized that Russia would be incapable of realizing its import substitution efforts in the machine tool industry and would need to increase the domestic production of critical machine tools and localize production (Government.ru, November 5, 2020).',
    expect: [],
  },
  {
    source: JAMESTOWN_TOOLS,
    sentence: 'China emerges as a crucial supplier, providing over 90% of metalworking machine tools and critical parts',
    expect: [gt('over 90%', 90, P)],
  },
  {
    source: BNN_CNC,
    sentence:
      'In a concerning development amidst geopolitical tensions, China’s export of high-precision computer numerical control (CNC) machine tools to Russia has witnessed a tenfold increase since the escalation of the Ukraine conflict in February 2022.',
    expect: [x('tenfold', 10, 'ratio')],
  },
  {
    source: BNN_CNC,
    sentence:
      'According to Russian customs data, Chinese manufacturers exported CNC tools worth $68 million to Russia in July, a substantial leap from $6.5 million in February 2022.',
    expect: [x('$68 million', 68 * M, USD), x('$6.5 million', 6.5 * M, USD)],
  },
  {
    source: BNN_CNC,
    sentence:
      'As of July, Chinese origin CNC devices constituted 57% of Russian imports by value, a considerable increase from 12% before the war.',
    expect: [x('57%', 57, P), x('12%', 12, P)],
  },
  {
    source: EIR_CNC,
    sentence:
      'A worried article in the Jan. 2 Financial Times reported that there has been a sharp increase in Chinese exports of advanced machine tools to Russia.',
    expect: [],
  },
  {
    source: EIR_CNC,
    sentence:
      '“Chinese shipments to Russia of an important class of advanced machine tools have increased tenfold since the full-scale invasion of Ukraine, with the country’s producers now dominating trade in high-precision `computer numerical control’ devices vital to Moscow’s military industries.”',
    expect: [x('tenfold', 10, 'ratio')],
  },
  {
    source: EIR_CNC,
    sentence: 'Chinese-origin CNC devices made up 57% of Russian imports by value in July, up from just 12% before the war.',
    expect: [x('57%', 57, P), x('12%', 12, P)],
  },
  {
    source: PRAVDA_WAPO,
    sentence:
      'It reports that in 2023, China exported $390 million worth of metalworking machines to Russia, compared with $94 million a year earlier.',
    expect: [x('$390 million', 390 * M, USD), x('$94 million', 94 * M, USD)],
  },
  {
    source: PRAVDA_WAPO,
    sentence:
      'Pavel Luzin, a Tufts University scientist and an expert on the Russian armed forces, estimates that 90% of machine tools imported into Russia come from China.',
    expect: [x('90%', 90, P)],
  },
  {
    source: SCMP_LAMENT,
    sentence:
      'Before the war, more than 40 per cent of Chinese exports to Russia comprised various kinds of machinery and electrical equipment, but deliveries of such goods have since plunged',
    expect: [gt('more than 40 per cent', 40, P)],
  },
  {
    source: UWC_TENFOLD,
    sentence:
      'The Financial Times reports that China has increased its supply of high-precision machinery to Russia by tenfold since the beginning of the full-scale invasion.',
    expect: [x('tenfold', 10, 'ratio')],
  },
  {
    source: UWC_TENFOLD,
    sentence:
      'In July 2023, Chinese manufacturers delivered machinery worth $68 million to Russia, a significant surge from the $6.5 million in February 2022, according to Russian customs data.',
    expect: [x('$68 million', 68 * M, USD), x('$6.5 million', 6.5 * M, USD)],
  },
  {
    source: UWC_TENFOLD,
    sentence: 'In July 2023, Chinese machinery accounted for 57% of Russia’s total imports, up from 12% before the conflict.',
    expect: [x('57%', 57, P), x('12%', 12, P)],
  },

  // ---- microelectronics ----
  {
    source: ABACHY_CHIPS,
    sentence:
      'Chinese customs data shows that shipments of integrated circuits to Russia from China rose consistently to $179 million last year from $74 million in 2021.',
    expect: [x('$179 million', 179 * M, USD), x('$74 million', 74 * M, USD)],
  },
  {
    source: ABACHY_CHIPS,
    sentence:
      'Moreover, Turkey has also dramatically increased the supply of electronic components to Russia, with deliveries of similar products increasing in value from $79,000 to $3.2 million, and the total volume of supplies of electronics and equipment to Russia more than doubling to $559 million last year.',
    expect: [
      x('$79,000', 79000, USD),
      x('$3.2 million', 3.2 * M, USD),
      gt('more than doubling', 2, 'ratio'),
      x('$559 million', 559 * M, USD),
    ],
  },
  {
    source: ABACHY_CHIPS,
    sentence:
      'Although Chinese chip exports increased by only 36%, supplies of semiconductors from China to Turkey increased by more than two times.',
    expect: [x('36%', 36, P), gt('more than two times', 2, 'ratio')],
  },
  {
    source: ABACHY_CHIPS,
    sentence:
      'The available data suggests that Russia managed to restore its average monthly import volume of chips and electronic components to the 2021 level by the end of last year, with over half of the supplies now coming from China.',
    expect: [gt('over half', 50, P)],
  },
  {
    source: ABACHY_CHIPS,
    sentence:
      "China has experience in restructuring supply chains in the face of US sanctions, as President Trump's increased customs duties on Chinese goods in 2018-2019 had almost no effect on exports from China.",
    expect: [],
  },
  {
    source: MYC_CHIPS,
    sentence:
      'The cost of importing chips increased from $1.8 billion in January-September 2021 to $2.45 billion in the same period last year.',
    expect: [x('$1.8 billion', 1.8 * B, USD), x('$2.45 billion', 2.45 * B, USD)],
  },
  {
    source: MYC_CHIPS,
    sentence: 'Overall, Chinese semiconductor exports to Russia jumped from $200 million in 2021 to over $500 million in 2022.',
    expect: [x('$200 million', 200 * M, USD), gt('over $500 million', 500 * M, USD)],
  },
  {
    source: CENSOR_WSJ,
    sentence:
      '"According to Chinese customs data, shipments of microchips from China to Russia more than doubled to about $50 million in the first five months of 2022 from the previous year, while exports of other components such as printed circuit boards rose by double-digit percentages," The Wall Street Journal article said.',
    expect: [gt('more than doubled', 2, 'ratio'), ab('about $50 million', 50 * M, USD, 45 * M, 55 * M)],
  },
  {
    source: CENSOR_WSJ,
    sentence:
      'Exports of aluminum oxide, used to make metallic aluminum, an important material in weapons and aerospace manufacturing, were 400 times higher than last year.',
    expect: [x('400 times', 400, 'ratio')],
  },
  {
    source: CENSOR_WSJ,
    sentence:
      "Last month, the U.S. Commerce Department added five Chinese electronics manufacturers to a trade blacklist for helping Russia's defense industry both before and after the invasion.",
    expect: [x('five', 5)],
  },
  { source: TRADECOMPLIANCE_CHIPS, sentence: 'Four HS codes are included in Tier 1:', expect: [x('Four', 4)] },
  { source: TRADECOMPLIANCE_CHIPS, sentence: 'Electronic integrated circuits as processors and controllers (HS 8542.31);', expect: [] },

  // ---- drones ----
  {
    source: AP_DRONE_ENGINES,
    sentence:
      'The U.S. Treasury on Thursday announced sanctions against two Chinese makers of drone engines and parts that the Biden administration said directly helped Russia build long-range attack drones used in the war in Ukraine.',
    expect: [x('two', 2)],
  },
  {
    source: ANEWS_GARPIYA,
    sentence:
      "The U.S. sanctioned three organizations and one person based in Russia and China for the development and production of drones allegedly used in Russia's war on Ukraine.",
    expect: [x('three', 3), x('one', 1)],
  },
  {
    source: GWN_GARPIYA,
    sentence: 'Thousands of these drones have reportedly been produced since last year.',
    expect: [rg('Thousands of', 2000, 10000)],
  },
  {
    source: GWN_GARPIYA,
    sentence:
      'The United States has imposed sanctions on two Chinese companies accused of producing aerial drones utilized by Russia in its ongoing war against Ukraine.',
    expect: [x('two', 2)],
  },

  // ---- Hong Kong ----
  {
    source: CARNEGIE_HK,
    sentence:
      'Russia’s most consequential partner, China, has extended a critical helping hand to an increasingly isolated Russia, funneling over $500 million worth of microelectronic components needed to manufacture military gear into Russia’s defense industrial base in 2022 alone.2',
    expect: [gt('over $500 million', 500 * M, USD)],
  },
  {
    source: CARNEGIE_HK,
    sentence:
      'Since Russia’s invasion of Ukraine, Hong Kong has doubled its integrated circuits exports to around $400 million worth of semiconductors in 2022, second only to China and far exceeding any third country in the volume of semiconductor trade with Russia.4',
    expect: [x('doubled', 2, 'ratio'), ab('around $400 million', 400 * M, USD, 350 * M, 450 * M)],
  },
  {
    source: CARNEGIE_HK,
    sentence:
      'As the war in Ukraine continues into its second year, Moscow has intensified its campaign to strike Ukrainian targets with strategic bombers, lethal drones, and cruise missiles.1',
    expect: [],
  },
  {
    source: PRAVDA_UA_HK,
    sentence:
      "Details: Deliveries of high-priority goods through Hong Kong – advanced components, including microelectronics, which the US and EU believe could be used in Russia's war in Ukraine – fell by 28% between January and May 2024.",
    expect: [x('28%', 28, P)],
  },
  {
    source: PRAVDA_UA_HK,
    sentence: 'At the same time, shipments from mainland China, excluding Hong Kong, decreased by 19%.',
    expect: [x('19%', 19, P)],
  },
  {
    source: PRAVDA_UA_HK,
    sentence:
      'Between August and December last year, more than 200 Hong Kong-registered companies shipped nearly US$2 billion worth of goods to Russian buyers, according to data from C4ADS, a Washington-based global non-profit security organisation.',
    expect: [gt('more than 200', 200), nm('nearly US$2 billion', 2 * B, USD, 1.5 * B)],
  },
  {
    source: PRAVDA_UA_HK,
    sentence:
      'Of these, US$750 million worth of advanced components were supplied by high-quality chips from the US-based Nvidia and French Vectrawave, as well as simpler chips from Texas Instruments and Intel.',
    expect: [x('US$750 million', 750 * M, USD)],
  },
  {
    source: PRAVDA_UA_HK,
    sentence:
      'As Reuters journalists found out, dozens of similar fictitious firms are registered in the offices of several Hong Kong companies at the addresses indicated in the registration documents.',
    expect: [rg('dozens of', 24, 120)],
  },
  {
    source: REUTERS_HK_MALAYA,
    sentence:
      'Semiconductors and other restricted goods shipped through China and Hong Kong to fuel Russia’s war effort fell by a fifth this year previously undisclosed US Commerce Department data shows, but Hong Kong remains a global sanctions evasion hotspot.',
    expect: [x('a fifth', 20, P)],
  },
  {
    source: REUTERS_HK_MALAYA,
    sentence:
      'Transshipments through Hong Kong of Common High Priority Items (CHPL) – advanced components including microelectronics deemed by the US and European Union as likely to be used for Russia’s war in Ukraine – fell 28 percent between January and May, a US Commerce Department official told Reuters.',
    expect: [x('28 percent', 28, P)],
  },
  {
    source: REUTERS_HK_MALAYA,
    sentence:
      'For the same period, transshipments of those items through mainland China, excluding Hong Kong, fell 19 percent , the official said.',
    expect: [x('19 percent', 19, P)],
  },
  {
    source: REUTERS_HK_MALAYA,
    sentence:
      '“I think there’s some cause for being at least optimistic that we have been able to slow down some of this trade,” the official said, but added: “China is still our number one concern.”',
    expect: [],
  },
  {
    source: AMFRONT_HK,
    sentence:
      'Transshipments of advanced components, including microelectronics, deemed likely to be used for Russia’s war in Ukraine, fell 28% between January and May 2024 through Hong Kong, and 19% through mainland China.',
    expect: [x('28%', 28, P), x('19%', 19, P)],
  },
  // ---- bilateral trade, customs statistics ----
  {
    source: TASS_TRADE,
    sentence:
      "The volume of Chinese-Russian trade in January-July amounted to $136.67 billion, which is an increase of 1.6% year-on-year, the General Administration of Customs of the People's Republic of China (GACC) reported.",
    expect: [x('$136.67 billion', 136.67 * B, USD), x('1.6%', 1.6, P)],
  },
  {
    source: TASS_TRADE,
    sentence: 'According to GACC, in the reporting period, imports of goods from Russia increased by 3.9% to $75.03 billion.',
    expect: [x('3.9%', 3.9, P), x('$75.03 billion', 75.03 * B, USD)],
  },
  {
    source: TASS_TRADE,
    sentence: 'Exports from China to Russia, on the contrary, decreased by 1.1%, to $61.64 billion.',
    expect: [x('1.1%', 1.1, P), x('$61.64 billion', 61.64 * B, USD)],
  },
  {
    source: TASS_TRADE,
    sentence: 'The positive balance of Russia increased by 48% year-on-year to $13.39 billion.',
    expect: [x('48%', 48, P), x('$13.39 billion', 13.39 * B, USD)],
  },
  {
    source: TASS_TRADE,
    sentence:
      'According to the published data, in July, trade turnover between the two countries decreased by 2.7% compared to June, and amounted to $19.69 billion.',
    expect: [x('2.7%', 2.7, P), x('$19.69 billion', 19.69 * B, USD)],
  },
  {
    source: TASS_TRADE,
    sentence: 'However, Chinese exports demonstrated positive dynamics over the month, and increased by 1.1% (to $9.99 billion).',
    expect: [x('1.1%', 1.1, P), x('$9.99 billion', 9.99 * B, USD)],
  },
  {
    source: TASS_TRADE,
    sentence: 'Imports from Russia on a monthly basis, on the contrary, decreased by 6.3%, to $9.7 billion.',
    expect: [x('6.3%', 6.3, P), x('$9.7 billion', 9.7 * B, USD)],
  },
  {
    source: TASS_TRADE,
    sentence: 'In 2022, trade turnover between Russia and China increased by 29.3% to $190 billion.',
    expect: [x('29.3%', 29.3, P), x('$190 billion', 190 * B, USD)],
  },
  {
    source: TASS_TRADE,
    sentence: 'In 2023, it reached a record high of $240.11 billion, an increase of 26.3%.',
    expect: [x('$240.11 billion', 240.11 * B, USD), x('26.3%', 26.3, P)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence: 'China-Russia Trade in January-February 2024 Up to $37.01Bln',
    expect: [x('$37.01Bln', 37.01 * B, USD)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence:
      'The China-Russia trade in January-February of 2024 has increased by 9.3% year-on-year and amounted to $37.01 billion, data of the Chinese General Administration of Customs showed on Thursday.',
    expect: [x('9.3%', 9.3, P), x('$37.01 billion', 37.01 * B, USD)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence:
      'In the said period, China imported $16.808 billion worth of goods to Russia, a 12.5% increase in imports compared to the same period in 2023.',
    expect: [x('$16.808 billion', 16.808 * B, USD), x('12.5%', 12.5, P)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence: "China's exports from Russia increased by 6.7% year-on-year to $20.202 billion.",
    expect: [x('6.7%', 6.7, P), x('$20.202 billion', 20.202 * B, USD)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence: 'In 2023, the China-Russia trade increased by 26.3% to a record high of $240.11 billion.',
    expect: [x('26.3%', 26.3, P), x('$240.11 billion', 240.11 * B, USD)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence:
      'Russian President Vladimir Putin and Chinese President Xi Jinping had set earlier a goal to double the bilateral and bring it to $200 billion a year by 2024 from $100 billion in 2018.',
    expect: [x('double', 2, 'ratio'), x('$200 billion', 200 * B, USD), x('$100 billion', 100 * B, USD)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence: "China's exports from the US decreased by 9.7% year-on-year to $26.13 billion.",
    expect: [x('9.7%', 9.7, P), x('$26.13 billion', 26.13 * B, USD)],
  },
  {
    source: SPUTNIK_TRADE,
    sentence:
      "The US remained China's third largest trading partner after the Association of South East Asian Nations (ASEAN) and the European Union.",
    expect: [],
  },
  {
    source: KI_SUMMARY,
    sentence:
      'Medical and optical equipment imports rose by $1.3 billion annually compared to 2021, covering only 60% of pre-sanction European shipments.',
    expect: [x('$1.3 billion', 1.3 * B, USD), x('60%', 60, P)],
  },
  {
    source: KI_SUMMARY,
    sentence: 'Plastics and polymers imports increased by $1.6 billion, replacing just 40% of EU supply.',
    expect: [x('$1.6 billion', 1.6 * B, USD), x('40%', 40, P)],
  },
  {
    source: KI_SUMMARY,
    sentence:
      'Aircraft shipments from Europe dropped by $3.1 billion annually, while Chinese exports amounted to only $201 million, just 7% of the shortfall.',
    expect: [x('$3.1 billion', 3.1 * B, USD), x('$201 million', 201 * M, USD), x('7%', 7, P)],
  },
  {
    source: KI_SUMMARY,
    sentence: 'For pharmaceutical production, China supplied $108 million annually, far below the EU’s pre-war level of $9.3 billion.',
    expect: [x('$108 million', 108 * M, USD), x('$9.3 billion', 9.3 * B, USD)],
  },
  {
    source: KI_SUMMARY,
    sentence: 'Mutual trade turnover grew by just 1.9% in 2024, reaching $244.8 billion.',
    expect: [x('1.9%', 1.9, P), x('$244.8 billion', 244.8 * B, USD)],
  },
  {
    source: KI_SUMMARY,
    sentence: 'Chinese exports to Russia in yuan grew by only 5%, compared to 53% the previous year, while imports from Russia rose by 1%.',
    expect: [x('5%', 5, P), x('53%', 53, P), x('1%', 1, P)],
  },
  {
    source: KI_SUMMARY,
    sentence: 'Russian crude oil exports to China hit a record high in 2024, growing by 1% compared to 2023.',
    expect: [x('1%', 1, P)],
  },
  {
    source: MYC_TRADE,
    sentence: 'Chinese exports to Russia showed strong growth in the first five months of 2023, up 75.6% year-on-year to $42.9 billion.',
    expect: [x('75.6%', 75.6, P), x('$42.9 billion', 42.9 * B, USD)],
  },
  {
    source: MYC_TRADE,
    sentence: 'Imports also showed a positive trend, increasing by 20.4% and reaching $50.9.',
    expect: [x('20.4%', 20.4, P), x('$50.9', 50.9, USD)],
  },
  {
    source: MYC_TRADE,
    sentence:
      "The volume of China's foreign trade with the Russian Federation in January-May amounted to 93.8 billion dollars, which is 40.7% more than a year ago.",
    expect: [x('93.8 billion dollars', 93.8 * B, USD), x('40.7%', 40.7, P)],
  },
  {
    source: MYC_TRADE,
    sentence:
      "China's top four trading partners this year included ASEAN countries, with which China's trade increased by 2.1% to $377 billion, the European Union with $332 billion in trade, down 3.7% compared to last year.",
    expect: [x('2.1%', 2.1, P), x('$377 billion', 377 * B, USD), x('$332 billion', 332 * B, USD), x('3.7%', 3.7, P)],
  },
  {
    source: PLEDGE_APRIL,
    sentence:
      'Chinese customs data released Tuesday showed that Chinese exports to Russia jumped 153.1 percent in April to $9.6 billion, continuing its rapid upward trajectory from March when exports grew 136.4 percent after recording a 19.8 percent growth in the first two months of the year.',
    expect: [x('153.1 percent', 153.1, P), x('$9.6 billion', 9.6 * B, USD), x('136.4 percent', 136.4, P), x('19.8 percent', 19.8, P)],
  },
  {
    source: PLEDGE_APRIL,
    sentence:
      'Imports from Russia increased just 8.06 percent to $9.6 billion, after rising 30.3 percent in January and February and 40.05 percent in March.',
    expect: [x('8.06 percent', 8.06, P), x('$9.6 billion', 9.6 * B, USD), x('30.3 percent', 30.3, P), x('40.05 percent', 40.05, P)],
  },
  {
    source: PLEDGE_APRIL,
    sentence:
      'China’s imports contracted sharply in April, adding to signs of weak domestic demand despite the lifting of COVID-related restrictions, with coal imports falling from a 15-month high recorded the previous month.',
    expect: [x('15-month', 15, 'month')],
  },
  {
    source: PLEDGE_APRIL,
    sentence:
      'Overall, Chinese exports rose 8.5 percent last month, compared with a year earlier, to $295.42 billion, compared to an increase of 14.8 percent in March.',
    expect: [x('8.5 percent', 8.5, P), x('$295.42 billion', 295.42 * B, USD), x('14.8 percent', 14.8, P)],
  },
  {
    source: PLEDGE_APRIL,
    sentence:
      'On the other hand, Chinese imports fell by 7.9 percent on an annual basis in April to $ 205.21 billion, registering a greater decline than achieved in March of this year by 1.4 percent, and it came more than expectations that indicated a decline of 5 percent.',
    expect: [x('7.9 percent', 7.9, P), x('$ 205.21 billion', 205.21 * B, USD), x('1.4 percent', 1.4, P), x('5 percent', 5, P)],
  },
  {
    source: PEOPLE_CIIE,
    sentence:
      'On that day, sales of Russian commodities made up 15 percent of the total sales, which generated over 150,000 yuan ($21,765).',
    expect: [x('15 percent', 15, P), gt('over 150,000 yuan', 150000, 'CNY'), x('$21,765', 21765, USD)],
  },
  {
    source: PEOPLE_CIIE,
    sentence:
      'According to data released by Shanghai Municipal Commission of Commerce, the trade volume between them has skyrocketed from nearly 28.05 billion yuan ($4.07 billion) in 2015 to nearly 60.89 billion yuan ($8.83 billion) in 2022.',
    expect: [
      nm('nearly 28.05 billion yuan', 28.05 * B, 'CNY', 28.045 * B),
      x('$4.07 billion', 4.07 * B, USD),
      nm('nearly 60.89 billion yuan', 60.89 * B, 'CNY', 60.885 * B),
      x('$8.83 billion', 8.83 * B, USD),
    ],
  },
  {
    source: PEOPLE_CIIE,
    sentence:
      'Since its establishment, the Russia pavilion has built connections with nearly 800 Chinese companies, and brought over 200 Russian products to the Chinese market.',
    expect: [nm('nearly 800', 800, null, 750), gt('over 200', 200)],
  },
  {
    source: PEOPLE_CIIE,
    sentence:
      'The pavilion launched the popular Hmapka ice cream a month later and subsequently garnered orders totaling nearly 14 million yuan ($2.03 million) from Chinese buyers.',
    expect: [nm('nearly 14 million yuan', 14 * M, 'CNY', 13.5 * M), x('$2.03 million', 2.03 * M, USD)],
  },
  {
    source: PEOPLE_CIIE,
    sentence:
      'A variety of commodities from Russia, including honey, vodka, milk powder and ice cream went on sale along with other commodities from 14 countries and regions at the CIIE (China International Imports Expo) Commodity Bazaar in Shanghai on March 18, 2023.',
    expect: [x('14', 14)],
  },
  {
    source: MINT_YUAN,
    sentence:
      'And China and Russia now conduct the lion’s share of their bilateral trade in yuan: Close to two thirds of Russia’s imports from China were already invoiced in yuan by the end of 2022, according to the European Bank for Reconstruction and Development.',
    expect: [nm('Close to two thirds', 200 / 3, P, 200 / 3 - 5)],
  },
  {
    source: SOTT_YUAN,
    sentence:
      "The yuan's share in the countries' bilateral trade rose from 3.1% in 2014 to 17.5% in 2020, Chinese Ambassador to Russia Zhang Hanhui told news agency Interfax.",
    expect: [x('3.1%', 3.1, P), x('17.5%', 17.5, P)],
  },
  {
    source: SOTT_YUAN,
    sentence:
      "The Chinese yuan accounts for 30.4% of Russia's National Wealth Fund's holdings, and 12.8% of Russia's reserve assets, the ambassador said.",
    expect: [x('30.4%', 30.4, P), x('12.8%', 12.8, P)],
  },

  // ---- Central Asia, re-exports ----
  {
    source: RFERL_KG,
    sentence:
      'BISHKEK -- Exports to Russia more than doubled, imports from next-door China almost tripled, and a whole range of products that Kyrgyzstan was not known for exporting in the past were sent abroad.',
    expect: [gt('more than doubled', 2, 'ratio'), nm('almost tripled', 3, 'ratio', 2.5)],
  },
  {
    source: BISHKEK_KG,
    sentence:
      'Recently released Kyrgyz trade data showed that Russian-Kyrgyz trade grew strongly in 2022, with Kyrgyzstan’s exports to Russia growing by 2.5 times and Moscow positioned as Kyrgyzstan’s No. 1 trade partner.',
    expect: [x('2.5 times', 2.5, 'ratio')],
  },
  {
    source: BISHKEK_KG,
    sentence: '“Russia forced us into this union…. There is a risk here, and no one knows how it will turn out.',
    expect: [],
  },
  {
    source: CEIC_KG,
    sentence:
      'Even excluding the increased exports to Ukraine, exports from European Union countries to CIS nations rose over 50% year-over-year a few months after the beginning of the war, with Kyrgyzstan emerging as the major beneficiary.',
    expect: [gt('over 50%', 50, P)],
  },
  {
    source: CEIC_KG,
    sentence: 'By the end of 2022, EU exports to Kyrgyzstan had surged by 953% year-over-year.',
    expect: [x('953%', 953, P)],
  },
  {
    source: CEIC_KG,
    sentence:
      'Nonetheless, Kyrgyzstan leads the pack with staggering 1,026% growth versus the end of 2021, followed by Armenia and Kazakhstan with growth rates of just 212% and 162.4%, respectively.',
    expect: [x('1,026%', 1026, P), x('212%', 212, P), x('162.4%', 162.4, P)],
  },
  {
    source: CEIC_KG,
    sentence:
      'In line with the growth in imports from the EU and other regions, the volume of freight carried in Kyrgyzstan surged by 29.7% in 2022 compared to pre-war 2021, and by 51% in 2023 versus 2021.',
    expect: [x('29.7%', 29.7, P), x('51%', 51, P)],
  },
  {
    source: CEIC_KG,
    sentence:
      'According to the latest available IMF data, as of October 2023, all CIS countries, including Russia, have increased their imports from the EU compared to pre-war 2021 levels.',
    expect: [],
  },
  {
    source: RKS_KG,
    sentence:
      '“Kyrgyzstan’s exports to Russia have increased significantly – reaching $393 million in 2021 and $1.07 billion in 2022, indicating a substantial increase in trade that makes it easier for Russia to circumvent sanctions,” said Khachatryan.',
    expect: [x('$393 million', 393 * M, USD), x('$1.07 billion', 1.07 * B, USD)],
  },
  { source: RKS_KG, sentence: 'The growth of EU exports to Kyrgyzstan is staggering – 95 percent.', expect: [x('95 percent', 95, P)] },
  {
    source: GHROONA_CA,
    sentence:
      'Last year, Kazakhstan’s exports to Russia saw a 25 percent increase, whereas Kyrgyzstan’s exports increased by 150 percent over previous year totals.',
    expect: [x('25 percent', 25, P), x('150 percent', 150, P)],
  },
  {
    source: LOWY_KG,
    sentence:
      'The former Soviet republic of roughly 6 million people trades heavily with Russia, but corruption remains endemic, and elevated exports of potential dual-use goods to Russia persisted throughout 2023 even in the face of repeated warnings from the West.',
    expect: [ab('roughly 6 million', 6 * M, null, 5.5 * M, 6.5 * M)],
  },
  {
    source: LOWY_KG,
    sentence:
      'Chinese exports to Kyrgyzstan have exploded in recent years, rising from $7.5 billion in 2021 to nearly $20 billion in 2023.',
    expect: [x('$7.5 billion', 7.5 * B, USD), nm('nearly $20 billion', 20 * B, USD, 15 * B)],
  },
  {
    source: LOWY_KG,
    sentence:
      "Russia's President Vladimir Putin and his Kyrgyz counterpart Sadyr Japarov during talks in Bishkek, 12 October 2023 (Sergei Karpukhin via AFP/Getty Images)",
    expect: [],
  },
  {
    source: RFERL_CARS,
    sentence:
      'In November and December alone, Hakimov said he sent to Moscow nearly 200 vehicles initially imported to Kyrgyzstan, which is a member of the Russian-led Eurasian Economic Union (EEU) trade bloc.',
    expect: [nm('nearly 200', 200, null, 150)],
  },
  {
    source: RFERL_CARS,
    sentence:
      "But having only got into the trade last summer, Hakimov is worried that business has peaked, as Kyrgyzstan's government warned importers of an incoming customs-duty hike -- perhaps as high as 20 percent -- in the near future.",
    expect: [upto('as high as 20 percent', 20, P)],
  },
  {
    source: RFERL_CARS,
    sentence:
      'BISHKEK -- Businessman Yasir Hakimov is engaged in a trade that has become very fashionable in his home city of Bishkek the past two years -- reexporting cars from third countries to vehicle-hungry, sanctions-struck Russia.',
    expect: [x('two years', 2, 'year')],
  },
  // ---- sanctions rounds ----
  {
    source: EPOCH_400,
    sentence: 'US Sanctions 400 Entities, Including Russian and Chinese Companies, for Aiding Russia’s War',
    expect: [x('400', 400)],
  },
  {
    source: EPOCH_400,
    sentence:
      'Other companies include Hong Kong- and China-based electronics companies sending machine tools, circuits, engines, and millions of dollars worth of other technological tools to Russian companies involved in manufacturing drones, chips, and other electronic equipment used by the military.',
    expect: [rg('millions of dollars', 2 * M, 10 * M, USD)],
  },
  {
    source: GLOBE_400,
    sentence:
      'The United States on Friday imposed sanctions on more than 400 entities and individuals for supporting Russia’s war effort in Ukraine, the State Department said, including Chinese companies that U.S. officials believe are helping Moscow skirt Western sanctions and build up its military.',
    expect: [gt('more than 400', 400)],
  },
  {
    source: GLOBE_400,
    sentence:
      'Washington has repeatedly warned Beijing over its support for Russia’s defence industrial base and has already issued hundreds of sanctions aimed at restricting Moscow’s ability to exploit certain technologies for military purposes.',
    expect: [rg('hundreds of', 200, 1000)],
  },
  {
    source: GLOBE_400,
    sentence:
      'Friday’s sanctions include measures against companies in China involved in shipping machine tools and microelectronics to Russia, according to a State Department fact sheet outlining its sanctions against 190 targets.',
    expect: [x('190', 190)],
  },
  {
    source: GLOBE_400,
    sentence:
      'The Biden administration also added 123 entities to its U.S. export control list known as the Entity List that forces suppliers to obtain licenses before shipping to targeted companies.',
    expect: [x('123', 123)],
  },
  {
    source: GLOBE_400,
    sentence:
      'Those added on Friday included 63 entities in Russia and 42 in China, according to a notice published in the Federal Register.',
    expect: [x('63', 63), x('42', 42)],
  },
  {
    source: NYT_300,
    sentence:
      'The Biden administration on Wednesday announced nearly 300 new sanctions against international suppliers of military equipment technology that the administration says is helping Russia replenish its arsenal as it wages war in Ukraine.',
    expect: [nm('nearly 300', 300, null, 250)],
  },
  {
    source: NYT_300,
    sentence:
      'They include more than a dozen targets based in China, which the United States says is increasingly helping Russia arm itself.',
    expect: [gt('more than a dozen', 12)],
  },
  {
    source: FT_300,
    sentence:
      'The United States has imposed sanctions on more than 300 Russian and international entities, including some in China and Turkey, for supporting the Russian military in its war in Ukraine.',
    expect: [gt('more than 300', 300)],
  },
  {
    source: FT_300,
    sentence:
      'The targets of the sanctions announced Wednesday include two Chinese groups that supplied Moscow with nitrocellulose, an ingredient in gunpowder and rocket propellant, as well as Russian chemical importers.',
    expect: [x('two', 2)],
  },
  {
    source: FT_300,
    sentence:
      'The Treasury imposed sanctions on two Chinese groups, Wuhan Global Sensor Technology and Wuhan Tongsheng Technology, whose officials recently told reporters that they were helping Russia.',
    expect: [x('two', 2)],
  },
  {
    source: REDCENSOR_42,
    sentence:
      'On Friday, August 23, the United States further expanded sanctions on the international supply chain related to Russia, imposing sanctions on nearly 400 entities and individuals supporting Russia’s invasion of Ukraine.',
    expect: [nm('nearly 400', 400, null, 350)],
  },
  {
    source: REDCENSOR_42,
    sentence: 'This includes 42 Chinese companies that U.S. officials believe are helping Moscow evade Western sanctions.',
    expect: [x('42', 42)],
  },
  {
    source: REDCENSOR_42,
    sentence:
      'According to a statement from the U.S. Treasury, the sanctions on Friday included Chinese companies supplying machine tools and microelectronics to Russia, such as a Chinese export-import company affiliated with Dalian Machine Tool Group, which provided dual-use products worth $4 million to Russian companies.',
    expect: [x('$4 million', 4 * M, USD)],
  },
  {
    source: REDCENSOR_42,
    sentence:
      'Today’s action by the Treasury Department continues to fulfill the commitments made by President Biden and the Group of Seven (G7) partners to disrupt the supply chains and payment channels of Russian military bases.”',
    expect: [],
  },
  {
    source: EIR_300,
    sentence:
      'Yesterday, the U.S. Departments of State and Treasury announced the imposition of 300 sanctions, largely affecting Russia, but also China, Belarus, Türkiye, the U.A.E., and other countries, intended to “further degrade Russia’s ability to sustain its war machine and access to the material it needs to prosecute its illegal war against Ukraine,” according to a Treasury Department press release.',
    expect: [x('300', 300)],
  },
  {
    source: EIR_300,
    sentence:
      'It zeroes in on the point that Secretary of State Tony Blinken harped on during his April 26-29 trip to China—that the U.S., “like many of its international partners, is particularly concerned about entities in the People’s Republic of China and other third countries that provide critical inputs to Russia’s military industrial base.”',
    expect: [],
  },
  {
    source: EIR_300,
    sentence:
      'According to Financial Times, more than 300 Russian and international “entities,” including from China and Türkiye, are included, “for providing support to Moscow’s military as it wages war in Ukraine.”',
    expect: [gt('more than 300', 300)],
  },
  {
    source: ECONOMIST_CSIS,
    sentence: 'By the start of this year the monthly capacity for long-range missiles, for example, was thought to have more than doubled.',
    expect: [gt('more than doubled', 2, 'ratio')],
  },
  {
    source: ECONOMIST_CSIS,
    sentence:
      'Between March and July of last year there were more than 10,000 transactions a month from China to Russia involving these tools.',
    expect: [gt('more than 10,000', 10000)],
  },
  {
    source: ECONOMIST_CSIS,
    sentence:
      'The charts suggest that Russia’s imports of such goods began to rise after President Vladimir Putin announced a partial mobilisation in September 2022.',
    expect: [],
  },
  {
    source: EUROMAIDAN_RUSI,
    sentence:
      'The British-based Royal United Services Institute (RUSI) defense think tank and its partners examined Russian weapons recovered in Ukraine, and found “at least 450 unique microelectronic components inside these systems that were produced by companies based in the US, Europe, and East Asia.”',
    expect: [ge('at least 450', 450)],
  },
  {
    source: EUROMAIDAN_RUSI,
    sentence: 'Of the 450 foreign-made components, “317 appear to have been made by US companies.”',
    expect: [x('450', 450), x('317', 317)],
  },
  {
    source: EUROMAIDAN_RUSI,
    sentence:
      'The examined armaments included 27 Russian weapons systems – including cruise missiles, communications systems, and electronic warfare complexes – and pieces of military equipment lost or expended after the beginning of Russia’s full-scale invasion last February, RUSI says.',
    expect: [x('27', 27)],
  },
  {
    source: POLITICO_DRONES,
    sentence: 'Moscow has already imported $100 million worth of drones from China this year — 30 times more than Ukraine.',
    expect: [x('$100 million', 100 * M, USD), x('30 times', 30, 'ratio')],
  },
  {
    source: POLITICO_DRONES,
    sentence:
      'Chinese exports of ceramics, a component used in body armor, increased by 69% to Russia to more than $225 million, while dropping by 61% to Ukraine to a mere $5 million, Chinese and Ukrainian customs data show.',
    expect: [x('69%', 69, P), gt('more than $225 million', 225 * M, USD), x('61%', 61, P), x('$5 million', 5 * M, USD)],
  },
  {
    source: POLITICO_DRONES,
    sentence: 'It ordered 100,000 bulletproof vests and 100,000 helmets.',
    expect: [x('100,000', 100000), nth(x('100,000', 100000), 1)],
  },
  {
    source: POLITICO_DRONES,
    sentence:
      'Another Russian company called Legittelekom, whose homepage reveals it to be a Moscow freight forwarding company, also appears as a buyer of 100,000 items of headgear and 100,000 suits of outerwear from Deekon Shanghai, according to filings dated last November 24.',
    expect: [x('100,000', 100000), nth(x('100,000', 100000), 1)],
  },
  {
    source: KI_KENNEDY,
    sentence:
      'Russia shot down one of its own drones — a large and stealthy S-70 — after it flew uncontrolled into Ukrainian territory in early October, sparking speculation about how Moscow lost control of this valuable asset so publicly.',
    expect: [],
  },
  // ---- dual-use trade, high-priority items ----
  {
    source: PARL_HAMILTON,
    sentence: 'Exports from several EU countries to Kyrgyzstan, for instance, have gone up 2,000%-4,000% over the last year.',
    expect: [rg('2,000%-4,000%', 2000, 4000, P)],
  },
  {
    source: CARNEGIE_SHER,
    sentence:
      'Since Russia’s full-scale invasion of Ukraine in February 2022, Chinese exports to Russia have risen by more than 60 percent.',
    expect: [gt('more than 60 percent', 60, P)],
  },
  {
    source: CARNEGIE_SHER,
    sentence:
      'Publicly available customs data indicate that every month, China is exporting over $300 million worth of dual-use products identified by the United States, the European Union, Japan, and the United Kingdom as “high priority” items necessary for Russia’s weapons production (Figure 1).',
    expect: [gt('over $300 million', 300 * M, USD)],
  },
  {
    source: CARNEGIE_SHER,
    sentence:
      'While monthly transactions have declined from a peak of over $600 million in December 2023, China remains Russia’s largest supplier of these controlled products.',
    expect: [gt('over $600 million', 600 * M, USD)],
  },
  {
    source: CARNEGIE_SHER,
    sentence:
      'High priority items refer to fifty dual-use products that are essential for manufacturing weaponry like missiles, drones, and tanks.',
    expect: [x('fifty', 50)],
  },
  {
    source: CARNEGIE_SHER,
    sentence:
      'In 2023, China was responsible for approximately 90 percent of Russia’s imports of goods covered under the G7’s high priority export control list (Figure 2).',
    expect: [ab('approximately 90 percent', 90, P, 85, 95)],
  },
  {
    source: CARNEGIE_SHER,
    sentence:
      'Since early 2022, Russia has lost over 10,000 units of key equipment, including tanks, armored vehicles, artillery systems, and drones.',
    expect: [gt('over 10,000', 10000)],
  },
  {
    source: SSI_SHER,
    sentence:
      'For nearly a decade, Carnegie Politika has published contributions from members of Carnegie’s global network of scholars and well-known outside contributors and has helped drive important strategic conversations and policy debates.',
    expect: [nm('nearly a decade', 10, 'year', 5)],
  },
  {
    source: KSE_ENFORCEMENT,
    sentence:
      'Almost half of the imports in the first ten months of 2023 consisted of goods that were produced on behalf of companies from coalition countries, indicating major enforcement challenges.',
    expect: [nm('Almost half', 50, P, 45)],
  },
  {
    source: FRF_KSE,
    sentence:
      'Russian imports of dual-use goods subject to sanctions by Washington and its allies totaled nearly $9 billion between January and October last year – just 10% below the level that preceded the full-scale invasion of Ukraine in February 2022.',
    expect: [nm('nearly $9 billion', 9 * B, USD, 8.5 * B), x('10%', 10, P)],
  },
  {
    source: FRF_KSE,
    sentence:
      'At the same time, an analysis of Russian trade figures showed that Western companies supplied 48% of combat components in the first 10 months of last year, exceeding China’s 45% share.',
    expect: [x('48%', 48, P), x('45%', 45, P)],
  },
  {
    source: FRF_KSE,
    sentence: 'Next in the top 10 are American companies Analog Devices, AMD, Texas Instruments, IBM and Dell.',
    expect: [],
  },
  {
    source: FRF_KSE,
    sentence:
      'Thus, almost half of the “combat” goods purchased by Russia during the first three quarters of 2023 are from manufacturers headquartered in countries that have imposed export controls, Politico writes.',
    expect: [nm('almost half', 50, P, 45)],
  },
  {
    source: NHK_NITRO,
    sentence: 'In 2022, China exported a little over 700 tons of nitrocellulose to Russia.',
    expect: [gt('a little over 700', 700)],
  },
  {
    source: NHK_NITRO,
    sentence: 'In 2023, the amount nearly doubled to over 1,300 tons.',
    expect: [nm('nearly doubled', 2, 'ratio', 1.5), gt('over 1,300', 1300)],
  },
  {
    source: NHK_NITRO,
    sentence: 'About 110 tons were exported from January to March this year.',
    expect: [ab('About 110', 110, null, 105, 115)],
  },
  { source: NHK_NITRO, sentence: 'It found there were hardly any nitrocellulose exports to Russia between 2015 and 2021.', expect: [] },
  {
    source: NHK_NITRO,
    sentence: 'But these exports jumped from May 2022, three months after Russia invaded Ukraine.',
    expect: [x('three months', 3, 'month')],
  },
  {
    source: DAILYWRAP_NITRO,
    sentence:
      'This export was almost non-existent before the war in Ukraine, but according to the public broadcaster NHK, it increased to 1.4 tonnes last year.',
    expect: [x('1.4', 1.4)],
  },
  {
    source: DAILYWRAP_NITRO,
    sentence:
      'In 2022, China exported a little over 700 tonnes of nitrocellulose to Russia, and the volume almost doubled the following year to over 1,400 tonnes.',
    expect: [gt('a little over 700', 700), nm('almost doubled', 2, 'ratio', 1.5), gt('over 1,400', 1400)],
  },
  {
    source: DAILYWRAP_NITRO,
    sentence: 'Data for the period from January to March 2024 indicate about 120 tonnes.',
    expect: [ab('about 120', 120, null, 115, 125)],
  },
  {
    source: DAILYWRAP_NITRO,
    sentence: 'This changed in May 2022, just three months after Russia launched a full-scale invasion of Ukraine.',
    expect: [x('three months', 3, 'month')],
  },
  {
    source: MENAFN_NITRO,
    sentence:
      'In 2022, China sold Russia slightly over 700 tons of nitrocellulose while in 2023, that volume almost doubled, exceeding 1,300 tons.',
    expect: [gt('slightly over 700', 700), nm('almost doubled', 2, 'ratio', 1.5), gt('exceeding 1,300', 1300)],
  },
  {
    source: MENAFN_NITRO,
    sentence: 'From January to March 2024, about 110 tons worth of the compound was exported.',
    expect: [ab('about 110', 110, null, 105, 115)],
  },
  {
    source: TIMESHUB_NITRO,
    sentence: "As reported, China's exports to the Russian Federation decreased by 16% in March.",
    expect: [x('16%', 16, P)],
  },
  {
    source: KONING_BEARINGS,
    sentence:
      "Having accelerated after Putin's invasion of Ukraine to a run-rate of around US$5-7 million per month in 2023, Chinese ball bearing exports to Russia have been ratcheted down to the $2-3 million level in 2024, about where they stood prior to the invasion.",
    expect: [rg('US$5-7 million', 5 * M, 7 * M, USD), rg('$2-3 million', 2 * M, 3 * M, USD)],
  },
  {
    source: ESPRESO_HK,
    sentence:
      'The US Department of Commerce reports a 28% drop in banned goods shipments to Russia from China and Hong Kong in the first half of 2024',
    expect: [x('28%', 28, P)],
  },
  {
    source: ESPRESO_HK,
    sentence:
      'Nonetheless, research by C4ADS, a global security think tank, showed over 200 Hong Kong firms sent nearly $2 billion in goods to Russia from August to December 2023.',
    expect: [gt('over 200', 200), nm('nearly $2 billion', 2 * B, USD, 1.5 * B)],
  },
  {
    source: ESPRESO_HK,
    sentence:
      "The data, featured in an upcoming Committee for Freedom in Hong Kong Foundation (CFHK) report and analyzed by Reuters, reveals that goods worth $750 million, including high-tech chips from Nvidia and France's Vectrawave, and lower-end chips from Texas Instruments and Intel, were shipped through Hong Kong in that period.",
    expect: [x('$750 million', 750 * M, USD)],
  },
  {
    source: BI_CHIPS,
    sentence: 'Transshipments through Hong Kong fell 28%, and 19% through mainland China, Commerce Department data shows.',
    expect: [x('28%', 28, P), x('19%', 19, P)],
  },
  {
    source: BI_CHIPS,
    sentence:
      'Transshipments of advanced components through mainland China fell 19% between January and May, while shipments through Hong Kong dropped 28%, the outlet said.',
    expect: [x('19%', 19, P), x('28%', 28, P)],
  },
  {
    source: ICLOUD_CHIPS,
    sentence:
      'Russian President Vladimir Putin and Chinese President Xi Jinping enter the hall for Russian-Chinese talks on May 16, 2024 in Beijing, China.',
    expect: [],
  },
  { source: ICLOUD_CHIPS, sentence: 'Russian President Putin is on a two-day visit to China.', expect: [x('two-day', 2, 'day')] },
  // ---- drones: parts and suppliers ----
  {
    source: HARAPAN_300,
    sentence:
      'The United States have sanctioned close to 300 entities in Russia, China and countries that are favouring President Vladimir Putin’s invasion of Ukraine.',
    expect: [nm('close to 300', 300, null, 250)],
  },
  {
    source: BABEL_TELEGRAPH,
    sentence: 'The Telegraph: China sold over $60 million worth of drone parts to Russia in 2 years',
    expect: [gt('over $60 million', 60 * M, USD), x('2 years', 2, 'year')],
  },
  {
    source: BABEL_TELEGRAPH,
    sentence:
      'Chinese companies directly supplied parts and materials worth at least £47 million to Russian firms sanctioned for drone production.',
    expect: [ge('at least £47 million', 47 * M, 'GBP')],
  },
  {
    source: BABEL_TELEGRAPH,
    sentence:
      'According to journalists, almost a quarter of the value of these supplies — £10.7 million — went to sanctioned Russian firms linked to the production of Iranian “Shahed” kamikaze drones and operating in the Alabuga special economic zone.',
    expect: [nm('almost a quarter', 25, P, 20), x('£10.7 million', 10.7 * M, 'GBP')],
  },
  { source: BABEL_TELEGRAPH, sentence: 'In total, The Telegraph identified 97 Chinese suppliers.', expect: [x('97', 97)] },
  {
    source: BABEL_TELEGRAPH,
    sentence:
      'Harbin Bin-Au Technology, Jinhua Hairun Power Technology and Shandong Xinyilu International Trade also supplied aircraft engines and components worth at least £860 000 to “Drake” LLC, which operates in Alabuz.',
    expect: [ge('at least £860 000', 860000, 'GBP')],
  },
  {
    source: BABEL_TELEGRAPH,
    sentence:
      'In just three months of 2023, the Chinese company Ningbo Peak Cloud Import and Export shipped £3 million worth of aircraft and aircraft engines to Russiaʼs Ural Civil Aviation Plant, which is under sanctions for producing combat drones, including the Forpost.',
    expect: [x('three months', 3, 'month'), x('£3 million', 3 * M, 'GBP')],
  },
  {
    source: DAGENS_MAVIC,
    sentence:
      'Ukrainian intelligence estimates that by early 2025, up to 80% of the critical parts in Russian drones came from Chinese suppliers.',
    expect: [upto('up to 80%', 80, P)],
  },
  {
    source: DAGENS_MAVIC,
    sentence:
      'According to Andriy Kovalenko from Ukraine’s Center for Combating Disinformation, the Mavic 3 and 3T are vital tools in battlefield surveillance.',
    expect: [],
  },
  {
    source: CKHQ_DRONES,
    sentence:
      'Data shows that as high as 90% of Ukraine\'s imported drones and components come from China, putting Ukraine in a contradictory situation of "disliking but still using."',
    expect: [upto('as high as 90%', 90, P)],
  },
  {
    source: CKHQ_DRONES,
    sentence:
      'In 2023, the total weight of drones imported by Ukraine reached 540 tons, of which 490 tons were imported from China, accounting for as high as 90.7%.',
    expect: [x('540', 540), x('490', 490), x('90.7%', 90.7, P)],
  },
  {
    source: CKHQ_DRONES,
    sentence:
      'By 2024, the total amount of drones imported by Ukraine increased to 1,376 tons, with 1,300 tons coming from China, raising the proportion to 94.5%.',
    expect: [x('1,376', 1376), x('1,300', 1300), x('94.5%', 94.5, P)],
  },
  {
    source: CKHQ_DRONES,
    sentence:
      'Looking at 2025, from January to August, the total weight of drones imported by Ukraine was 1,443 tons, of which 1,297 tons came from China, still maintaining a high percentage of 89.9%.',
    expect: [x('1,443', 1443), x('1,297', 1297), x('89.9%', 89.9, P)],
  },
  {
    source: UNN_ESTONIA,
    sentence: 'About 80% of critical western components for drones are shipped through China to circumvent sanctions.',
    expect: [ab('About 80%', 80, P, 75, 85)],
  },
  {
    source: UNN_ESTONIA,
    sentence: 'According to the report, Russia receives about 80% of such components from China.',
    expect: [ab('about 80%', 80, P, 75, 85)],
  },
  {
    source: UNN_ESTONIA,
    sentence:
      'Last October, the United States imposed sanctions on three companies and one individual from Russia and China for the development and production of Harpy drones.',
    expect: [x('three', 3), x('one', 1)],
  },
  { source: OOPSTOP_DRONES, sentence: 'But between January and August 2023, five drones were taken out of China.', expect: [x('five', 5)] },
  {
    source: OOPSTOP_DRONES,
    sentence:
      'In addition, according to Chinese customs statistics, before the start of the special operation, Kyiv purchased approximately 530 drones from China.',
    expect: [ab('approximately 530', 530, null, 525, 535)],
  },
  {
    source: OOPSTOP_DRONES,
    sentence: 'The total order amount exceeded 900 thousand dollars.',
    expect: [gt('exceeded 900 thousand dollars', 900000, USD)],
  },
  { source: OOPSTOP_DRONES, sentence: 'They came into force on September 1.', expect: [] },

  // ---- payments and the 2024 slowdown ----
  {
    source: BALTIMORE_BBG,
    sentence:
      "According to Chinese customs, China's exports to Russia in March 2024 fell by almost 16% compared to the same month in 2023.",
    expect: [nm('almost 16%', 16, P, 15.5)],
  },
  {
    source: BALTIMORE_BBG,
    sentence:
      'The total volume of Russian imports in March decreased by 18% year on year, according to data from the Central Bank of the Russian Federation.',
    expect: [x('18%', 18, P)],
  },
  {
    source: BALTIMORE_BBG,
    sentence:
      'At the same time, trade turnover between Russia and China last year reached a record $240 billion thanks to Chinese imports of Russian oil and exports of cars, industrial equipment and electronics.',
    expect: [x('$240 billion', 240 * B, USD)],
  },
  {
    source: BALTIMORE_BBG,
    sentence:
      'The “Ministry of Finance” wrote that China’s largest bank ICBC, as well as three other credit institutions – China Citic Bank, Industrial Bank, Bank of Taizhou and Bank of China – stopped accepting payments in Russia in yuan.',
    expect: [x('three', 3)],
  },
  {
    source: KI_EXPORTS,
    sentence: 'Chinese exports to Russia decrease for first time in 4 months, Reuters reports',
    expect: [x('4 months', 4, 'month')],
  },
  {
    source: KI_EXPORTS,
    sentence:
      "China's yuan-denominated exports to Russia dropped sharply in November when compared to the 24% growth the previous month, Reuters reported on Dec. 10, citing Chinese customs data.",
    expect: [x('24%', 24, P)],
  },
  {
    source: KI_EXPORTS,
    sentence:
      'The decrease of 10.5% compared to November 2023 marks the first drop since July, Reuters writes, underscoring the growing challenges in the China-Russia economic relations.',
    expect: [x('10.5%', 10.5, P)],
  },
  {
    source: KI_EXPORTS,
    sentence: 'Imports from Russia in yuan also fell by 7.4%, according to the news agency.',
    expect: [x('7.4%', 7.4, P)],
  },
  {
    source: KI_EXPORTS,
    sentence:
      "The U.S. unveiled sanctions against over 50 Russian financial institutions in late November, including Gazprombank, until then Russia's largest non-sanctioned bank.",
    expect: [gt('over 50', 50)],
  },
  {
    source: KI_EXPORTS,
    sentence: '25,000 people chose to be part of the Kyiv Independent community — thank you.',
    expect: [x('25,000', 25000)],
  },
  {
    source: PRAVDA_UA_DEC,
    sentence: "China's exports to Russia fall for first time in four months",
    expect: [x('four months', 4, 'month')],
  },
  {
    source: PRAVDA_UA_DEC,
    sentence:
      "China's yuan-denominated exports to Russia have fallen at a double-digit pace over November, sharply deteriorating from a 24% increase in October and marking the first drop in four months.",
    expect: [x('24%', 24, P), x('four months', 4, 'month')],
  },
  {
    source: PRAVDA_UA_DEC,
    sentence: 'Details: Last month, outbound shipments to Russia fell by 10.5% year-on-year, the first drop since July.',
    expect: [x('10.5%', 10.5, P)],
  },
  {
    source: PRAVDA_UA_DEC,
    sentence: 'Imports from Russia fell 7.4% in yuan last month, worsening after a 4.3% drop in October.',
    expect: [x('7.4%', 7.4, P), x('4.3%', 4.3, P)],
  },
  {
    source: PRAVDA_UA_DEC,
    sentence:
      'Kremlin leader Vladimir Putin said on 4 December that the main problem in Russian-Chinese trade is mutual payment settlements, and the central banks of both countries are working to resolve this issue.',
    expect: [],
  },
  {
    source: PRAVDA_UA_DEC,
    sentence:
      "China's fourth largest bank by assets, Bank of China, has begun to block yuan transfers from countries that Russia uses to purchase goods more frequently.",
    expect: [],
  },
  {
    source: BNN_BBG_JUNE,
    sentence:
      'Chinese exports to Russia increased by almost 4% in June compared to the previous year after shrinking for three months in a row from March, according to data published Friday from China’s customs administration.',
    expect: [nm('almost 4%', 4, P, 3.5), x('three months', 3, 'month')],
  },
  {
    source: BNN_BBG_JUNE,
    sentence:
      'Exports to Russia amounted to $9.9 billion, which is still below monthly volumes seen at the end of last year, and for the first six months of 2024 declined by around 1% compared to the same period of 2023, data show.',
    expect: [x('$9.9 billion', 9.9 * B, USD), ab('around 1%', 1, P, 0.5, 1.5)],
  },
  {
    source: BNN_BBG_JUNE,
    sentence: 'China’s total exports expanded in June by 8.6% annually to the highest level in almost two years.',
    expect: [x('8.6%', 8.6, P), nm('almost two years', 2, 'year', 1.5)],
  },
  {
    source: BNN_BBG_JUNE,
    sentence: 'Russia’s total imports decreased by more than 7% in June and by 9% in the first half of the year.',
    expect: [gt('more than 7%', 7, P), x('9%', 9, P)],
  },
  // ---- components found in weapons ----
  {
    source: RUSI_DRONE_STRIKES,
    sentence:
      'Investigators analysed 27 Russian weapons systems and pieces of military equipment that were lost or expended since the start of Russia’s full-scale invasion to find that “it is heavily reliant on imports of sophisticated microelectronics to operate effectively”.',
    expect: [x('27', 27)],
  },
  {
    source: RUSI_DRONE_STRIKES,
    sentence:
      'In fact, it was discovered that of the 450 components in Russian military systems RUSI assessed, 318 appear to have been made by US companies.',
    expect: [x('450', 450), x('318', 318)],
  },
  {
    source: WORLDECR_RUSI,
    sentence:
      'Researchers for Rusi, a UK think tank, spent months in Ukraine, examining 27 of Russia’s most modern military systems, either captured, brought down or abandoned by Russian troops.',
    expect: [x('27', 27)],
  },
  {
    source: WORLDECR_RUSI,
    sentence:
      'They discovered at least 450 different kinds of unique, foreign-made components, most built in the US but also in other Western countries.',
    expect: [ge('at least 450', 450)],
  },
  {
    source: TIMES_FRIDGES,
    sentence:
      'Over the past nine months these shortages have become acute and spread across the manufacturing sector, with some evidence that even games consoles have been pulled apart and their contents rewired into armaments.',
    expect: [x('nine months', 9, 'month')],
  },
  {
    source: TIMES_FRIDGES,
    sentence:
      'Russia has been running short on basic military-grade electronics such as transistors, transformers and microchips for years under the western-led sanctions imposed after its initial attack on Ukraine in 2014, the annexation of Crimea.',
    expect: [],
  },
  {
    source: TELEGRAPH_CHIPS,
    sentence: 'Six months into its invasion of Ukraine, Russia is suffering from a severe technological deficit caused by sanctions.',
    expect: [x('Six months', 6, 'month')],
  },

  // ---- vehicles ----
  {
    source: SPUTNIK_CARS,
    sentence:
      'Imports of Chinese cars to Russia between January and May almost tripled compared to the same period in 2022, while imports of construction vehicles grew almost eight times.',
    expect: [nm('almost tripled', 3, 'ratio', 2.5), nm('almost eight times', 8, 'ratio', 7.5)],
  },
  {
    source: SPUTNIK_CARS,
    sentence: 'Through Zabaikalsk, in five months, our imports of construction vehicles increased by almost eight times in annual terms,',
    expect: [x('five months', 5, 'month'), nm('almost eight times', 8, 'ratio', 7.5)],
  },
  {
    source: SPUTNIK_CARS,
    sentence:
      'Chinese Ambassador to Moscow Zhang Hanhui said in an interview with a Russian newspaper in April that in 2022, China exported 162,000 cars to Russia, which is 33.4% more than in 2021, and their share in the Russian market grew from 7% to 19.2%.',
    expect: [x('162,000', 162000), x('33.4%', 33.4, P), x('7%', 7, P), x('19.2%', 19.2, P)],
  },
  { source: SPUTNIK_CARS, sentence: 'The SPIEF was held in the Russian city of St. Petersburg from June 14-17.', expect: [] },
  {
    source: CAIXIN_CARS,
    sentence:
      'The country imported almost 80,000 cars from China in the first two months of this year, almost half of the total in 2022, according to CPCA data.',
    expect: [nm('almost 80,000', 80000, null, 75000), nm('almost half', 50, P, 45)],
  },
  {
    source: ANEWS_CARS,
    sentence:
      "Davıdov cited changes in Russia's foreign trade, using the example of the automotive market, saying, \"China has a 92% share of Russia's automotive imports in the first 8 months of this year.",
    expect: [x('92%', 92, P)],
  },
  {
    source: ANEWS_CARS,
    sentence:
      'According to data from the Russian-based Autostat, new car sales in the country increased by 160% in August compared to the same period last year, reaching 109,700 units.',
    expect: [x('160%', 160, P), x('109,700', 109700)],
  },
  { source: XINHUA_CARS, sentence: "Share of Chinese cars rises to 50 pct in Russia's Far East, Siberia", expect: [x('50 pct', 50, P)] },
  {
    source: XINHUA_CARS,
    sentence:
      "VLADIVOSTOK, April 18 (Xinhua) -- The share of new Chinese cars sold by dealers in the Russian regions of Far East and Siberia has surged from 10 percent in January 2022 to 50 percent in March 2023, Russia's state news agency RIA Novosti reported on Monday.",
    expect: [x('10 percent', 10, P), x('50 percent', 50, P)],
  },
  {
    source: XINHUA_CARS,
    sentence:
      'This increase in sales of Chinese cars occurred alongside a significant decline in European car brands, whose market share plummeted from 27 percent to 6 percent.',
    expect: [x('27 percent', 27, P), x('6 percent', 6, P)],
  },
  {
    source: XINHUA_CARS,
    sentence:
      'Meanwhile, Russian car brands managed to increase their share from 18 percent to 25 percent since the start of last year to March 2023.',
    expect: [x('18 percent', 18, P), x('25 percent', 25, P)],
  },
  {
    source: XINHUA_CARS,
    sentence: 'The percentage of Korean cars sold in the area has also decreased from 25-28 percent to 15 percent.',
    expect: [rg('25-28 percent', 25, 28, P), x('15 percent', 15, P)],
  },
  {
    source: XINHUA_CARS,
    sentence:
      'The share of Japanese cars has fallen from 18 percent to 6 percent in western Russia, and from 18 percent to 10 percent in the east.',
    expect: [x('18 percent', 18, P), x('6 percent', 6, P), nth(x('18 percent', 18, P), 1), x('10 percent', 10, P)],
  },
  {
    source: XINHUA_CARS,
    sentence:
      'The number of Chinese-made trucks imported into Russia through the Far Eastern customs has jumped from 340 to 2,759, the Russian news agency said.',
    expect: [x('340', 340), x('2,759', 2759)],
  },
  {
    source: GADGET_CARS,
    sentence: 'At the end of eight months of 2023, China’s share in this segment reached 92%.',
    expect: [x('92%', 92, P)],
  },
  { source: GADGET_CARS, sentence: 'In 2021 it did not exceed 10%.', expect: [upto('did not exceed 10%', 10, P)] },
  {
    source: GADGET_CARS,
    sentence: 'In the first half of 2023, China accounted for about 70% of Russian car imports.',
    expect: [ab('about 70%', 70, P, 65, 75)],
  },
  {
    source: GADGET_CARS,
    sentence:
      'According to Chinese customs estimates, cars from China worth $4.6 billion were imported into Russia during this period, 543% more than during the same period in 2022.',
    expect: [x('$4.6 billion', 4.6 * B, USD), x('543%', 543, P)],
  },
  { source: GADGET_CARS, sentence: 'In 2021, China accounted for 10% of Russian car imports.', expect: [x('10%', 10, P)] },

  // ---- machine tools: the FT's CNC story and its echoes ----
  {
    source: FT_CNC,
    sentence:
      'Russian customs returns show Chinese producers shipped $68mn worth of CNC tools in July, the latest verifiable figure available, up from just $6.5mn in February 2022 when Moscow launched the full-scale invasion.',
    expect: [x('$68mn', 68 * M, USD), x('$6.5mn', 6.5 * M, USD)],
  },
  {
    source: FT_CNC,
    sentence:
      'The customs returns show Chinese-origin CNC devices made up 57 per cent of Russian imports by value in July, up from just 12 per cent before the war.',
    expect: [x('57 per cent', 57, P), x('12 per cent', 12, P)],
  },
  {
    source: REB_CNC,
    sentence:
      'Xi Jinping told Vladimir Putin in October that annual trade between the two countries had reached a "historic high" of nearly $200 billion.',
    expect: [nm('nearly $200 billion', 200 * B, USD, 150 * B)],
  },
  {
    source: REB_CNC,
    sentence:
      "In November, the United States imposed sanctions on all significant Russian importers of CNC tools, including some that had moved less than $200,000 worth of equipment after Russia's invasion of Ukraine.",
    expect: [lt('less than $200,000', 200000, USD)],
  },
  {
    source: ESPRESO_CNC,
    sentence:
      'China\'s president, Xi Jinping, informed Vladimir Putin in October that the two nations\' yearly commerce had reached a "historic high" of around $200 billion.',
    expect: [ab('around $200 billion', 200 * B, USD, 150 * B, 250 * B)],
  },
  {
    source: ESPRESO_CNC,
    sentence:
      'Chinese-made CNC tools accounted for 57% of Russian imports by value in July, according to customs records, compared to just 12% in the months before the conflict.',
    expect: [x('57%', 57, P), x('12%', 12, P)],
  },
  // ---- the 2023 record and monthly customs releases ----
  {
    source: MT_RECORD,
    sentence: 'Trade between China and Russia reached a record $240 billion in 2023, official Chinese data showed on Friday.',
    expect: [x('$240 billion', 240 * B, USD)],
  },
  {
    source: MT_RECORD,
    sentence: 'China’s General Administration of Customs Data said two-way with Russia in 2023 grew by 26.3% from the year earlier.',
    expect: [x('26.3%', 26.3, P)],
  },
  {
    source: MT_RECORD,
    sentence: 'Similarly, Chinese exports to Russia increased by 46.9%, while imports from Russia rose 13% last year.',
    expect: [x('46.9%', 46.9, P), x('13%', 13, P)],
  },
  {
    source: MT_RECORD,
    sentence:
      'Presidents Vladimir Putin and Xi Jinping had originally pledged to boost bilateral trade in 2023 to $200 billion, a target that Russia’s customs agency said had already been reached in the fall.',
    expect: [x('$200 billion', 200 * B, USD)],
  },
  {
    source: MT_RECORD,
    sentence: 'Officials in Moscow say China received half of Russia’s oil and petroleum shipments in 2023.',
    expect: [x('half', 50, P)],
  },
  { source: MT_RECORD, sentence: 'If you can, please support us monthly starting from just $2.', expect: [x('$2', 2, USD)] },
  {
    source: TASS_AUGUST,
    sentence:
      'Trade turnover between Russia and China rose by 32% in January-August 2023 year-on-year to $155.1 bln, the General Administration of Customs of China reported.',
    expect: [x('32%', 32, P), x('$155.1 bln', 155.1 * B, USD)],
  },
  {
    source: TASS_AUGUST,
    sentence:
      'China’s exports to Russia soared by 63.2% in the reporting period to $71.8 bln, while supplies from Russia to China gained 13.3% to $83.3 bln, according to released figures.',
    expect: [x('63.2%', 63.2, P), x('$71.8 bln', 71.8 * B, USD), x('13.3%', 13.3, P), x('$83.3 bln', 83.3 * B, USD)],
  },
  {
    source: TASS_AUGUST,
    sentence: 'In July-August, trade turnover between the two countries increased by 6.8%.',
    expect: [x('6.8%', 6.8, P)],
  },
  {
    source: TASS_AUGUST,
    sentence:
      'In August, trade turnover between Russia and China amounted to $20.8 bln, with exports from China to Russia standing at $9.3 bln, while supplies from Russia to China equaling $11.5 bln.',
    expect: [x('$20.8 bln', 20.8 * B, USD), x('$9.3 bln', 9.3 * B, USD), x('$11.5 bln', 11.5 * B, USD)],
  },
  {
    source: SPUTNIK_NINE_MONTHS,
    sentence: 'China-Russia Trade in First Nine Months of 2023 Up 29.5% to $176.4 Bln: Chinese Customs',
    expect: [x('29.5%', 29.5, P), x('$176.4 Bln', 176.4 * B, USD)],
  },
  {
    source: SPUTNIK_NINE_MONTHS,
    sentence:
      'BEIJING (Sputnik) - In February 2022, Chinese President Xi Jinping unveiled a new target to raise trade turnover between Russia and China by an annual $250Bln.',
    expect: [x('$250Bln', 250 * B, USD)],
  },
  {
    source: SPUTNIK_NINE_MONTHS,
    sentence:
      'During the reporting period, China supplied goods to Russia worth $81.4 billion, an increase of 56.9 percent on the same period in 2022; deliveries from Russia to China increased by 12.7% to $94.9 billion.',
    expect: [x('$81.4 billion', 81.4 * B, USD), x('56.9 percent', 56.9, P), x('12.7%', 12.7, P), x('$94.9 billion', 94.9 * B, USD)],
  },
  {
    source: SPUTNIK_NINE_MONTHS,
    sentence:
      "Meanwhile, US-China trade in January-September 2023 decreased 14% year-on-year to $495.9 billion, China's General Administration of Customs said.",
    expect: [x('14%', 14, P), x('$495.9 billion', 495.9 * B, USD)],
  },
  {
    source: SPUTNIK_NINE_MONTHS,
    sentence:
      'Chinese exports to the US in the reporting period shrunk 16.4% year on year to $372.2 billion; deliveries from the US to China dropped 6% to $123.7 billion.',
    expect: [x('16.4%', 16.4, P), x('$372.2 billion', 372.2 * B, USD), x('6%', 6, P), x('$123.7 billion', 123.7 * B, USD)],
  },
  {
    source: BABEL_RECORD,
    sentence: 'Bilateral trade between China and Russia exceeded $218 billion in 11 months of 2023.',
    expect: [gt('exceeded $218 billion', 218 * B, USD)],
  },
  {
    source: BABEL_RECORD,
    sentence:
      'Xi Jinping noted that the countries have achieved ahead of schedule the goal set in 2019: to reach the mark of $200 billion by 2024.',
    expect: [x('$200 billion', 200 * B, USD)],
  },
  {
    source: BABEL_RECORD,
    sentence:
      'After the beginning of the full-scale war of the Russian Federation against Ukraine, trade between Russia and China increased, it increased by about 30% in 2022 to a then record $190 billion.',
    expect: [ab('about 30%', 30, P, 25, 35), x('$190 billion', 190 * B, USD)],
  },
  {
    source: BABEL_RECORD,
    sentence: 'However, this yearʼs figure represents only 4% of Chinaʼs total world trade for the same period of $5.41 trillion.',
    expect: [x('4%', 4, P), x('$5.41 trillion', 5.41e12, USD)],
  },
  {
    source: CER_RECORD,
    sentence:
      'China-Russia dollar-denominated trade hit $240.1 billion in 2023, growing 26.3% from a year earlier, according to the data by China’s General Administration of Customs.',
    expect: [x('$240.1 billion', 240.1 * B, USD), x('26.3%', 26.3, P)],
  },
  {
    source: CER_RECORD,
    sentence:
      'Chinese shipments to Russia jumped 46.9% in 2023 from a year earlier, and soared 64.2% compared with 2021, before the Russia-Ukraine war, the customs data showed.',
    expect: [x('46.9%', 46.9, P), x('64.2%', 64.2, P)],
  },
  {
    source: CNN_TRADE,
    sentence:
      'Bilateral trade between Russia and China totaled more than $93.8 billion from January to May in 2023, a 40.7% increase compared to the same period last year, data from China’s General Administration of Customs showed.',
    expect: [gt('more than $93.8 billion', 93.8 * B, USD), x('40.7%', 40.7, P)],
  },
  {
    source: CNN_TRADE,
    sentence:
      'The data published on Wednesday also showed that China’s exports to Russia have reached $42.96 billion since January 2023, a 75.6% increase compared to 2022.',
    expect: [x('$42.96 billion', 42.96 * B, USD), x('75.6%', 75.6, P)],
  },
  {
    source: CNN_TRADE,
    sentence:
      'Taiwan, South Korea, New Zealand, and the US saw the biggest decrease across the globe, with Taiwan shrinking its trade with China by more than 25 percent.',
    expect: [gt('more than 25 percent', 25, P)],
  },
  { source: CNN_TRADE, sentence: 'Trade between the United States also shrank by 12.3 percent.', expect: [x('12.3 percent', 12.3, P)] },
  {
    source: CNN_TRADE,
    sentence:
      'Last month, Russian Prime Minister Mikhail Mishustin said he expected trade between Russia and China would exceed $200 billion in 2023, CNN reported.',
    expect: [gt('exceed $200 billion', 200 * B, USD)],
  },
  {
    source: COMMERSANT_TRADE,
    sentence: 'Turnover from January through November has reached over $218 billion',
    expect: [gt('over $218 billion', 218 * B, USD)],
  },
  {
    source: COMMERSANT_TRADE,
    sentence:
      'According to Chinese customs data, trade volumes with Russia increased by 26.7% in the first 11 months of 2023, amounting to a record $218.17 billion.',
    expect: [x('26.7%', 26.7, P), x('$218.17 billion', 218.17 * B, USD)],
  },
  {
    source: COMMERSANT_TRADE,
    sentence: 'In November alone, trade amounted to $21.5 billion, an 8.6% month-on-month increase.',
    expect: [x('$21.5 billion', 21.5 * B, USD), x('8.6%', 8.6, P)],
  },
  {
    source: COMMERSANT_TRADE,
    sentence:
      'Exports from China to Russia jumped by 50.2% to $100.33 billion in January-November, while imports from Russia to the Asian country surged by 11.8% to $117.84 billion.',
    expect: [x('50.2%', 50.2, P), x('$100.33 billion', 100.33 * B, USD), x('11.8%', 11.8, P), x('$117.84 billion', 117.84 * B, USD)],
  },
  {
    source: COMMERSANT_TRADE,
    sentence:
      'Speaking at a meeting of the Russia-China intergovernmental commission in Beijing last month, Russian First Deputy Prime Minister Andrey Belousov forecast that bilateral trade would grow to $300 billion by the end of the decade.',
    expect: [x('$300 billion', 300 * B, USD)],
  },

  // ---- EU packages ----
  {
    source: BLOOMING_EU15,
    sentence:
      'Amid ongoing international attention on the Russia-Ukraine conflict, the Council of the European Union approved its 15th sanctions package against Russia on December 16, 2024, under Council Decision (CFSP) 2024/3182.',
    expect: [],
  },
  {
    source: BLOOMING_EU15,
    sentence: 'As of December 16, the EU has imposed 15 rounds of sanctions on Russia in response to its full-scale invasion of Ukraine.',
    expect: [x('15', 15)],
  },
  { source: BLOOMING_EU15, sentence: '1. Banning 52 Additional "Shadow Fleet" Ships from Ports and Services', expect: [x('52', 52)] },
  {
    source: BLOOMING_EU15,
    sentence: "This round targets 52 additional ships in Russia's shadow fleet, bringing the total sanctioned vessels to 79.",
    expect: [x('52', 52), x('79', 79)],
  },
  {
    source: BLOOMING_EU15,
    sentence: 'A total of 84 new entities have been added to the sanctions list, including 54 individuals and 30 entities.',
    expect: [x('84', 84), x('54', 54), x('30', 30)],
  },
  {
    source: RVW_EU15,
    sentence:
      'As part of the 15th sanctions package, the EU plans to add over 50 individuals and approximately 30 entities to the blacklist, freeze their assets, and impose travel bans within the EU.',
    expect: [gt('over 50', 50), ab('approximately 30', 30, null, 25, 35)],
  },
  {
    source: RVW_EU15,
    sentence:
      'The proposed measures, which are still subject to change, also include a ban on more than 45 Russian oil tankers from accessing European ports and services, as the EU and its allies work to cut Moscow’s oil revenues and limit its ability to circumvent the price cap on Russian crude.',
    expect: [gt('more than 45', 45)],
  },
  {
    source: RVW_EU15,
    sentence:
      'The EU also proposes trade restrictions on about 30 entities accused of helping Moscow obtain prohibited technologies used in weapons discovered in Ukraine or essential to their production.',
    expect: [ab('about 30', 30, null, 25, 35)],
  },
  {
    source: RVW_EU15,
    sentence: 'Approval of the sanctions requires unanimous support from all 27 EU member states.',
    expect: [x('27', 27)],
  },
  {
    source: SCMP_EU15,
    sentence:
      'Six China and Hong Kong-based companies will have their assets frozen while one Chinese citizen will face a visa ban, as part of a broader package of sanctions designed to curb Russia’s military capability.',
    expect: [x('Six', 6), x('one', 1)],
  },
  {
    source: SCMP_EU15,
    sentence:
      'The latest package will be the first time, however, that they face direct sanctions for playing a role in the invasion that has dragged on for nearly three years.',
    expect: [nm('nearly three years', 3, 'year', 2.5)],
  },
  {
    source: KLEIN_EU13,
    sentence:
      "Three companies in mainland China, four in Hong Kong, and one in India are among those listed in a 91-page document, highlighting entities EU member states intend to add to an expanding sanctions list on the second anniversary of Russia's invasion of Ukraine.",
    expect: [x('Three', 3), x('four', 4), x('one', 1)],
  },
  {
    source: KLEIN_EU13,
    sentence:
      "The diplomatic service of the EU has proposed adding approximately 20 firms, including three in mainland China, one in Turkey, and one in India, to an export blacklist targeting those supporting Russia's military endeavors.",
    expect: [ab('approximately 20', 20, null, 15, 25), x('three', 3), x('one', 1), nth(x('one', 1), 1)],
  },
  {
    source: KLEIN_EU13,
    sentence:
      'The proposed sanctions also include two Russian shipping companies accused of transporting arms from North Korea to the Russian port of Dunai.',
    expect: [x('two', 2)],
  },
  {
    source: KLEIN_EU13,
    sentence:
      'The EU has already imposed similar export bans on over 600 firms, including those in Hong Kong and other countries, aiming to curtail revenue streams to Russia.',
    expect: [gt('over 600', 600)],
  },
  {
    source: KLEIN_EU13,
    sentence:
      'Existing sanctions are estimated to have denied Russia $400 billion in revenues, but with Vladimir Putin increasing military supplies, the EU is seeking more effective measures.',
    expect: [x('$400 billion', 400 * B, USD)],
  },
  {
    source: RAVEN_EU15,
    sentence:
      'The European Union (EU) has announced expanded sanctions against seven Chinese entities and individuals accused of supporting Russia in its war against Ukraine.',
    expect: [x('seven', 7)],
  },
  {
    source: RAVEN_EU15,
    sentence:
      'Additionally, four Chinese companies, including Xiamen Limbach, face sanctions for supplying sensitive components, such as long-range drone engines and microprocessors, to the Russian military.',
    expect: [x('four', 4)],
  },
  {
    source: PLEDGE_EU11,
    sentence:
      'A document seen by AFP said the proposal targets for the first time eight companies in China and Hong Kong accused of re-exporting sensitive equipment to Russia.',
    expect: [x('eight', 8)],
  },
  {
    source: PLEDGE_EU11,
    sentence:
      'Seven Chinese companies accused of selling equipment that could be used to make weapons were included in a new package that would need unanimous approval from the 27 member states before it could be enforced.',
    expect: [x('Seven', 7), x('27', 27)],
  },
  {
    source: EP_EU11,
    sentence:
      'Several diplomats told Euronews that three Chinese companies are included, the first time China has been entangled with Russian sanctions.',
    expect: [x('three', 3)],
  },
  {
    source: EP_EU11,
    sentence:
      'Allegedly, at first the list included five companies, but after pressure from China and some member states they were reduced.',
    expect: [x('five', 5)],
  },
  {
    source: EP_EU11,
    sentence:
      'In addition to the new mechanism, the new sanctions will blacklist 77 people and 33 entities that were involved in illegal deportation of children to Russia.',
    expect: [x('77', 77), x('33', 33)],
  },

  // ---- chips through the Caucasus and Central Asia ----
  {
    source: BABEL_NYT_CHIPS,
    sentence:
      'According to the Silverado Policy Accelerator think tank, imports between October and January were 50% or more of their pre-war average each month.',
    expect: [ge('50% or more', 50, P)],
  },
  {
    source: BABEL_NYT_CHIPS,
    sentence:
      'One document with the seal of the US Bureau of Industry and Security states that in 2022 Armenia imported 515% more chips and processors from the US and 212% more from the European Union than in 2021.',
    expect: [x('One', 1), x('515%', 515, P), x('212%', 212, P)],
  },
  {
    source: BABEL_NYT_CHIPS,
    sentence: 'The document states that at that time Armenia exported 97% of the same products to Russia.',
    expect: [x('97%', 97, P)],
  },
  {
    source: BABEL_NYT_CHIPS,
    sentence:
      'In another document, the Bureau of Industry and Security identified eight categories of chips and components critical to Russian weapons development that were found in one model of Russiaʼs Kh-101 cruise missile.',
    expect: [x('eight', 8), x('one', 1)],
  },
  {
    source: BABEL_NYT_CHIPS,
    sentence:
      'Direct chip sales to Russia from the US and its allies have fallen to zero, but trade figures show that other countries have stepped in to help Russia.',
    expect: [x('zero', 0)],
  },
  {
    source: CASPIAN_ARMENIA,
    sentence:
      'A document provided to Politico by the US Bureau of Industry and Security revealed that between 2021 and 2022, Armenia’s imports of chips and microprocessors from the US shot up by 515 percent, while it surged by 212 percent from the EU markets.',
    expect: [x('515 percent', 515, P), x('212 percent', 212, P)],
  },
  {
    source: CASPIAN_ARMENIA,
    sentence: 'The bureau estimated that as much as 97 percent of such components were re-exported to Russia.',
    expect: [upto('as much as 97 percent', 97, P)],
  },
  {
    source: CASPIAN_ARMENIA,
    sentence:
      'In April, The New York Times wrote that millions of dollars worth of banned technology was channelled into Russia through Armenia and other countries.',
    expect: [rg('millions of dollars', 2 * M, 10 * M, USD)],
  },
  {
    source: RFP_BBG_CHIPS,
    sentence: 'In 2021, he exported $12,000 worth of semiconductors to Russia, and in 2022 this amount increased to $3.7 million.',
    expect: [x('$12,000', 12000, USD), x('$3.7 million', 3.7 * M, USD)],
  },
  {
    source: RFP_BBG_CHIPS,
    sentence:
      'If in the period from 2017 to 2021 Russia annually bought circuits and microcircuits from them for an average of $163, then in 2022 this amount decreased to $60 million.',
    expect: [x('$163', 163, USD), x('$60 million', 60 * M, USD)],
  },
  {
    source: RFP_BBG_CHIPS,
    sentence: 'In some cases, shipments have increased from lows in 2021 to millions of dollars in 2022.',
    expect: [rg('millions of dollars', 2 * M, 10 * M, USD)],
  },
  {
    source: KI_KAZAKH,
    sentence:
      'According to trade data, Kazakhstan imported close to $5 million worth of drones, almost completely from China, and exported $1.23 million in drones to Russia.',
    expect: [nm('close to $5 million', 5 * M, USD, 4.5 * M), x('$1.23 million', 1.23 * M, USD)],
  },
  {
    source: KI_KAZAKH,
    sentence: 'The import of microchips more than doubled to over $75 million in 2022.',
    expect: [gt('more than doubled', 2, 'ratio'), gt('over $75 million', 75 * M, USD)],
  },
  {
    source: KI_KAZAKH,
    sentence:
      'Meanwhile the export of microchips from Kazakhstan to Russia was 70 times higher in 2022 from the year before, increasing from a meager $245,000 to $18 million, the investigation showed.',
    expect: [x('70 times', 70, 'ratio'), x('$245,000', 245000, USD), x('$18 million', 18 * M, USD)],
  },
  {
    source: SORAKAN_CHIPS,
    sentence:
      'One year after the imposition of the sanctions, it is above all the technological sector – chips, semiconductors, integrated electrical circuits – used in drones, satellites and in the military sector that shows no signs of yielding.',
    expect: [x('One year', 1, 'year')],
  },
  {
    source: SORAKAN_CHIPS,
    sentence:
      'On February 24, the G7 had issued a note which concluded with the announcement of the crackdown on “third parties” who help Moscow to circumvent the sanctions.',
    expect: [],
  },
  // ---- munitions, payments, expansion ----
  {
    source: JT_NK_SHELLS,
    sentence:
      'WASHINGTON – Russia is buying millions of artillery shells and rockets from North Korea, according to newly declassified American intelligence — a sign that global sanctions have severely restricted Russian supply chains and forced Moscow to turn to pariah states for military supplies.',
    expect: [rg('millions of', 2 * M, 10 * M)],
  },
  {
    source: DEFPOST_NK,
    sentence:
      'The development comes days after the Pentagon revealed that Iran is supplying hundreds of military drones to Russia, a sign that US-led sanctions and export controls are hampering Moscow’s ability to supply military equipment to its forces.',
    expect: [rg('hundreds of', 200, 1000)],
  },
  {
    source: CNN_SHELLS,
    sentence:
      'NATO official says Russia’s “war machine works in full gear” running artillery factories “24/7” on rotating 12-hour shifts; about 3.5 million Russians now work in defense sector',
    expect: [x('12-hour', 12, 'hour'), ab('about 3.5 million', 3.5 * M, null, 3.45 * M, 3.55 * M)],
  },
  {
    source: CNN_SHELLS,
    sentence: 'Russia producing three times more artillery shells than US and Europe for Ukraine',
    expect: [x('three times', 3, 'ratio')],
  },
  {
    source: CNN_SHELLS,
    sentence:
      'Russia appears on track to produce nearly three times more artillery munitions than the US and Europe, a key advantage ahead of what is expected to be another Russian offensive in Ukraine later this year.',
    expect: [nm('nearly three times', 3, 'ratio', 2.5)],
  },
  {
    source: CNN_SHELLS,
    sentence:
      'Russia is producing about 250,000 artillery munitions per month, or about 3 million a year, according to NATO intelligence estimates of Russian defense production shared with CNN, as well as sources familiar with Western efforts to arm Ukraine.',
    expect: [ab('about 250,000', 250000, null, 245000, 255000), ab('about 3 million', 3 * M, null, 2.5 * M, 3.5 * M)],
  },
  {
    source: CNN_SHELLS,
    sentence:
      'Collectively, the US and Europe have the capacity to generate only about 1.2 million munitions annually to send to Kyiv, a senior European intelligence official told CNN.',
    expect: [ab('about 1.2 million', 1.2 * M, null, 1.15 * M, 1.25 * M)],
  },
  {
    source: CNN_SHELLS,
    sentence: 'Officials say Russia is currently firing around 10,000 shells a day, compared to just 2,000 a day from the Ukrainian side.',
    expect: [ab('around 10,000', 10000, null, 5000, 15000), x('2,000', 2000)],
  },
  {
    source: CNN_SHELLS,
    sentence: 'The ratio is worse in some places along the 600-mile front, according to a European intelligence official',
    expect: [x('600-mile', 600)],
  },
  {
    source: CNN_SHELLS,
    sentence: 'About 3.5 million Russians now work in the defense sector, up from somewhere between 2 and 2.5 million before the war.',
    expect: [ab('About 3.5 million', 3.5 * M, null, 3.45 * M, 3.55 * M), rg('between 2 and 2.5 million', 2 * M, 2.5 * M)],
  },
  {
    source: CNN_SHELLS,
    sentence:
      'Russia is also importing ammunition: Iran sent at least 300,000 artillery shells last year — “probably more than that,” the official said — and North Korea provided at least 6,700 containers of ammunition carrying millions of shells.',
    expect: [ge('at least 300,000', 300000), ge('at least 6,700', 6700), rg('millions of', 2 * M, 10 * M)],
  },
  {
    source: BUNA_BANKS,
    sentence: 'More than 98% of Chinese banks do not accept direct payments from the Russian Federation – rosSMI',
    expect: [gt('More than 98%', 98, P)],
  },
  {
    source: BUNA_BANKS,
    sentence: 'It was noted that more than 98% of Chinese banks refused to accept direct transactions from Russia.',
    expect: [gt('more than 98%', 98, P)],
  },
  {
    source: BUNA_BANKS,
    sentence:
      'Over the past three weeks, the number of applications from existing payment agents conducting transactions through third countries has increased several times.',
    expect: [x('three weeks', 3, 'week')],
  },
  {
    source: KI_BANKS,
    sentence: 'Transactions worth tens of billions of yuan are currently stuck in limbo, a source told Reuters.',
    expect: [rg('tens of billions of yuan', 20 * B, 100 * B, 'CNY')],
  },
  {
    source: KI_BANKS,
    sentence: "Trade between Russia and China has surged by 121% since 2021, underscoring China's role as Moscow's economic lifeline.",
    expect: [x('121%', 121, P)],
  },
  {
    source: KI_BANKS,
    sentence:
      'By mid-2024, Chinese banks were rejecting and returning about 80% of Russian payments made in Chinese yuan, the Russian state-controlled media outlet Kommersant reported on July 29, citing sources.',
    expect: [ab('about 80%', 80, P, 75, 85)],
  },
  {
    source: KI_BANKS,
    sentence:
      'Chinese banks are shutting down transactions with Russia "en masse," with delays in payments intensifying during August, Reuters reported on Aug. 30, citing sources familiar with the matter.',
    expect: [],
  },
  {
    source: ALTN_BANKS,
    sentence:
      'According to experts, more than 98% of Chinese banks have already suspended direct transactions from Russia, including small banks that had previously been actively cooperating with Russian business.',
    expect: [gt('more than 98%', 98, P)],
  },
  {
    source: PRAVDA_UA_BANKS,
    sentence:
      'After local banks in China have refused to accept payments from Russia, the number of banks that do not accept Russian money has exceeded 98%.',
    expect: [gt('exceeded 98%', 98, P)],
  },
  {
    source: PRAVDA_UA_BANKS,
    sentence:
      "It is also possible to transfer funds through branches of Russian banks in China, but they sell yuan to customers at the Central Bank's exchange rate with a 5% surcharge.",
    expect: [x('5%', 5, P)],
  },
  {
    source: PRAVDA_UA_BANKS,
    sentence:
      'Details: Back in May-June, local credit institutions worked with Russian businesses, and payments were more or less stable, but since 20 July, payments have been practically suspended.',
    expect: [],
  },
  {
    source: PLEDGE_BANKS,
    sentence:
      'Three of the four largest banks in China have stopped accepting payments from Russian sanctioned credit institutions since the beginning of 2024.',
    expect: [x('Three', 3)],
  },
  {
    source: PLEDGE_BANKS,
    sentence:
      'Restrictions were introduced by Industrial and Commercial Bank of China (ICBC), China Construction Bank (CCB) and Bank of China, which rank first, second and fourth in terms of assets in China.',
    expect: [],
  },
  {
    source: NOVAYA_BANKS,
    sentence:
      'Four affected Russian businesspeople confirmed to Vedomosti that their yuan payments had been returned to them months after goods exported from China had cleared Russian customs and been received.',
    expect: [x('Four', 4)],
  },
  {
    source: NOVAYA_BANKS,
    sentence:
      'One Vedomosti source reported getting a refund three months after receiving goods ordered from China, while a Chinese supplier told another source that their payment could not be received in China and returned the payment in full without further explanation.',
    expect: [x('One', 1), x('three months', 3, 'month')],
  },
  {
    source: NOVAYA_BANKS,
    sentence:
      'In July, Russian state-affiliated news outlet Kommersant reported that 80% of yuan payments issued from Russia had bounced back following rising fears of a crackdown on secondary sanctions and an ever-increasing demand for additional documentation.',
    expect: [x('80%', 80, P)],
  },
  {
    source: NEXTA_BANKS,
    sentence:
      'Ping An Bank and Bank of Ningbo, ranked 13th and 15th in capitalization, as well as Great Wall West China, Dongguan Rural Commercial, China Guangfa, Kunshan Rural Commercial, Shenzhen Rural Commercial and China Zheshang are among the rejected banks.',
    expect: [],
  },
  {
    source: EPOCH_SPACETY,
    sentence:
      'The Wagner Group, which has recently been designated by the United States as a transnational criminal organization, has provided tens of thousands of mercenaries to the Russian military in the Russia–Ukraine war.',
    expect: [rg('tens of thousands of', 20000, 100000)],
  },
  {
    source: EPOCH_SPACETY,
    sentence:
      'That visit was indefinitely postponed just hours before Blinken’s scheduled departure for Beijing on Feb. 5, due to an intrusion into U.S. airspace by a Chinese spy balloon.',
    expect: [],
  },
  {
    source: EPOCH_SPACETY,
    sentence:
      'U.S.-based China affairs expert Lan Shu told The Epoch Times he believes there could be two reasons for Xi’s visit to Russia at this time.',
    expect: [x('two', 2)],
  },
  {
    source: DW_CSIS,
    sentence:
      'Already at the end of last year, the German Association for Foreign Policy (DGAP) underlined in its analysis that in the worst case, NATO has only five years at its disposal to maintain its deterrent potential against a possible Russian attack on a NATO member country .',
    expect: [x('five years', 5, 'year')],
  },
  { source: DW_CSIS, sentence: 'Conflict within the next 20 years', expect: [x('20 years', 20, 'year')] },
  {
    source: DW_CSIS,
    sentence:
      'In a study published in April, the US think tank Center for Strategic and International Studies (CSIS) concludes that Putin’s “continued radical military reforms” in the war against Ukraine “show that Russia may be preparing for confrontation with NATO within the next two decades, including a large-scale conventional war.”',
    expect: [x('two decades', 20, 'year')],
  },
  {
    source: CNN_EXPANSION,
    sentence:
      'Just this week, Gen. Chris Cavoli, commander of U.S. European Command, told lawmakers that Russia has successfully rebuilt its military since invading Ukraine more than two years ago, and that its capacity had largely returned to what it was before the invasion.',
    expect: [gt('more than two years', 2, 'year')],
  },
  {
    source: CNN_EXPANSION,
    sentence:
      "Evidence of the deepening Sino-Russian partnership: In 2023, 90% of Russia's microelectronics imports came from China, which Russia used to produce missiles,",
    expect: [x('90%', 90, P)],
  },
  {
    source: CNN_EXPANSION,
    sentence: 'Chinese and Russian companies have also worked jointly to produce drones in Russia, one of the officials said.',
    expect: [],
  },
  {
    source: KI_REUTERS_TOOLS,
    sentence:
      'China is aiding Russia’s war machine in Ukraine by providing machine tools, weapons technology, and satellite imagery, Reuters reported on April 12, citing U.S. officials who spoke on the condition of anonymity.',
    expect: [],
  },
  // ---- designations: law firms and trade press ----
  {
    source: THOMPSON_DUMA,
    sentence:
      'On March 24, 2022, President Joseph Biden announced further sanctions toward Russia involving more than 400 individuals and entities, including the Russian Duma and its members, several additional Russian oligarchs, and numerous Russian defense companies.',
    expect: [gt('more than 400', 400)],
  },
  {
    source: THOMPSON_DUMA,
    sentence:
      'The sanctions were carried out pursuant to Executive Order 14024 which authorizes sanctions against Russia for its harmful foreign activities.',
    expect: [],
  },
  {
    source: THOMPSON_DUMA,
    sentence: '- All 328 members of the Russian Duma (i.e., Russia’s legislative assembly), and sanctioning the Duma as an entity.',
    expect: [x('328', 328)],
  },
  {
    source: THOMPSON_DUMA,
    sentence: '- Seventeen board members of Russian financial institution PJSC Sovcombank (a Russian bank previously sanctioned).',
    expect: [x('Seventeen', 17)],
  },
  {
    source: THOMPSON_DUMA,
    sentence:
      '- Forty-eight Russian defense state-owned enterprises that are part of Russia’s defense-industrial base and produce weapons that have been used in Russia’s invasion of Ukraine.',
    expect: [x('Forty-eight', 48)],
  },
  {
    source: THOMPSON_DUMA,
    sentence:
      'In addition, any entities that are owned, directly or indirectly, 50% or more by one or more blocked persons are also blocked.',
    expect: [ge('50% or more', 50, P), ge('one or more', 1)],
  },
  {
    source: WTTL_REDESIGNATION,
    sentence:
      'In a move some read as an effort to "Trump Proof" the Treasury\'s Russian sanctions regime, OFAC is re-designating pursuant to Executive Order (E.O.) 13662 almost 100 entities already designated pursuant to E.O. 14024.',
    expect: [nm('almost 100', 100, null, 50)],
  },
  {
    source: WTTL_REDESIGNATION,
    sentence: 'CAATSA, enacted in 2017, codified and expanded existing sanctions imposed by executive orders, including E.O. 13662.',
    expect: [],
  },
  {
    source: WILLKIE_FEB24,
    sentence:
      'On February 23, 2024, the U.S. Department of the Treasury’s Office of Foreign Assets Control announced the imposition of more than 300 Russia-related sanctions to mark the two-year anniversary of Russia’s war in Ukraine and the death of opposition politician Aleksey Navalny on February 16, 2024.',
    expect: [gt('more than 300', 300), x('two-year', 2, 'year')],
  },
  {
    source: WILLKIE_FEB24,
    sentence:
      'When combined with contemporaneous sanctions imposed by the Department of State, including the designation of three Russian officials involved in Navalny’s death, the United States sanctioned more than 500 targets, the largest number of sanctions designations imposed since Russia’s invasion of Ukraine.',
    expect: [x('three', 3), gt('more than 500', 500)],
  },
  {
    source: WILLKIE_FEB24,
    sentence: 'In addition to the designations, the Department of Commerce added more than 90 companies to its Entity List.',
    expect: [gt('more than 90', 90)],
  },
  {
    source: WILLKIE_FEB24,
    sentence:
      'In total, OFAC designated 26 such persons across 11 countries, including the People’s Republic of China, Serbia, the United Arab Emirates, and Liechtenstein.',
    expect: [x('26', 26), x('11', 11)],
  },
  {
    source: WILLKIE_OCT22,
    sentence:
      'Among the designees are 14 persons in Russia’s military-industrial complex, including a Belarusian supplier of Russia’s defense-industrial base;  3 key leaders of Russia’s financial infrastructure; the immediate family members of certain senior Russian officials; and 278 additional members of Russia’s legislature who supported the sham referenda and attempted annexation of sovereign Ukrainian territory.',
    expect: [x('14', 14), x('3', 3), x('278', 278)],
  },
  {
    source: WILLKIE_OCT22,
    sentence:
      'OFAC also issued Frequently Asked Question 1091 in an effort to warn international actors of the heightened sanctions risks involved in providing Russia with political or economic support following Russia’s use of sham referenda in an effort to fraudulently annex the Kherson, Zaporizhzhya, Donetsk, and Luhansk regions of Ukraine.',
    expect: [],
  },
  {
    source: WILLKIE_OCT24,
    sentence:
      'The U.S. Department of the Treasury’s Office of Foreign Assets Control announced the designation of 275 individuals and entities across 17 jurisdictions, including India, the People’s Republic of China (“PRC”), Switzerland, Thailand and Türkiye, for allegedly supplying the Russian military with advanced technology and equipment needed to sustain the war.',
    expect: [x('275', 275), x('17', 17)],
  },
  {
    source: WILLKIE_OCT24,
    sentence:
      'On the same day, the U.S. Department of Commerce’s Bureau of Industry and Security (“BIS”) added 40 foreign entities to its Entity List for allegedly supporting the Kremlin’s illegal war in Ukraine.',
    expect: [x('40', 40)],
  },
  {
    source: WILLKIE_OCT24,
    sentence:
      'The BIS also tightened restrictions on 49 entities for their efforts to procure high-priority U.S. branded microelectronics and other items on Russia’s behalf.',
    expect: [x('49', 49)],
  },
  {
    source: WILLKIE_OCT24,
    sentence:
      'In addition, the U.S. Department of State sanctioned more than 120 individuals and entities for their alleged participation in third-country sanctions evasion networks that support Russia’s illegal war.',
    expect: [gt('more than 120', 120)],
  },
  {
    source: ABA_OFAC,
    sentence:
      '- OFAC Designates Executives of Russian News Media Outlet: OFAC on Sept. 4 designated 10 individuals and two entities as part of a coordinated U.S. government response to Moscow’s malign influence efforts targeting the 2024 U.S. presidential election.',
    expect: [x('10', 10), x('two', 2)],
  },
  {
    source: ABA_OFAC,
    sentence:
      'OFAC’s action complements law enforcement actions taken by the Department of Justice and the Department of State’s designation of the Rossiya Segodnya media group and five of its subsidiaries, RIA Novosti, RT, TV-Novosti, Ruptly and Sputnik.',
    expect: [x('five', 5)],
  },
  { source: ABA_OFAC, sentence: 'Finally, OFAC amended Russia-related FAQ 1040 to clarify transactions authorized by GL 25E.', expect: [] },

  // ---- older trade figures ----
  {
    source: BIG_INTERFAX,
    sentence:
      'Russia-China trade: Trade volumes between China and Russia fell at annualised rate of 26.4% last month, according to China’s General Administration of Customs.',
    expect: [x('26.4%', 26.4, P)],
  },
  {
    source: BIG_INTERFAX,
    sentence: 'Russian exports to China were down by 28.7% and Chinese exports to Russia by 42.1%.',
    expect: [x('28.7%', 28.7, P), x('42.1%', 42.1, P)],
  },
  {
    source: CER_DRAGON,
    sentence:
      'Economically, the countries are a good fit: China imports raw materials and exports finished goods; Russia mostly exports raw materials (especially oil and gas, which made up over 70 per cent of its exports in 2013) and imports finished goods (Chart 1 and 2).',
    expect: [gt('over 70 per cent', 70, P)],
  },
  {
    source: CER_DRAGON,
    sentence: 'The Chinese economy dwarfs the Russian, however: $10.3 trillion versus $1.8 trillion in 2014.',
    expect: [x('$10.3 trillion', 10.3e12, USD), x('$1.8 trillion', 1.8e12, USD)],
  },
  {
    source: WIRE_NUMBERS,
    sentence: 'China has been Russia’s single biggest trading partner for 12 consecutive years.',
    expect: [x('12 consecutive years', 12, 'year')],
  },
  {
    source: WIRE_NUMBERS,
    sentence: 'Meanwhile, Russia is China’s 11th biggest trading partner, just behind Malaysia and Brazil and ahead of Thailand and India.',
    expect: [],
  },
  {
    source: QUINT_GDP,
    sentence: 'The GDP of Russia and China in 1988 was USD 554.7 billion and USD 312.35 billion respectively.',
    expect: [x('USD 554.7 billion', 554.7 * B, USD), x('USD 312.35 billion', 312.35 * B, USD)],
  },
  {
    source: QUINT_GDP,
    sentence: 'In 2018, it stood at USD 1.67 trillion and USD 13.6 trillion.',
    expect: [x('USD 1.67 trillion', 1.67e12, USD), x('USD 13.6 trillion', 13.6e12, USD)],
  },
  {
    source: QUINT_GDP,
    sentence: 'On 2 December 2019, Russian natural gas started flowing into China, through a USD 55 billion pipeline from Siberia.',
    expect: [x('USD 55 billion', 55 * B, USD)],
  },
  {
    source: QUINT_GDP,
    sentence: 'The pipeline is part of a USD 400 billion contract that concluded in 2014 to supply gas to China for 30 years.',
    expect: [x('USD 400 billion', 400 * B, USD), x('30 years', 30, 'year')],
  },
  {
    source: QUINT_GDP,
    sentence:
      'It is now the second biggest importer (after India) of Russian defence platforms (including the S400 missiles and 4th generation Su-35 fighter aircraft).',
    expect: [],
  },

  // ---- Alabuga ----
  {
    source: ONLINEUA_ALABUGA,
    sentence:
      "Plans are in place to produce approximately 10,000 decoy drones by the end of 2024, highlighting Russia's strides in military technology and strategy.",
    expect: [ab('approximately 10,000', 10000, null, 5000, 15000)],
  },
  {
    source: ONLINEUA_ALABUGA,
    sentence:
      'Over the past six months, the number of Russian drone attacks has increased from about 400 in May to more than 2,400 in November, according to CNN calculations based on data from the Ukrainian Armed Forces.',
    expect: [x('six months', 6, 'month'), ab('about 400', 400, null, 350, 450), gt('more than 2,400', 2400)],
  },
  {
    source: ONLINEUA_ALABUGA,
    sentence: 'At least 1,700 drone strikes were carried out in December.',
    expect: [ge('At least 1,700', 1700)],
  },
  {
    source: ONLINEUA_ALABUGA,
    sentence:
      'The aggressor country is actively increasing the production of Shahed-136 drones and other drones at the Alabuga plant in Tatarstan, using components from China and cheap labor.',
    expect: [],
  },
  {
    source: NOVYNY_ALABUGA,
    sentence:
      'Recently, the German Defense Minister estimated that the Russian defense industry is significantly ahead of the European Union in terms of arms and ammunition production by four times.',
    expect: [x('four times', 4, 'ratio')],
  },
  {
    source: NOVYNY_ALABUGA,
    sentence: 'However, in early 2023, Moscow and Tehran signed a $1.75 billion deal to produce these drones directly in Russia.',
    expect: [x('$1.75 billion', 1.75 * B, USD)],
  },
  {
    source: UKRANEWS_WSJ,
    sentence: 'Factory in Tatarstan in russia to produce 6,000 Shaheds every year - WSJ',
    expect: [x('6,000', 6000)],
  },
  {
    source: UKRANEWS_WSJ,
    sentence: 'At the end of April, it was already ahead of its production schedule and delivered 4,500 drones.',
    expect: [x('4,500', 4500)],
  },
  {
    source: UKRANEWS_WSJ,
    sentence:
      'The publication reports that russian businessmen signed an agreement to build a drone factory at the end of 2022 when they flew to Tehran with a lucrative offer: USD 1.7 billion, partially paid in gold bars.',
    expect: [x('USD 1.7 billion', 1.7 * B, USD)],
  },
  {
    source: UKRANEWS_WSJ,
    sentence: 'According to the contract, the Alabuga plant is to produce 6,000 Shaheds per year, in addition to reconnaissance drones.',
    expect: [x('6,000', 6000)],
  },
  { source: UKRANEWS_WSJ, sentence: 'M3 Albatross reconnaissance drones are also produced in Alabuga.', expect: [] },
  {
    source: UKRANEWS_WSJ,
    sentence:
      'As the Ukrainian News agency earlier reported, the North Korean ballistic missile with which the russian military attacked Kharkiv in January 2024 contained hundreds of components manufactured by the United States and European countries.',
    expect: [rg('hundreds of', 200, 1000)],
  },
  {
    source: UKRANEWS_WSJ,
    sentence:
      'Alternate U.S. Ambassador to the UN Robert A. Wood said that russian troops used at least 9 North Korean ballistic missiles to strike Ukrainian cities.',
    expect: [ge('at least 9', 9)],
  },
  {
    source: KI_ALABUGA,
    sentence:
      'This facility, located over 1,300 kilometers from the Ukraine border, plays a critical role in Moscow’s drone manufacturing strategy.',
    expect: [gt('over 1,300', 1300)],
  },
  {
    source: KI_ALABUGA,
    sentence:
      'In 2023, the factory produced 2,738 Shahed-136-type drones, given the name Geran in Russia, with output more than doubling to 5,760 units in the first nine months of 2024.',
    expect: [x('2,738', 2738), gt('more than doubling', 2, 'ratio'), x('5,760', 5760)],
  },
  {
    source: KI_ALABUGA,
    sentence: 'Russia plans to produce 10,000 Gerberas by the end of 2024, twice the number of Geran drones.',
    expect: [x('10,000', 10000), x('twice', 2, 'ratio')],
  },
  {
    source: KI_ALABUGA,
    sentence: 'Each Gerbera reportedly costs 10 times less to produce than a Geran.',
    expect: [x('10 times', 10, 'ratio')],
  },
  {
    source: KI_ALABUGA,
    sentence:
      'Despite official statements of neutrality, China allegedly supplies drone components and technology through a network of 34 companies.',
    expect: [x('34', 34)],
  },
  {
    source: KI_ALABUGA,
    sentence:
      'Satellite imagery from March to September 2023 reportedly revealed a 55% increase in production space at the Alabuga site, along with enhanced facility security, including anti-drone cages and a fortified perimeter.',
    expect: [x('55%', 55, P)],
  },
  {
    source: KI_ALABUGA,
    sentence:
      "On Dec. 23, Ukraine's military intelligence (HUR) reported a fire at a Shahed warehouse in Alabuga, destroying $16 million worth of drone parts.",
    expect: [x('$16 million', 16 * M, USD)],
  },
  // ==== round 2: read after the first round of fixes, to see how the extractor does on new text ====
  // ---- defence budgets ----
  {
    round: 2,
    source: PTT_BUDGET,
    sentence:
      'Draft plans from the Russian government show that defense spending will account for almost one-third of Moscow’s total budget expenditure in 2024.',
    expect: [nm('almost one-third', 100 / 3, P, 100 / 3 - 5)],
  },
  {
    round: 2,
    source: PTT_BUDGET,
    sentence:
      'Spending under the “national defense” section of Russia’s budget will total 10.78 trillion roubles ($109bn) next year, or 29.4 percent of total planned expenditure of 36.66 trillion roubles, according to the finance ministry’s budget documents.',
    expect: [
      x('10.78 trillion roubles', 10.78e12, 'RUB'),
      x('$109bn', 109 * B, USD),
      x('29.4 percent', 29.4, P),
      x('36.66 trillion roubles', 36.66e12, 'RUB'),
    ],
  },
  {
    round: 2,
    source: UKRANEWS_PUTIN,
    sentence:
      'Terrorist country russia\'s total defense and security spending could exceed 8.7% of GDP in 2024, president vladimir putin said, ordering "to use this money carefully and efficiently".',
    expect: [gt('exceed 8.7%', 8.7, P)],
  },
  {
    round: 2,
    source: UKRANEWS_PUTIN,
    sentence: '"In 2024, our combined defense and security spending will be approximately 8.7% of GDP.',
    expect: [ab('approximately 8.7%', 8.7, P, 8.65, 8.75)],
  },
  {
    round: 2,
    source: UKRANEWS_PUTIN,
    sentence: 'It is certainly not 13%, as it was in the Soviet Union, but it is still a solid amount.',
    expect: [x('13%', 13, P)],
  },
  {
    round: 2,
    source: UKRANEWS_PUTIN,
    sentence:
      'Against the background of Moscow\'s "special operation" in Ukraine, which has been going on for more than two years, the russian authorities planned to spend RUB 10.78 trillion, or 29.4% of the total amount of expenses, on defense financing in 2024.',
    expect: [gt('more than two years', 2, 'year'), x('RUB 10.78 trillion', 10.78e12, 'RUB'), x('29.4%', 29.4, P)],
  },
  {
    round: 2,
    source: UKRANEWS_PUTIN,
    sentence:
      'Compared to 2021, before the start of military aggression in Ukraine, when defense spending amounted to RUB 3.57 trillion, nominal spending on the army and state defense orders should triple in 2024, and double as a percentage of total budget spending.',
    expect: [x('RUB 3.57 trillion', 3.57e12, 'RUB'), x('triple', 3, 'ratio'), x('double', 2, 'ratio')],
  },
  {
    round: 2,
    source: DSI_BUDGET,
    sentence:
      'Amid the ongoing conflict with Ukraine, Russian President Vladimir Putin has approved a record-breaking budget for 2025, with $126 billion (13.5 trillion rubles) allocated to national defence.',
    expect: [x('$126 billion', 126 * B, USD), x('13.5 trillion rubles', 13.5e12, 'RUB')],
  },
  {
    round: 2,
    source: DSI_BUDGET,
    sentence:
      'This represents 32.5% of the total government spending and is $28 billion higher than this year’s defence expenditure, according to a report by CNN.',
    expect: [x('32.5%', 32.5, P), x('$28 billion', 28 * B, USD)],
  },
  {
    round: 2,
    source: AFP_BUDGET,
    sentence:
      'MOSCOW: Russia is set to hike defence spending by almost 70 percent in 2024, a finance ministry document published Thursday showed, as Moscow pours resources into its full-scale offensive in Ukraine.',
    expect: [nm('almost 70 percent', 70, P, 65)],
  },
  {
    round: 2,
    source: AFP_BUDGET,
    sentence:
      'The document said defence spending was set to jump by over 68 percent year-on-year to almost 10.8 trillion rubles ($111.15 billion), totalling around 6 percent of GDP — more than spending allocated for social policy.',
    expect: [
      gt('over 68 percent', 68, P),
      nm('almost 10.8 trillion rubles', 10.8e12, 'RUB', 10.75e12),
      x('$111.15 billion', 111.15 * B, USD),
      ab('around 6 percent', 6, P, 5.5, 6.5),
    ],
  },
  {
    round: 2,
    source: ISW_BUDGET,
    sentence:
      'Russian dictator Vladimir Putin signed a 2024 federal budget and planned budgets for the two following years on Nov. 27, reportedly devoting a record amount to defense.',
    expect: [],
  },
  {
    round: 2,
    source: ISW_BUDGET,
    sentence:
      'The 2024 federal budget accounts for 36.66 trillion rubles ($412.5 billion) in state expenses and a budget deficit of 1.6 trillion rubles ($9.5 billion), the Institute for the Study of War said in its latest update.',
    expect: [
      x('36.66 trillion rubles', 36.66e12, 'RUB'),
      x('$412.5 billion', 412.5 * B, USD),
      x('1.6 trillion rubles', 1.6e12, 'RUB'),
      x('$9.5 billion', 9.5 * B, USD),
    ],
  },
  {
    round: 2,
    source: OMNI_BUDGET,
    sentence:
      'Russian President Vladimir Putin has approved a record-breaking defense budget, allocating a third of the government’s total spending to defense.',
    expect: [x('a third', 100 / 3, P)],
  },

  // ---- chips through Hong Kong ----
  {
    round: 2,
    source: NYT_BONHAM,
    sentence: 'Defying sanctions, Russia has obtained nearly $4 billion in restricted chips since the war began in Ukraine.',
    expect: [nm('nearly $4 billion', 4 * B, USD, 3.5 * B)],
  },
  {
    round: 2,
    source: NYT_BONHAM,
    sentence:
      'From a nondescript seventh-floor office at 135 Bonham Strand near Hong Kong’s financial district, at least four companies are operating with a shadowy mission: facilitating the illicit trade of Western technology to Russia.',
    expect: [ge('at least four', 4)],
  },
  {
    round: 2,
    source: NYT_BONHAM,
    sentence:
      'Shell companies at that address have acquired millions of restricted chips and sensors for military technology companies in Russia, many of which have been placed under sanctions by the U.S. government, according to an examination by The New York Times.',
    expect: [rg('millions of', 2 * M, 10 * M)],
  },
  { round: 2, source: NYT_BONHAM, sentence: 'Their office, with a faded 704 number on the door, appears unoccupied.', expect: [] },
  {
    round: 2,
    source: NYT_BONHAM,
    sentence:
      'Since Russia invaded Ukraine in 2022, nearly $4 billion of restricted chips have poured into Russia from more than 6,000 companies, including those at Hong Kong’s 135 Bonham Strand, according to a Times analysis of Russian customs data, corporate records, domain registrations and sanctions data.',
    expect: [nm('nearly $4 billion', 4 * B, USD, 3.5 * B), gt('more than 6,000', 6000)],
  },
  {
    round: 2,
    source: NYT_BONHAM,
    sentence: 'The analysis examined nearly 800,000 shipments of restricted electronic goods into Russia since mid-2021.',
    expect: [nm('nearly 800,000', 800000, null, 750000)],
  },
  {
    round: 2,
    source: NIKKEI_CHIPS,
    sentence:
      'Using export and import lists, Nikkei Asia and collaborating market researchers come to the conclusion that from February 24, 2022 to the end of 2022, US chips worth at least US$ 740 million were sent to Russia.',
    expect: [ge('at least US$ 740 million', 740 * M, USD)],
  },
  {
    round: 2,
    source: NIKKEI_CHIPS,
    sentence: 'Around 75 percent of the 2,358 transactions evaluated took place with companies from China or Hong Kong.',
    expect: [ab('Around 75 percent', 75, P, 74.5, 75.5), x('2,358', 2358)],
  },
  { round: 2, source: NIKKEI_CHIPS, sentence: 'They were valued at $570 million.', expect: [x('$570 million', 570 * M, USD)] },
  {
    round: 2,
    source: NIKKEI_CHIPS,
    sentence: 'Many of the exporters were small or medium-sized companies, often with just one employee.',
    expect: [x('one', 1)],
  },
  {
    round: 2,
    source: NIKKEI_CHIPS,
    sentence:
      'For comparison: In the same period of 2021, there were apparently only 230 exports of a comparable size to Russia from China or Hong Kong, totaling US$ 51 million.',
    expect: [x('230', 230), x('US$ 51 million', 51 * M, USD)],
  },
  {
    round: 2,
    source: NIKKEI_CHIPS,
    sentence:
      'The largest exporter, with $18.74 million worth of transactions, was Hong Kong-based Agu Information Technology, which sold mostly Intel processors to Russia.',
    expect: [x('$18.74 million', 18.74 * M, USD)],
  },
  {
    round: 2,
    source: PARL_BICKETT,
    sentence:
      "Recently, Nvidia's leadership gave an example that if the speed limit is 75 and they're going at 65, they're not breaking the law, and they're going to do it.",
    expect: [x('75', 75), x('65', 65)],
  },
  {
    round: 2,
    source: SILICON_HK,
    sentence:
      'Restricted semiconductors and other electronics shipped through mainland China and Hong Kong to reach Russia for its war against Ukraine fell by one-fifth this year, according to US Commerce Department figures, but US officials see both jurisdictions as key global nodes for Russia to source restricted high-tech parts for its military, Reuters reported.',
    expect: [x('one-fifth', 20, P)],
  },
  {
    round: 2,
    source: SILICON_HK,
    sentence:
      'Transshipments of restricted microelectronics through Hong Kong fell 28 percent from January to May, while transshipments through China fell 19 percent, an unnamed US Commerce Department official said.',
    expect: [x('28 percent', 28, P), x('19 percent', 19, P)],
  },
  {
    round: 2,
    source: SILICON_HK,
    sentence:
      'A separate customs dataset from Washington, DC-based global security non-profit C4ADS found more than 200 Hong Kong-registered firms shipped nearly $2bn of goods to Russian buyers from August to December 2023, including $750m of restricted items.',
    expect: [gt('more than 200', 200), nm('nearly $2bn', 2 * B, USD, 1.5 * B), x('$750m', 750 * M, USD)],
  },
  {
    round: 2,
    source: AF_HK,
    sentence:
      'US Commerce Department data showed deliveries through China and the territory fell by a fifth this year, while transshipments just through Hong Kong of Common High Priority Items (CHPL) – advanced components including microelectronics deemed by the US and EU as likely to be used for Russia’s war in Ukraine – fell 28% between January and May.',
    expect: [x('a fifth', 20, P), x('28%', 28, P)],
  },
  {
    round: 2,
    source: AF_HK,
    sentence:
      'A general view of Two International Finance Centre (IFC), HSBC headquarters and Bank of China in Hong Kong, China, July 13, 2021.',
    expect: [],
  },

  // ---- Turkey ----
  {
    round: 2,
    source: MEE_TURKEY,
    sentence:
      'Middle East Eye examined 45 categories of sanctioned goods released by the Common High Priority List, which was created by Ukraine’s western allies and Japan.',
    expect: [x('45', 45)],
  },
  {
    round: 2,
    source: MEE_TURKEY,
    sentence: 'Such Turkish exports dropped by 2.5 percent to $10.7m in October 2023 from $11.1m in October 2022.',
    expect: [x('2.5 percent', 2.5, P), x('$10.7m', 10.7 * M, USD), x('$11.1m', 11.1 * M, USD)],
  },
  {
    round: 2,
    source: MEE_TURKEY,
    sentence:
      'A more drastic drop was registered in November, where dual-use exports decreased by 32 percent, from $12.3m in November 2022 to just $8.4m in 2023, the lowest monthly total since August 2022.',
    expect: [x('32 percent', 32, P), x('$12.3m', 12.3 * M, USD), x('$8.4m', 8.4 * M, USD)],
  },
  {
    round: 2,
    source: EH_TURKEY,
    sentence: 'During the first nine months of 2023, Turkey’s exports of such goods amounted to a substantial $158 million.',
    expect: [x('$158 million', 158 * M, USD)],
  },
  {
    round: 2,
    source: EH_TURKEY,
    sentence: 'These exports include 45 types of equipment subject to export control in their countries of manufacture.',
    expect: [x('45', 45)],
  },
  {
    round: 2,
    source: EH_TURKEY,
    sentence:
      'Turkish records show an increase of $66 million in exports to Kazakhstan, but Kazakhstan’s own statistics report only a $6 million rise.',
    expect: [x('$66 million', 66 * M, USD), x('$6 million', 6 * M, USD)],
  },
  {
    round: 2,
    source: OREANDA_TURKEY,
    sentence:
      'OREANDA-NEWS  Turkey imports 45 types of dual-use goods from other countries and then exports to Russia at an increasing pace.',
    expect: [x('45', 45)],
  },
  {
    round: 2,
    source: OREANDA_TURKEY,
    sentence:
      'According to the FT, in the first nine months of 2023, Turkey exported 45 types of dual-use goods to Russia and five CIS countries, which, according to the US authorities, have a "high priority" for Russia.',
    expect: [x('45', 45), x('five', 5)],
  },
  {
    round: 2,
    source: OREANDA_TURKEY,
    sentence: 'The total amount of such exports has tripled compared to the same period in 2022, amounting to $158 million.',
    expect: [x('tripled', 3, 'ratio'), x('$158 million', 158 * M, USD)],
  },
  {
    round: 2,
    source: OREANDA_TURKEY,
    sentence:
      'For comparison, in the period from 2015 to 2021, such exports, according to the FT, which refers to the calculations of Trade Data Monitor, averaged $28 million per year.',
    expect: [x('$28 million', 28 * M, USD)],
  },
  {
    round: 2,
    source: KI_TURKEY,
    sentence:
      'Turkey recorded $158 million in exports of 45 goods like microchips, marked by the U.S. as "high priority," to Russia and five "former Soviet countries" suspected of serving as intermediaries for Moscow over the first nine months of 2023, the outlet noted.',
    expect: [x('$158 million', 158 * M, USD), x('45', 45), x('five', 5)],
  },
  {
    round: 2,
    source: KI_TURKEY,
    sentence: 'This was three times the number recorded over the same period last year.',
    expect: [x('three times', 3, 'ratio')],
  },
  {
    round: 2,
    source: KI_TURKEY,
    sentence: "The average figure for 2015-21 was $28 million, according to the Times' analysis.",
    expect: [x('$28 million', 28 * M, USD)],
  },
  {
    round: 2,
    source: KI_TURKEY,
    sentence: 'According to Bloomberg, 80% of Russia\'s purchases of "high-priority items" are coming from China and Hong Kong.',
    expect: [x('80%', 80, P)],
  },
  {
    round: 2,
    source: GAZE_TURKEY,
    sentence: 'In the first three quarters of 2023, Turkey exported goods to Russia totaling $158 million.',
    expect: [x('$158 million', 158 * M, USD)],
  },
  {
    round: 2,
    source: GAZE_TURKEY,
    sentence:
      "At the same time, Turkey's import of priority goods from the G7 countries increased by more than 60% compared to the same period from 2015 to 2021.",
    expect: [gt('more than 60%', 60, P)],
  },
  {
    round: 2,
    source: WSM_TURKEY,
    sentence:
      'As it states Euronewsduring the first nine months of 2023, the size of exports of 45 such materialsincluding microchips, designated as “high priority” by the US and EU for the embargo against Russia, reached 144 million euros.',
    expect: [x('45', 45), x('144 million euros', 144 * M, 'EUR')],
  },
  {
    round: 2,
    source: WSM_TURKEY,
    sentence:
      'This size is three times higher than the corresponding period of the previous year and almost five times the average of €26 million recorded from 2015 to 2021.',
    expect: [x('three times', 3, 'ratio'), nm('almost five times', 5, 'ratio', 4.5), x('€26 million', 26 * M, 'EUR')],
  },
  {
    round: 2,
    source: WSM_TURKEY,
    sentence:
      'Turkey’s imports of dual-use items from G7 countries have increased by more than 60% so far in 2023, reaching almost $500 million (€457 million).',
    expect: [gt('more than 60%', 60, P), nm('almost $500 million', 500 * M, USD, 450 * M), x('€457 million', 457 * M, 'EUR')],
  },
  {
    round: 2,
    source: PLEDGE_TURKEY,
    sentence: 'After this, the total cost of supplies of dual-use goods from Turkey to Russia fell to $8.4 million.',
    expect: [x('$8.4 million', 8.4 * M, USD)],
  },
  {
    round: 2,
    source: PLEDGE_TURKEY,
    sentence:
      'At the end of October 2023, representatives of the US Bureau of Industry and Security (BIS) published a list of 45 categories of goods for export control (Common High Priority Items List).',
    expect: [x('45', 45)],
  },

  // ---- optics, body armour, bearings ----
  {
    round: 2,
    source: MOVIENEWS_T90,
    sentence:
      'A Weibo post by user Xu Zhou Zhi Ting on Jan. 4 raised concerns about the military implications of the tech industry between China and Russia.',
    expect: [],
  },
  {
    round: 2,
    source: MOVIENEWS_T90,
    sentence: 'Unconfirmed reports suggest that Wuhan Gaoxin Technology’s sensor technology is being used in Russia’s T-90M tank.',
    expect: [],
  },
  {
    round: 2,
    source: MOVIENEWS_T90,
    sentence:
      'Wuhan Gaoxin Technology, its parent company, which has been facing U. S. sanctions since 2008, participated in the ISC West exhibition at the Venetian Expo in Las Vegas in 2023.',
    expect: [],
  },
  {
    round: 2,
    source: POLITICO_ARMY,
    sentence:
      'The identity of the smiling buyer is unclear, but there is a strong possibility that he is Russian: According to customs records obtained by POLITICO, Russian buyers have placed orders for hundreds of thousands of body armor and helmets made by Shanghai H Win — items listed in the documents match those listed in the company’s online catalog.',
    expect: [rg('hundreds of thousands of', 200000, 1000000)],
  },
  {
    round: 2,
    source: POLITICO_ARMY,
    sentence:
      'Such data shows that China, despite Beijing’s calls for peace, is crossing a red line by supplying Russia with enough non-lethal but militarily useful equipment to have a significant impact on President Vladimir Putin’s 17-month war against Ukraine.',
    expect: [x('17-month', 17, 'month')],
  },
  {
    round: 2,
    source: INTELLI_BEARINGS,
    sentence:
      'Chinese exports of ball bearings to Kyrgyzstan—which if re-exported to Russia can end up in Russian tanks on the Ukraine battlefield—are up around 2,550% from 2021 levels, according to a senior fellow at the Atlantic Council think tank.',
    expect: [ab('around 2,550%', 2550, P, 2545, 2555)],
  },
  {
    round: 2,
    source: INTELLI_BEARINGS,
    sentence:
      'Joseph Webster, who specialises in energy geopolitics, in a September 20 discussion on sanctions-busting trade on The Telegraph’s Ukraine: The Latest podcast, said: “One of the more interesting patterns of trade we see is regarding Kyrgyzstan, a central Asian country with historically close ties with Russia.',
    expect: [],
  },
  {
    round: 2,
    source: INTELLI_BEARINGS,
    sentence:
      '“Something which I find fascinating is Chinese exports of ball bearings to Kyrgyzstan are up about 2,550% from from 2021 levels.',
    expect: [ab('about 2,550%', 2550, P, 2545, 2555)],
  },
  {
    round: 2,
    source: INTELLI_BEARINGS,
    sentence: 'And ball bearings are important because they’re used to separate two bearing rings, reducing friction, supporting loads.',
    expect: [x('two', 2)],
  },
  {
    round: 2,
    source: OSW_BEARINGS,
    sentence: 'The general value of EUs dual-use export has grown by 23% since 2021, whilst its volume decreased by 7%.',
    expect: [x('23%', 23, P), x('7%', 7, P)],
  },
  {
    round: 2,
    source: OSW_BEARINGS,
    sentence: 'In 2024, EU exports of CHPI were valued at €132 billion, accounting for approximately 4% of the total EU export value.',
    expect: [x('€132 billion', 132 * B, 'EUR'), ab('approximately 4%', 4, P, 3.5, 4.5)],
  },
  {
    round: 2,
    source: U24_BEARINGS,
    sentence:
      'Despite some domestic production, Russia imported bearings worth over $400 million annually even before its full-scale invasion of Ukraine.',
    expect: [gt('over $400 million', 400 * M, USD)],
  },
  { round: 2, source: U24_BEARINGS, sentence: '8482.10 (ball bearings)', expect: [] },
  {
    round: 2,
    source: JAMNEWS_CA,
    sentence: 'From 2018 to 2019, the import from China to Central Asia increased by 17 percent.',
    expect: [x('17 percent', 17, P)],
  },
  {
    round: 2,
    source: JAMNEWS_CA,
    sentence:
      'Then, in 2022, imports from China increased by 44 percent, with Kyrgyzstan’s share in this import growing particularly fast.',
    expect: [x('44 percent', 44, P)],
  },
  {
    round: 2,
    source: DIPLOMAT_CA,
    sentence:
      'China is one of the most important foreign trade partners for Central Asian countries, and over the past five years, imports from China to Central Asia have almost doubled.',
    expect: [x('five years', 5, 'year'), nm('almost doubled', 2, 'ratio', 1.5)],
  },
  {
    round: 2,
    source: WSJ_CA,
    sentence:
      'Two years after the invasion of Ukraine, drones and U.S.-made computer chips are increasingly flowing to Russia from China through Central Asian trade routes, showing the difficulty of strangling supplies to Moscow’s war effort.',
    expect: [x('Two years', 2, 'year')],
  },
  {
    round: 2,
    source: WSJ_CA,
    sentence:
      'Despite their efforts, Central Asia is a growing pipeline for Russia, made possible by thousands of miles of open borders, opaque trade practices and opportunistic middlemen.',
    expect: [rg('thousands of', 2000, 10000)],
  },
  {
    round: 2,
    source: WSJ_CA,
    sentence: 'There were 45 items on the list last year, with another five added in February.',
    expect: [x('45', 45), x('five', 5)],
  },
  {
    round: 2,
    source: WSJ_CA,
    sentence: 'Exports of the 45 targeted goods rose to $1.3 billion in 2023, up 64% over 2022 levels.',
    expect: [x('45', 45), x('$1.3 billion', 1.3 * B, USD), x('64%', 64, P)],
  },
  {
    round: 2,
    source: INSIGHT_KZ,
    sentence:
      'In 2022, according to data, Kazakhstan increased imports from the US ($1.9 billion vs. $1.3 billion) and from China ($11 billion vs. $.82 billion).',
    expect: [
      x('$1.9 billion', 1.9 * B, USD),
      x('$1.3 billion', 1.3 * B, USD),
      x('$11 billion', 11 * B, USD),
      x('$.82 billion', 0.82 * B, USD),
    ],
  },
  {
    round: 2,
    source: INSIGHT_KZ,
    sentence: 'In parralel, Kazakhstan increased exports to Russia from $7 billion to nearly $8.8 billion in 2022.',
    expect: [x('$7 billion', 7 * B, USD), nm('nearly $8.8 billion', 8.8 * B, USD, 8.75 * B)],
  },

  // ---- trade indicators and the 2024–2025 customs figures ----
  {
    round: 2,
    source: KIEL_NOV22,
    sentence:
      'According to the latest data update by the Kiel Trade Indicator, world trade volumes slightly decline month-on-month by 0.8 percent (price and seasonally adjusted).',
    expect: [x('0.8 percent', 0.8, P)],
  },
  {
    round: 2,
    source: KIEL_NOV22,
    sentence:
      'For Germany, indicator values point to a marginal decrease for imports (-0.9 percent) and no significant change for exports (-0.2 percent).',
    expect: [x('-0.9 percent', -0.9, P), x('-0.2 percent', -0.2, P)],
  },
  {
    round: 2,
    source: KIEL_NOV22,
    sentence:
      'There is also little change in trade of the EU, as imports (0.0 percent) and exports (1.0 percent) lie on previous month’s levels or slightly above.',
    expect: [x('0.0 percent', 0, P), x('1.0 percent', 1, P)],
  },
  {
    round: 2,
    source: KIEL_NOV22,
    sentence:
      'Values indicate no significant change to import levels of China (0.9 percent) and a strong increase of exports (10.1 percent).',
    expect: [x('0.9 percent', 0.9, P), x('10.1 percent', 10.1, P)],
  },
  {
    round: 2,
    source: KIEL_NOV22,
    sentence:
      'Both for exports (-2.6 percent) and for imports (-0.4 percent) the indication for monthly changes to trade volumes are negative.',
    expect: [x('-2.6 percent', -2.6, P), x('-0.4 percent', -0.4, P)],
  },
  {
    round: 2,
    source: OUTLOOK_KIEL,
    sentence: 'The country is missing imports worth around 4.5 billion US Dollars per month.',
    expect: [ab('around 4.5 billion US Dollars', 4.5 * B, USD, 4.45 * B, 4.55 * B)],
  },
  {
    round: 2,
    source: OUTLOOK_KIEL,
    sentence: 'Freight rates for the transport of goods from China to Europe are at their lowest level since around 2 years.',
    expect: [ab('around 2 years', 2, 'year', 1.5, 2.5)],
  },
  {
    round: 2,
    source: PORTTECH_KIEL,
    sentence: 'World trade in March is expected to decline by nearly 3 per cent as a result of the war in Ukraine.',
    expect: [nm('nearly 3 per cent', 3, P, 2.5)],
  },
  {
    round: 2,
    source: PORTTECH_KIEL,
    sentence:
      'The Kiel Trade Indicator shows a staggering decline in trade for Russia, with exports shrinking by 5 per cent and imports by nearly 10 per cent.',
    expect: [x('5 per cent', 5, P), nm('nearly 10 per cent', 10, P, 5)],
  },
  {
    round: 2,
    source: PORTTECH_KIEL,
    sentence:
      'At Russia’s three largest ports — St. Petersburg, Vladivostok, and Novorossiysk — container freight traffic has slumped by half.',
    expect: [x('half', 50, P)],
  },
  {
    round: 2,
    source: PORTTECH_KIEL,
    sentence: 'Since the outbreak of war on 24 February, large container ships’ calls at the Port of Odessa have completely stopped.',
    expect: [],
  },
  {
    round: 2,
    source: PORTTECH_KIEL,
    sentence: 'Data for China show signals of stagnation, with imports up by 0.9 per cent and exports down by 0.9 per cent.',
    expect: [x('0.9 per cent', 0.9, P), nth(x('0.9 per cent', 0.9, P), 1)],
  },
  {
    round: 2,
    source: EIU_KIEL,
    sentence:
      'Preliminary trade data from the Kiel Institute for the World Economy (which analyses ship movement data in real time) indicated weakened trade activity for almost all European countries in March, with EU countries posting an estimated 5.6% fall in exports and a 3.4% drop in imports compared with the previous month.',
    expect: [ab('an estimated 5.6%', 5.6, P, 5.55, 5.65), x('3.4%', 3.4, P)],
  },
  {
    round: 2,
    source: EIU_KIEL,
    sentence: 'Russian exports fell by 5%, with imports weakening by 9.7%.',
    expect: [x('5%', 5, P), x('9.7%', 9.7, P)],
  },
  {
    round: 2,
    source: EIU_KIEL,
    sentence: 'EIU expects Russian export volumes to fall by 13.3% and import volumes to fall by 28.2% in 2022.',
    expect: [x('13.3%', 13.3, P), x('28.2%', 28.2, P)],
  },
  {
    round: 2,
    source: EIU_KIEL,
    sentence:
      'Although the port of Shanghai is still operational, global container ship congestion is already on the rise, with about 12% of total goods currently stuck in transit.',
    expect: [ab('about 12%', 12, P, 11.5, 12.5)],
  },
  {
    round: 2,
    source: MT_H1_2025,
    sentence:
      'Trade between Russia and China fell 9.1% year-on-year in the first half of 2025, totaling $106.48 billion, according to data released Monday by China’s General Administration of Customs.',
    expect: [x('9.1%', 9.1, P), x('$106.48 billion', 106.48 * B, USD)],
  },
  {
    round: 2,
    source: MT_H1_2025,
    sentence: 'Chinese exports to Russia dropped 8.4% from January to June, amounting to $47.16 billion.',
    expect: [x('8.4%', 8.4, P), x('$47.16 billion', 47.16 * B, USD)],
  },
  {
    round: 2,
    source: MT_H1_2025,
    sentence:
      'Imports from Russia declined 9.6% to $59.32 billion, leaving Russia with a trade surplus of $12.16 billion, down 10.2% compared to the same period last year.',
    expect: [x('9.6%', 9.6, P), x('$59.32 billion', 59.32 * B, USD), x('$12.16 billion', 12.16 * B, USD), x('10.2%', 10.2, P)],
  },
  {
    round: 2,
    source: MT_H1_2025,
    sentence:
      'In June, bilateral trade held steady at around $17.6 billion, with a 2.2% increase in Chinese exports to $8.28 billion and a 2.9% drop in Russian imports to $9.32 billion.',
    expect: [
      ab('around $17.6 billion', 17.6 * B, USD, 17.55 * B, 17.65 * B),
      x('2.2%', 2.2, P),
      x('$8.28 billion', 8.28 * B, USD),
      x('2.9%', 2.9, P),
      x('$9.32 billion', 9.32 * B, USD),
    ],
  },
  {
    round: 2,
    source: MT_H1_2025,
    sentence:
      'The decline in trade comes after overall growth in Russia-China commerce slowed sharply last year, rising just 1.9% in 2024 compared to a 26% surge in 2023.',
    expect: [x('1.9%', 1.9, P), x('26%', 26, P)],
  },
  {
    round: 2,
    source: MT_H1_2025,
    sentence: 'Exports rose 5.8% year-on-year, beating the 5% increase forecast in a Bloomberg survey of economists.',
    expect: [x('5.8%', 5.8, P), x('5%', 5, P)],
  },
  {
    round: 2,
    source: MT_H1_2025,
    sentence: 'Imports climbed 1.1%, surpassing expectations of a 0.3% gain.',
    expect: [x('1.1%', 1.1, P), x('0.3%', 0.3, P)],
  },
  {
    round: 2,
    source: GEOPOST_2025,
    sentence:
      'The flow of trade between Russia and China contracted for the first time in five years in 2025 amid falling demand for Chinese car imports in Russia and a drop in the value of Russian crude oil exported to China, Reuters reported Wednesday, citing official data.',
    expect: [x('five years', 5, 'year')],
  },
  {
    round: 2,
    source: GEOPOST_2025,
    sentence:
      'The value of imports and exports between the two countries last year totaled $228.1 billion, marking a 6.9% decrease from the record-high $244.8 billion in 2024, according to China’s General Administration of Customs.',
    expect: [x('$228.1 billion', 228.1 * B, USD), x('6.9%', 6.9, P), x('$244.8 billion', 244.8 * B, USD)],
  },
  {
    round: 2,
    source: GEOPOST_2025,
    sentence:
      'Chinese exports to Russia dropped by 9.9% year-on-year, Reuters reported, attributing most of the decline to a 46% fall in vehicle exports between January and November 2025.',
    expect: [x('9.9%', 9.9, P), x('46%', 46, P)],
  },
  {
    round: 2,
    source: GEOPOST_2025,
    sentence:
      'Despite the annual slump, trade began to rebound in December 2025, with Chinese exports to Russia growing by 2.2% and imports surging by 17.1%.',
    expect: [x('2.2%', 2.2, P), x('17.1%', 17.1, P)],
  },
  {
    round: 2,
    source: GEOPOST_2025,
    sentence:
      'Globally, China’s General Administration of Customs reported record-high trade of $6.48 trillion in 2025, marking a 3.8% year-on-year increase.',
    expect: [x('$6.48 trillion', 6.48e12, USD), x('3.8%', 3.8, P)],
  },
  {
    round: 2,
    source: GEOPOST_2025,
    sentence: 'Exports grew by 6.1%, largely driven by non-U.S. markets, while imports remained nearly flat at 0.5% growth.',
    expect: [x('6.1%', 6.1, P), x('0.5%', 0.5, P)],
  },
  {
    round: 2,
    source: CHINASCOPE_Q1,
    sentence:
      'Oriental Daily News, Hong Kong’s number one newspaper in circulation since 1976, recently reported on data released by China’s General Administration of Customs.',
    expect: [],
  },
  {
    round: 2,
    source: CHINASCOPE_Q1,
    sentence:
      'The data show that trade volume between China and Russia in the first quarter of this year fell by 6.6 percent year-over-year to US$53.2 billion.',
    expect: [x('6.6 percent', 6.6, P), x('US$53.2 billion', 53.2 * B, USD)],
  },
  {
    round: 2,
    source: CHINASCOPE_Q1,
    sentence: 'China’s exports to Russia were US$22.725 billion in the first quarter down 6.3 percent, year-over-year.',
    expect: [x('US$22.725 billion', 22.725 * B, USD), x('6.3 percent', 6.3, P)],
  },
  {
    round: 2,
    source: CHINASCOPE_Q1,
    sentence: 'And China imported US$30.488 billion from Russia, down 6.7 percent, year-over-year.',
    expect: [x('US$30.488 billion', 30.488 * B, USD), x('6.7 percent', 6.7, P)],
  },
  {
    round: 2,
    source: CHINASCOPE_Q1,
    sentence:
      'The “double-decrease” situation on both import and export sides breaks the myth of rapid growth of China-Russia trade in the past three years with an average annual growth of more than 30 percent.',
    expect: [x('three years', 3, 'year'), gt('more than 30 percent', 30, P)],
  },
  {
    round: 2,
    source: MT_2024_RECORD,
    sentence:
      'The total value of imports and exports between the two nations amounted to $244.8 billion, a modest increase from $240.1 billion in 2023, China’s General Administration of Customs reported.',
    expect: [x('$244.8 billion', 244.8 * B, USD), x('$240.1 billion', 240.1 * B, USD)],
  },
  {
    round: 2,
    source: MT_2024_RECORD,
    sentence:
      'While trade reached an all-time high, the year-on-year growth rate slowed significantly compared to the 26.3% surge seen in 2023.',
    expect: [x('26.3%', 26.3, P)],
  },
  {
    round: 2,
    source: MT_2024_RECORD,
    sentence:
      'Meanwhile, trade between China and the United States grew by 3.7% in 2024, reaching $688.3 billion, according to customs data.',
    expect: [x('3.7%', 3.7, P), x('$688.3 billion', 688.3 * B, USD)],
  },
  {
    round: 2,
    source: LIGA_2025,
    sentence: 'Total trade between China and Russia reached 1.63 trillion yuan ($234 billion) in 2025.',
    expect: [x('1.63 trillion yuan', 1.63e12, 'CNY'), x('$234 billion', 234 * B, USD)],
  },
  {
    round: 2,
    source: LIGA_2025,
    sentence: 'Official data show that bilateral trade in yuan fell by 6.5% year on year.',
    expect: [x('6.5%', 6.5, P)],
  },
  {
    round: 2,
    source: LIGA_2025,
    sentence: 'Chinese exports to Russia declined by 9.9%, while imports from Russia fell by 3.4%.',
    expect: [x('9.9%', 9.9, P), x('3.4%', 3.4, P)],
  },
  {
    round: 2,
    source: LIGA_2025,
    sentence: 'In dollar terms, total trade amounted to $228.1 billion, down 6.9%.',
    expect: [x('$228.1 billion', 228.1 * B, USD), x('6.9%', 6.9, P)],
  },
  {
    round: 2,
    source: LIGA_2025,
    sentence:
      'In December, however, China’s exports to Russia rose by 2.2%, ending an eight-month streak of declines, while imports jumped by 17.1%.',
    expect: [x('2.2%', 2.2, P), x('eight-month', 8, 'month'), x('17.1%', 17.1, P)],
  },
  {
    round: 2,
    source: LIGA_2025,
    sentence:
      'According to Reuters, due to falling oil prices in the first 11 months of 2025, the value of Russian crude oil imports to China dropped by 19.6% year on year to 328.5 billion yuan.',
    expect: [x('19.6%', 19.6, P), x('328.5 billion yuan', 328.5 * B, 'CNY')],
  },
  {
    round: 2,
    source: LIGA_2025,
    sentence: 'Overall, China reported a record trade surplus of nearly $1.2 trillion in 2025.',
    expect: [nm('nearly $1.2 trillion', 1.2e12, USD, 1.15e12)],
  },
  // ==== round 3: read after the second round of fixes ====
  // ---- Garpiya and Kupol ----
  {
    round: 3,
    source: REUTERS_GARPIYA,
    sentence:
      'Russia started producing a new long-range attack drone called the Garpiya-A1 last year using Chinese engines and parts, which it has deployed in the war in Ukraine, according to two sources from a European intelligence agency and documents seen by Reuters.',
    expect: [x('two', 2)],
  },
  {
    round: 3,
    source: REUTERS_GARPIYA,
    sentence:
      'The intelligence – which included a production contract for the new drone, company correspondence on the manufacturing process and financial documents – indicated that IEMZ Kupol, a subsidiary of Russian state-owned weapons maker Almaz-Antey, produced more than 2,500 Garpiyas from July 2023 to July 2024.',
    expect: [gt('more than 2,500', 2500)],
  },
  {
    round: 3,
    source: REUTERS_GARPIYA,
    sentence:
      'The two intelligence sources said that the Garpiya, which means Harpy in Russian, has been deployed against military and civilian targets in Ukraine, causing damage to critical infrastructure as well as both civilian and military casualties.',
    expect: [],
  },
  {
    round: 3,
    source: PRAVDA_UA_KUPOL,
    sentence:
      'Details: The security officials have said Chinese specialists have visited Kupol more than six times since the second quarter of last year.',
    expect: [gt('more than six times', 6)],
  },
  {
    round: 3,
    source: PRAVDA_UA_KUPOL,
    sentence:
      'The documents, including invoices and bank statements, indicate that Kupol received more than a dozen one-way attack drones last year from Sichuan AEE, a Chinese UAV manufacturer.',
    expect: [gt('more than a dozen', 12)],
  },
  {
    round: 3,
    source: PRAVDA_UA_KUPOL,
    sentence:
      'Reuters reported in July that Kupol was manufacturing thousands of Garpiya attack drones using Chinese components, including engines.',
    expect: [rg('thousands of', 2000, 10000)],
  },
  {
    round: 3,
    source: MENAFN_FRIDGES,
    sentence:
      'Reuters notes that Kupol has signed a contract with the Russian Ministry of Defense to produce more than 6,000 Garpiya attack drones this year, three times more than last year.',
    expect: [gt('more than 6,000', 6000), x('three times', 3, 'ratio')],
  },
  {
    round: 3,
    source: MENAFN_FRIDGES,
    sentence: '“ The document stated that more than 1,500 drones had already been delivered by April,” the agency said.',
    expect: [gt('more than 1,500', 1500)],
  },
  {
    round: 3,
    source: MENAFN_FRIDGES,
    sentence:
      'However, according to Ukrainian intelligence, Russia uses about 500 such drones every month, most of which are made in China.',
    expect: [ab('about 500', 500, null, 450, 550)],
  },
  {
    round: 3,
    source: MENAFN_FRIDGES,
    sentence:
      'As reported by Ukrinform, China, including Hong Kong, is responsible for 80% of the circumvention of anti-Russian sanctions .',
    expect: [x('80%', 80, P)],
  },
  {
    round: 3,
    source: NEWSINTEL_G3,
    sentence:
      'Kupol has taken delivery of seven military drones made in China, including two G3s, at its headquarters in the Russian city of Izhevsk, according to the two separate documents reviewed by Reuters, which are invoices sent to Kupol in the summer by a Russian firm that the two European intelligence sources said serves as an intermediary with Chinese suppliers.',
    expect: [x('seven', 7), x('two', 2)],
  },
  {
    round: 3,
    source: NEWSINTEL_G3,
    sentence:
      'The sources showed Reuters five documents in all, including two Kupol reports to the ministry in the first half of the year and two invoices, to support their claims of the existence of a Russian project in China to manufacture drones for use in Ukraine.',
    expect: [x('five', 5), x('two', 2), nth(x('two', 2), 1)],
  },
  {
    round: 3,
    source: ANEWS_G3,
    sentence:
      'Russia has established a weapons programme in China to develop and produce long-range attack drones for use in the war against Ukraine, according to two sources from a European intelligence agency and documents reviewed by Reuters.',
    expect: [x('two', 2)],
  },

  // ---- trucks ----
  {
    round: 3,
    source: OAR_TRUCKS,
    sentence:
      'According to the marketing agency NAPI, as of July 1, 2024, the truck population includes 993.6 thousand dumpers and 821.6 thousand tractor units.',
    expect: [x('993.6 thousand', 993600), x('821.6 thousand', 821600)],
  },
  {
    round: 3,
    source: OAR_TRUCKS,
    sentence:
      'These are the most in-demand truck types, with tractor units accounting for 24.4% of the population and tractor units accounting for 20.1%.',
    expect: [x('24.4%', 24.4, P), x('20.1%', 20.1, P)],
  },
  {
    round: 3,
    source: OAR_TRUCKS,
    sentence: 'The dumper population is dominated by Russian vehicles, with Chinese brands accounting for 11.5% so far.',
    expect: [x('11.5%', 11.5, P)],
  },
  {
    round: 3,
    source: OAR_TRUCKS,
    sentence: 'The share of Chinese brands in the tractor unit population is even smaller - 8.7%.',
    expect: [x('8.7%', 8.7, P)],
  },
  {
    round: 3,
    source: OAR_TRUCKS,
    sentence: 'As of July 1, 2024, Chinese brands account for 5.9% of the truck population.',
    expect: [x('5.9%', 5.9, P)],
  },
  {
    round: 3,
    source: TASS_TRUCKS,
    sentence:
      'The share of new heavy trucks from China on the Russian market declined from 70% to 53% over the first 11 months of 2025, while the share of domestically produced brands rose from 20% to 36% over the same period, Interleasing Group told TASS.',
    expect: [x('70%', 70, P), x('53%', 53, P), x('20%', 20, P), x('36%', 36, P)],
  },
  {
    round: 3,
    source: TASS_TRUCKS,
    sentence:
      'For example, the share of new Chinese heavy trucks (over 16 tons) on the Russian market fell from 70% to 53% in January-November, while the share of domestic brands increased from 20% to 36%," the group said.',
    expect: [gt('over 16', 16), x('70%', 70, P), x('53%', 53, P), x('20%', 20, P), x('36%', 36, P)],
  },
  {
    round: 3,
    source: TASS_TRUCKS,
    sentence: 'As the group emphasized, imports of Chinese trucks weighing more than 16 tons into Russia dropped by 90%.',
    expect: [gt('more than 16', 16), x('90%', 90, P)],
  },
  {
    round: 3,
    source: TASS_TRUCKS,
    sentence:
      'Imports of tractor units and dump trucks also declined sharply, by 95% and 96% respectively, while imports of flatbed trucks and special-purpose vehicles fell by 83% and 68%.',
    expect: [x('95%', 95, P), x('96%', 96, P), x('83%', 83, P), x('68%', 68, P)],
  },
  {
    round: 3,
    source: TASS_TRUCKS,
    sentence:
      'According to the group, sales of new light commercial vehicles in Russia totaled 78,300 units in the first 11 months of 2025, down 22% year-on-year.',
    expect: [x('78,300', 78300), x('22%', 22, P)],
  },
  {
    round: 3,
    source: TASS_TRUCKS,
    sentence:
      'Sales of heavy trucks and special-purpose equipment declined even more sharply, by 56% (to 41,800 units) and by 41.3%, respectively.',
    expect: [x('56%', 56, P), x('41,800', 41800), x('41.3%', 41.3, P)],
  },
  {
    round: 3,
    source: AUTOMECH_TRUCKS,
    sentence:
      'The experts of the analytical agency "AUTOSTAT" have already reported about the fall of the market of new trucks in Russia - by the end of 8 months of 2020 the decrease was 10%.',
    expect: [x('10%', 10, P)],
  },
  {
    round: 3,
    source: AUTOMECH_TRUCKS,
    sentence: 'From January to August, the volume of their purchases was 2,146 units – higher by 22% than for 8 months of 2019.',
    expect: [x('2,146', 2146), x('22%', 22, P)],
  },
  {
    round: 3,
    source: AUTOMECH_TRUCKS,
    sentence: 'Experts also noted that the growth is also observed at Japanese brands - by 1% to 2,935 units.',
    expect: [x('1%', 1, P), x('2,935', 2935)],
  },
  {
    round: 3,
    source: AUTOMECH_TRUCKS,
    sentence:
      'During the reporting period, there were purchased less by 5% of domestic trucks (24.6 thousand units), by 24% - Swedish trucks (5.2 thousand units), by 20% - German trucks (4.2 thousand units).',
    expect: [x('5%', 5, P), x('24.6 thousand', 24600), x('24%', 24, P), x('5.2 thousand', 5200), x('20%', 20, P), x('4.2 thousand', 4200)],
  },
  {
    round: 3,
    source: AUTOMECH_TRUCKS,
    sentence:
      'The volume of purchases of trucks from Belarus (2.1 thousand units) fell by 17%, sales of trucks from the Netherlands (1.1 thousand units) in our country fell by more than a quarter (-26%).',
    expect: [x('2.1 thousand', 2100), x('17%', 17, P), x('1.1 thousand', 1100), gt('more than a quarter', 25, P), x('-26%', -26, P)],
  },
  {
    round: 3,
    source: AUTOMECH_TRUCKS,
    sentence:
      'But the volumes of their purchases, as well as cars from other countries, turn out to be even lower - less than 700 units for 8 months.',
    expect: [lt('less than 700', 700), x('8 months', 8, 'month')],
  },

  // ---- the G7 summit ----
  {
    round: 3,
    source: INKL_G7,
    sentence:
      "Both the EU and the US have taken steps to counter what they perceive as China's unfair trade practices, with the EU imposing additional tariffs on Chinese electric vehicles and the US implementing tariffs on strategic imports worth $18 billion, including EVs and clean-energy products.",
    expect: [x('$18 billion', 18 * B, USD)],
  },
  {
    round: 3,
    source: GUARDIAN_G7,
    sentence:
      'On the second day of the annual summit, being held in Puglia under the Italian chair, the US drove home a 36-page communique that condemned Chinese subsidies for products such as solar panels and electric cars which it said were leading to “global spillovers, market distortions and harmful overcapacity … undermining our workers, industries, and economic resilience and security”.',
    expect: [],
  },
  {
    round: 3,
    source: AUSSIED_G7,
    sentence: 'The G7 leaders concurred on Thursday to offer a loan of 50 billion Dollars (roughly 46 billion Euros) to Ukraine this year.',
    expect: [x('50 billion Dollars', 50 * B, USD), ab('roughly 46 billion Euros', 46 * B, 'EUR', 45.5 * B, 46.5 * B)],
  },

  // ---- the yuan in Russia's settlements ----
  {
    round: 3,
    source: TASS_YUAN,
    sentence:
      'Russian exporters boosted the volume of transactions in yuan from $0.5 bln to $6.9 bln per month (13.8-fold) in one year (from March 2022 to March 2023), whereas importers increased the volume of such transactions from $1.4 bln to $7.7 bln (5.5-fold), according to the Bank of Russia’s review of financial market risks released on Thursday.',
    expect: [
      x('$0.5 bln', 0.5 * B, USD),
      x('$6.9 bln', 6.9 * B, USD),
      x('13.8-fold', 13.8, 'ratio'),
      x('one year', 1, 'year'),
      x('$1.4 bln', 1.4 * B, USD),
      x('$7.7 bln', 7.7 * B, USD),
      x('5.5-fold', 5.5, 'ratio'),
    ],
  },
  {
    round: 3,
    source: TASS_YUAN,
    sentence:
      'The share of the Chinese yuan in export-import operations soared amid a reduction of the share of ‘toxic’ currencies in settlements as the yuan’s share in the export structure equaled 18% as of March 2023, whereas its share in the import structure totaled 27%.',
    expect: [x('18%', 18, P), x('27%', 27, P)],
  },
  {
    round: 3,
    source: TASS_YUAN,
    sentence:
      'On the exchange spot market, the yuan’s share rose to 36.1% in April 2023, whereas on the OTC market it increased to 22.3%, standing at 31.5% and 17.6% as of the end of 2022, respectively.',
    expect: [x('36.1%', 36.1, P), x('22.3%', 22.3, P), x('31.5%', 31.5, P), x('17.6%', 17.6, P)],
  },
  {
    round: 3,
    source: OREANDA_YUAN,
    sentence:
      "OREANDA-NEWS The share of the yuan in Russia's trade settlements with third countries with the exception of China increased to 25 percent in the first half of 2023.",
    expect: [x('25 percent', 25, P)],
  },
  {
    round: 3,
    source: OREANDA_YUAN,
    sentence: '"Its share has more than tripled this year and exceeded 40 percent," the ministry noted.',
    expect: [gt('more than tripled', 3, 'ratio'), gt('exceeded 40 percent', 40, P)],
  },
  {
    round: 3,
    source: OREANDA_YUAN,
    sentence:
      'In July 2023, it reached 72 percent in Russian exports (compared with 15 percent at the beginning of 2022), and in imports it increased to 69 percent (33 percent at the beginning of last year).',
    expect: [x('72 percent', 72, P), x('15 percent', 15, P), x('69 percent', 69, P), x('33 percent', 33, P)],
  },
  {
    round: 3,
    source: MENAFN_YUAN,
    sentence:
      "The ministry's calculations indicate that during the first six months of this year, 75 percent of trade between Russia and China was conducted using the yuan.",
    expect: [x('75 percent', 75, P)],
  },
  {
    round: 3,
    source: MENAFN_YUAN,
    sentence:
      'Additionally, the Moscow Exchange recorded a noteworthy surge in the average daily trading volume of the ruble-yuan currency pair in the first half of the year, reaching nearly 200 billion rubles (USD2 billion).',
    expect: [nm('nearly 200 billion rubles', 200 * B, 'RUB', 150 * B), x('USD2 billion', 2 * B, USD)],
  },
  {
    round: 3,
    source: MENAFN_YUAN,
    sentence:
      "This marked an astonishing 100-fold increase since the beginning of last year, signaling the growing importance of the yuan in Russia's international trade and financial activities.",
    expect: [x('100-fold', 100, 'ratio')],
  },
  {
    round: 3,
    source: MENAFN_YUAN,
    sentence:
      'The European Bank for Reconstruction and Development (EBRD) recently released a study that examined 12 million import transaction records originating from Russia.',
    expect: [x('12 million', 12 * M)],
  },
  {
    round: 3,
    source: CGTN_YUAN,
    sentence:
      "RT reported that yuan's share in Russia's import settlements jumped to 23 percent by the end of last year, from 4 percent in January 2022.",
    expect: [x('23 percent', 23, P), x('4 percent', 4, P)],
  },
  {
    round: 3,
    source: CGTN_YUAN,
    sentence: 'Its share in export settlements also grew to 16 percent from only 0.5 percent.',
    expect: [x('16 percent', 16, P), x('0.5 percent', 0.5, P)],
  },
  {
    round: 3,
    source: CGTN_YUAN,
    sentence: "In the beginning of 2022, 87 percent of Russia's export settlements were carried out in U.S. dollars and euros.",
    expect: [x('87 percent', 87, P)],
  },
  {
    round: 3,
    source: CGTN_YUAN,
    sentence: 'However, as of January this year, the currencies make up less than half of the export settlements, at only 48 percent.',
    expect: [lt('less than half', 50, P), x('48 percent', 48, P)],
  },
  {
    round: 3,
    source: CGTN_YUAN,
    sentence: 'The two currencies in import settlements also fell from 65 percent in January 2022 to 46 percent in December, RT reported.',
    expect: [x('65 percent', 65, P), x('46 percent', 46, P)],
  },
  {
    round: 3,
    source: CNM_YUAN,
    sentence: 'The share of currencies of other ‘friendly’ countries at the beginning of 2023 was 4%.',
    expect: [x('4%', 4, P)],
  },
  {
    round: 3,
    source: CNM_YUAN,
    sentence:
      'Overall, the ruble and ‘friendly’ currencies together accounted for 52% of Russia’s export settlements at the end of 2022, surpassing the share of the dollar and the euro for the first time on record.',
    expect: [x('52%', 52, P)],
  },
  {
    round: 3,
    source: DEVD_YUAN,
    sentence:
      "The share of China's yuan in Russia's import settlements in 2022 jumped to 23% from 4%, Russia's central bank said on Thursday, also noting a rise in the yuan's share in exchange trading in February.",
    expect: [x('23%', 23, P), x('4%', 4, P)],
  },
  {
    round: 3,
    source: DEVD_YUAN,
    sentence: "The rouble's share dropped to 27% from 29%, the bank said.",
    expect: [x('27%', 27, P), x('29%', 29, P)],
  },
  {
    round: 3,
    source: DEVD_YUAN,
    sentence:
      'The share of dollar-rouble exchange trading in Russia fell to 36% in February, its lowest in recent years, the central bank said in a report on financial market risks.',
    expect: [x('36%', 36, P)],
  },
  {
    round: 3,
    source: DEVD_YUAN,
    sentence: "The yuan's share, in the yuan-rouble and dollar-yuan pairs, rose to 37% in February, from 33% in January.",
    expect: [x('37%', 37, P), x('33%', 33, P)],
  },
  {
    round: 3,
    source: DEVD_YUAN,
    sentence:
      'Russia is selling 5.4 billion roubles worth of yuan a day between March 7 and April 6, as it compensates for lower oil and gas revenues.',
    expect: [x('5.4 billion roubles', 5.4 * B, 'RUB')],
  },
  {
    round: 3,
    source: DEVD_YUAN,
    sentence: 'Reuters | Washington DC | Updated: 09-03-2023 19:40 IST | Created: 09-03-2023 19:38 IST',
    expect: [],
  },
  {
    round: 3,
    source: IBT_YUAN,
    sentence:
      'Two thirds of current trade between Moscow and Beijing is carried out in national currencies — the yuan and the ruble, the Russian President noted.',
    expect: [x('Two thirds', 200 / 3, P)],
  },
  {
    round: 3,
    source: IBT_YUAN,
    sentence: "China's trade with Russia hit a record high in 2022, growing by nearly a third amid Western sanctions against Moscow.",
    expect: [nm('nearly a third', 100 / 3, P, 100 / 3 - 5)],
  },
  {
    round: 3,
    source: IBT_YUAN,
    sentence: 'Bilateral trade is on pace to hit over $200 billion this year, RT reported.',
    expect: [gt('over $200 billion', 200 * B, USD)],
  },
  {
    round: 3,
    source: IBT_YUAN,
    sentence: "The yuan's share in export settlements also surged, from 0.5 per cent to 16 per cent.",
    expect: [x('0.5 per cent', 0.5, P), x('16 per cent', 16, P)],
  },
  // ==== round 4: read after the third round of fixes ====
  {
    round: 4,
    source: WIRE_GUNPOWDER,
    sentence:
      'Legend has it that Chinese monks invented gunpowder in the 9th century CE — but China’s impact on the global gunpowder market is far from ancient history.',
    expect: [],
  },
  {
    round: 4,
    source: WIRE_GUNPOWDER,
    sentence:
      'China’s exports of the chemical have increased by 35 percent since 2012, according to data from the International Trade Centre, making it now the world’s second largest nitrocellulose exporter.',
    expect: [x('35 percent', 35, P)],
  },
  {
    round: 4,
    source: WIRE_GUNPOWDER,
    sentence:
      'Its shipments to Russia alone have seen an even more dramatic surge: While China did not export any nitrocellulose to Russia in 2021, prior to the Ukraine invasion, its exports had increased to over 1,300 tons by 2023.',
    expect: [gt('over 1,300', 1300)],
  },
  {
    round: 4,
    source: WIRE_GUNPOWDER,
    sentence:
      'The following month, the Treasury department sanctioned two Chinese firms for shipping large quantities of nitrocellulose to Russia.',
    expect: [x('two', 2)],
  },
  {
    round: 4,
    source: NABKA_LINTERS,
    sentence:
      'Armin Papelger, CEO of Rheinmetall, a major Germany-based maker of ammunition, told the Financial Times in April that Europe relies on China for “more than 70 percent” of its cotton linters.',
    expect: [gt('more than 70 percent', 70, P)],
  },
  {
    round: 4,
    source: NABKA_LINTERS,
    sentence:
      'Discovered in Europe in the 19th century, nitrocellulose is made primarily by exposing cotton linters (the short, fluffy fibers of cellulose that remain in the seed after the main cotton is removed) to nitric acid or other strong nitrating agents.',
    expect: [],
  },
  {
    round: 4,
    source: SCOBRICS_LINTERS,
    sentence:
      'According to statistics from the Financial Times, Europe receives over 70% of the cotton fluff it needs for ammunition production from China.',
    expect: [gt('over 70%', 70, P)],
  },
  {
    round: 4,
    source: SCMP_CHIPS_IIF,
    sentence: 'Mainland China and Hong Kong are said to have supplied around 40 per cent of Russia’s total computer chips last year.',
    expect: [ab('around 40 per cent', 40, P, 35, 45)],
  },
  {
    round: 4,
    source: SCMP_CHIPS_IIF,
    sentence:
      'China accounted for more than 36 per cent of Russia’s overall imports and 20 per cent of its exports in 2022, Institute of International Finance says',
    expect: [gt('more than 36 per cent', 36, P), x('20 per cent', 20, P)],
  },
  {
    round: 4,
    source: SCMP_CHIPS_IIF,
    sentence:
      'With one-year anniversary of Ukraine invasion three weeks away, a US trade group says ‘China and Hong Kong have successfully replaced other countries as chip suppliers’',
    expect: [x('one-year', 1, 'year'), x('three weeks', 3, 'week')],
  },
  {
    round: 4,
    source: SCMP_CHIPS_IIF,
    sentence:
      'As the war in Ukraine approaches the one-year mark, the resulting shock waves continue to ripple through global markets for commodities, energy and food, and the world’s supply chain has seen a drastic realignment.',
    expect: [x('one-year', 1, 'year')],
  },
  {
    round: 4,
    source: ONLINEUA_ELECTRONICS,
    sentence:
      'Journalists of the publication, referring to the data of the US Ministry of Commerce, emphasize that during the period from January to May this year, the supply of electronics from Hong Kong to Russia decreased by 28%.',
    expect: [x('28%', 28, P)],
  },
  {
    round: 4,
    source: ONLINEUA_ELECTRONICS,
    sentence: 'At the same time, transit shipments of these goods through mainland China, excluding Hong Kong, fell by 19%.',
    expect: [x('19%', 19, P)],
  },
  {
    round: 4,
    source: ONLINEUA_ELECTRONICS,
    sentence: 'China is still our number one problem, one of the American officials told the journalists of the publication.',
    expect: [],
  },
  {
    round: 4,
    source: BT_UK_SANCTIONS,
    sentence:
      'THE UK has imposed sanctions on 10 China-based companies it says are enabling Russia’s defence industry, as part of its largest package of economic measures against Vladimir Putin’s regime since 2022.',
    expect: [x('10', 10)],
  },
  {
    round: 4,
    source: BT_UK_SANCTIONS,
    sentence:
      'Russia’s full-scale invasion is entering its fourth year and the sanctions are designed to show Britain is stepping-up support for Ukraine as US President Donald Trump continues to signal his desire to pull-back US aid.',
    expect: [],
  },
  {
    round: 4,
    source: SKY_UK_SANCTIONS,
    sentence:
      'Forty-six new sanctions were announced by the UK, and the list of targets includes businesses in China, as well as firms in Belarus, Serbia, Turkey, the UAE and Uzbekistan, which the government said “continue to support Russia’s illegal invasion of Ukraine”.',
    expect: [x('Forty-six', 46)],
  },
  {
    round: 4,
    source: SKY_UK_SANCTIONS,
    sentence:
      'The UK’s sanctions targeted 31 people and entities it said were linked to the design and manufacture of drones and missile parts and the importing of electronic components.',
    expect: [x('31', 31)],
  },
  {
    round: 4,
    source: SKY_UK_SANCTIONS,
    sentence:
      'Three Chinese entities, Asia Pacific Links Limited, Sinno Electronics Co., Limited, and Xinghua Co., Limited, were targeted for supplying sanctioned goods.',
    expect: [x('Three', 3)],
  },
  {
    round: 4,
    source: SKY_UK_SANCTIONS,
    sentence:
      'Four UAE-based entities it said were involved in trading Russian oil were also affected, as well as others linked to the Wagner mercenary group.',
    expect: [x('Four', 4)],
  },
  {
    round: 4,
    source: EPOCH_UK_SANCTIONS,
    sentence:
      'Three Hong Kong-registered firms, Asia Pacific Links Limited, Sinno Electronics Co., Limited, and Xinghua Co., Limited, are among the 46 individuals and entities sanctioned on Wednesday, for “supplying sanctioned goods, critical for Russia’s war efforts,” the government said.',
    expect: [x('Three', 3), x('46', 46)],
  },
  {
    round: 4,
    source: EPOCH_UK_SANCTIONS,
    sentence:
      'The government said the three Hong Kong-registered firms have been listed for ’supplying sanctioned goods, critical for Russia’s war efforts.’',
    expect: [],
  },
  {
    round: 4,
    source: EPOCH_UK_SANCTIONS,
    sentence: 'A Ukrainian serviceman aims a machine gun as a drone flies during an anti-drone drill in Chernigiv region on Nov. 11, 2023.',
    expect: [],
  },
  {
    round: 4,
    source: CTF_DRONES,
    sentence:
      'In July 2023, the U.S. Department of Commerce included 13 Chinese drone companies in the Entity List (including DJI, Autel, etc.)',
    expect: [x('13', 13)],
  },
  {
    round: 4,
    source: CTF_DRONES,
    sentence: 'Prohibit the export of any drones and related parts containing more than 25% of U.S. technology to Russia and Belarus',
    expect: [gt('more than 25%', 25, P)],
  },
  { round: 4, source: CTF_DRONES, sentence: 'Maximum flight time ≥30 minutes', expect: [ge('≥30 minutes', 30, 'minute')] },
  { round: 4, source: CTF_DRONES, sentence: 'Operation distance ≥5 kilometers', expect: [ge('≥5', 5)] },
  { round: 4, source: CTF_DRONES, sentence: 'Can carry ≥5 kg of payload', expect: [ge('≥5', 5)] },
  {
    round: 4,
    source: UAWIRE_DJI,
    sentence:
      "According to the portal, a contract worth 391.5 million UAH ($9.5 million) exists between Kyiv's Department of Municipal Security and the Ukrainian subsidiary of the company.",
    expect: [x('391.5 million UAH', 391.5 * M, 'UAH'), x('$9.5 million', 9.5 * M, USD)],
  },
  {
    round: 4,
    source: UAWIRE_DJI,
    sentence: 'The procurement includes 1,550 DJI Mavic 3T drones and 950 DJI Mavic 3E drones.',
    expect: [x('1,550', 1550), x('950', 950)],
  },
  {
    round: 4,
    source: UAWIRE_DJI,
    sentence:
      'Adding to the tension, Russian sources highlighted the efforts of a Ukrainian entrepreneur who secured 1,000 DJI Mavic 3 Pro drones for the AFU under a contract valued at 71.4 million UAH ($1.7 million).',
    expect: [x('1,000', 1000), x('71.4 million UAH', 71.4 * M, 'UAH'), x('$1.7 million', 1.7 * M, USD)],
  },
  {
    round: 4,
    source: GENERICO_DRONES,
    sentence:
      'From September 1, China introduced restrictions on the export of drones to Russia that can be used for military purposes for two years.',
    expect: [x('two years', 2, 'year')],
  },
  {
    round: 4,
    source: GENERICO_DRONES,
    sentence:
      'Export restrictions included devices weighing more than 4 kilograms or a maximum take-off weight of 7 kilograms, capable of flying for more than 30 minutes and “carrying a load with a reset function or with the ability to attach such a device.”',
    expect: [gt('more than 4', 4), x('7', 7), gt('more than 30 minutes', 30, 'minute')],
  },
  {
    round: 4,
    source: GENERICO_DRONES,
    sentence:
      'Parallel import schemes through intermediaries in other countries can help get around the restrictions, but this doubles the cost of drones, and the delivery time for equipment increases by several weeks.',
    expect: [x('doubles', 2, 'ratio')],
  },
  {
    round: 4,
    source: GENERICO_DRONES,
    sentence:
      'The existing stocks of drones and components for them, according to Kommersant sources, will be enough for 3-6 months, however, their price has increased, in some cases, twice.',
    expect: [rg('3-6 months', 3, 6, 'month'), x('twice', 2, 'ratio')],
  },
  {
    round: 4,
    source: KYIVPOST_PARCELS,
    sentence:
      'Starting Sept. 1, China will prohibit the export of numerous radio and drone components through standard parcels delivered by air and sea.',
    expect: [],
  },
  // ==== round 5: read after the fourth round of fixes ====
  {
    round: 5,
    source: UATV_BLINKEN,
    sentence: 'Seventy percent of the machine tools, ninety percent of the microelectronics are coming from China.',
    expect: [x('Seventy percent', 70, P), x('ninety percent', 90, P)],
  },
  {
    round: 5,
    source: UATV_BLINKEN,
    sentence:
      'Russia is producing munitions, missiles, tanks, and armored vehicles at a faster pace than at any time in its modern history, including the production capacity during Cold War.',
    expect: [],
  },
  {
    round: 5,
    source: UATV_BLINKEN,
    sentence:
      'According to BBC, Blinken told Chinese leaders they were “helping fuel the biggest threat” to European security since the Cold War during his visit to China from April 23 to April 26.',
    expect: [],
  },
  {
    round: 5,
    source: ANEWS_BLINKEN,
    sentence:
      'Seventy percent of machine tools that Russia is importing are coming from China, Bliken said, adding that 90% of microelectronics are also coming from China.',
    expect: [x('Seventy percent', 70, P), x('90%', 90, P)],
  },
  {
    round: 5,
    source: ANEWS_BLINKEN,
    sentence: 'Stoltenberg will return to Washington on Thursday to meet National Security Advisor Jake Sullivan and US lawmakers.',
    expect: [],
  },
  {
    round: 5,
    source: CENSOR_BLINKEN_MAY,
    sentence: 'Blinken noted that 70% of all machine tools imported by Russia come from China.',
    expect: [x('70%', 70, P)],
  },
  {
    round: 5,
    source: CENSOR_BLINKEN_MAY,
    sentence: 'In addition, he said, 90% of microelectronics also come to Russia from China.',
    expect: [x('90%', 90, P)],
  },
  {
    round: 5,
    source: CENSOR_BLINKEN_APR,
    sentence:
      'Blinken noted that over the past year, Russia has been producing munitions and equipment at a faster pace than at any time in its modern history, including during the Cold War.',
    expect: [],
  },
  {
    round: 5,
    source: ECD_BLINKEN,
    sentence: 'He said 70% of the machine tools and 90% of the microelectronics being imported by Russia are coming from China.',
    expect: [x('70%', 70, P), x('90%', 90, P)],
  },
  {
    round: 5,
    source: ECD_BLINKEN,
    sentence:
      'Analysts have said Western export controls aren’t doing enough to stop Russia from importing sensitive electronics and parts for its military (see 2406250057).',
    expect: [],
  },
  {
    round: 5,
    source: EIR_BLINKEN,
    sentence:
      'China “is providing all the inputs necessary for [Russia] to sustain the war,” he added, asserting that 70% of machine tools and 90% of microelectronics that Russia imports, come from China.',
    expect: [x('70%', 70, P), x('90%', 90, P)],
  },
  {
    round: 5,
    source: UNN_BLINKEN,
    sentence:
      'What we have already done and what we need to continue to do: first, we have already imposed sanctions on more than 100 Chinese organizations that, as we identified, supplied (to Russia-Ed.) dual– use products and other things that are on the sanctions list.',
    expect: [gt('more than 100', 100)],
  },
  {
    round: 5,
    source: UNN_BLINKEN,
    sentence: '70% of the machines that Russia imports come from China 90% of the microelectronics that Russia imports come from China.',
    expect: [x('70%', 70, P), x('90%', 90, P)],
  },
  {
    round: 5,
    source: POLITICO_RIFLES,
    sentence:
      'According to customs records obtained by Politico, Chinese companies, including one with ties to the government, sent 1,000 rifles to organizations in Russia, as well as drone parts and body armor.',
    expect: [x('1,000', 1000)],
  },
  {
    round: 5,
    source: POLITICO_RIFLES,
    sentence:
      'One of China’s largest state-owned defense equipment manufacturers, North Industries Group Corporation Limited, sent firearms to the Russian company Tekhkrim in June 2022, which in turn has close ties to the Russian government and military.',
    expect: [],
  },
  {
    round: 5,
    source: POLITICO_RIFLES,
    sentence: 'Russian companies also received 12 cargoes of drone parts and more than 12 tons of armored suits.',
    expect: [x('12', 12), gt('more than 12', 12)],
  },
  {
    round: 5,
    source: POLITICO_RIFLES,
    sentence: 'The CQ-A rifles are modeled after the M-16 but are described as «hunting weapons» in the technical specification.',
    expect: [],
  },
  {
    round: 5,
    source: CNBC_TRADE,
    sentence:
      'Russian customs data filed as recently as August 2023 point to the continued import of drones, helmets, vests and radios from China, providing a lifeline for President Vladimir Putin’s over 18-month war of attrition, and a lucrative avenue for Chinese companies.',
    expect: [gt('over 18-month', 18, 'month')],
  },
  {
    round: 5,
    source: CNBC_TRADE_2,
    sentence:
      'According to the United Nations Comtrade database, which aggregates global trade statistics, in 2022 total trade between Russia and China hit a record high of $190 billion in 2022, up 30% from a year earlier.',
    expect: [x('$190 billion', 190 * B, USD), x('30%', 30, P)],
  },
  {
    round: 5,
    source: CNBC_TRADE_2,
    sentence: 'This year it is set to eclipse that figure, with total trade hitting $134 billion in the first seven months of 2023.',
    expect: [x('$134 billion', 134 * B, USD)],
  },
  {
    round: 5,
    source: CNBC_TRADE_2,
    sentence:
      'China now accounts for around half (45% to 50%) of Russia’s imports, up from one-quarter before the war, according to estimates from the Bank of Finland’s Institute for Emerging Economies.',
    expect: [ab('around half', 50, P, 45, 55), rg('45% to 50%', 45, 50, P), x('one-quarter', 25, P)],
  },
  {
    round: 5,
    source: CNBC_TRADE_2,
    sentence: 'In 2022, China sold more than $500 million worth of semiconductors to Russia, up from $200 million in 2021.',
    expect: [gt('more than $500 million', 500 * M, USD), x('$200 million', 200 * M, USD)],
  },
  {
    round: 5,
    source: CNBC_TRADE_2,
    sentence: 'Meanwhile, China sold more than $12 million worth of drones to Russia in the year to this March.',
    expect: [gt('more than $12 million', 12 * M, USD)],
  },
  {
    round: 5,
    source: CNBC_TRADE_2,
    sentence:
      'Indeed, Kyiv has reported that its forces are increasingly finding Chinese components in weapons used by Russia’s military since April — the same month that Putin and Li Shangfu, the Chinese defense minister at the time, reiterated their countries’ “no limits” partnership.',
    expect: [],
  },
];
