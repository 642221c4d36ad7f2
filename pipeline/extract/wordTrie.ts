/**
 * A list of literal words as one regex source shaped like a trie ("t(?:en|h(?:ree|ird))"),
 * so the regex engine decides on each character once instead of trying every word in turn.
 */
interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const escapeChar = (c: string): string => (/[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c);

function insert(root: Node, word: string): void {
  let n = root;
  for (const ch of word) {
    let child = n.next.get(ch);
    if (!child) {
      child = { end: false, next: new Map() };
      n.next.set(ch, child);
    }
    n = child;
  }
  n.end = true;
}

function emit(n: Node): string {
  const branches = [...n.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => escapeChar(ch) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // a word that is a prefix of others: the longer ones first, then nothing
  if (n.end) return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
  return body;
}

/**
 * Regex source matching exactly the given words (longest first at each branch). Words that
 * should also match capitalized are passed by the caller in both forms.
 */
export function trieSource(words: readonly string[]): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of new Set(words)) if (w) insert(root, w);
  return emit(root);
}
