/**
 * A wire dateline opening a line: "WASHINGTON —", "WASHINGTON (AP) —", "LONDON, May 3 (Reuters) -".
 * It names where the text was written, never an actor, a speaker or a side of a figure.
 */
export const DATELINE = /^[A-Z][A-Z .’'-]{1,40}(?:,\s+[^—–\n]{1,30})?(?:\s+\([^)\n]{1,20}\))?\s+[—–-]+\s+/u;
