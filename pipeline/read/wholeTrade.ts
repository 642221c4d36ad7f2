/**
 * Goods that are not a total's own (session 13): a figure of a country's or a pair's whole trade
 * names no goods, and goods named after it in a clause of another flow or of the total's contents
 * are not its product ("China-Russia trade was $244.8 billion in 2024, …, and most of it is
 * energy, cars and consumer goods"; "China's exports to Russia fell 6.5% to $107 billion, while
 * imports of Russian oil rose").
 */

/** A pair's or a country's whole trade before the figure: "trade between the two countries", "China-Russia trade", "bilateral trade". */
export const WHOLE_TRADE =
  /\b(?:[Tt]rade|[Tt]urnover)\s+between\b|\b(?:[Bb]ilateral|[Oo]verall|[Tt]otal|[Tt]wo-way|[Mm]utual)\s+(?:trade|turnover)\b|\p{Lu}[\p{L}.]*\s?[-–]\s?\p{Lu}[\p{L}.]*\s+(?:trade|turnover)\b/u;

/** A later clause with a flow of its own: ", while imports of", "and shipments of … to". */
const ANOTHER_FLOW =
  /(?:,|;|\s)\s*(?:while|whereas|but|and)\s+(?:[^,;]{0,40}?\s)?(?:imports?|exports?|re-exports|shipments|sales|purchases|deliveries|supplies)\b/i;
/** The contents of the total just given: "and most of it is", ", much of it in". */
const CONTENTS =
  /(?:,|\s)\s*(?:and\s+)?(?:most|much|the\s+bulk|the\s+greater\s+part|nearly\s+all|almost\s+all)\s+of\s+(?:it|them|that|this)\b/i;

/** Whether the words between a figure and goods after it open another flow's clause or the total's contents. */
export function goodsOfAnotherFlow(between: string): boolean {
  return ANOTHER_FLOW.test(between) || CONTENTS.test(between);
}
