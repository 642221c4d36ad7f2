/**
 * One changelog line for a changed piece of package metadata. A list (the package's `sources`,
 * `contributors`, `keywords`…) is told by the items it gained and lost, each by its title or
 * name: a release that adds one source would otherwise print the whole list twice.
 */

const MAX_NAMED = 10;

/** An item as a reader knows it: a string itself, an object by its title, name or path, else its JSON. */
function itemName(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const k of ['title', 'name', 'path', 'id']) if (typeof o[k] === 'string') return o[k] as string;
  }
  return JSON.stringify(v);
}

function named(items: readonly unknown[]): string {
  const names = items.slice(0, MAX_NAMED).map((v) => `“${itemName(v)}”`);
  return names.join('; ') + (items.length > MAX_NAMED ? `; and ${items.length - MAX_NAMED} more` : '');
}

/** Items of `a` not in `b`, compared as JSON (order kept, repeats counted). */
function without(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const left = new Map<string, number>();
  for (const v of b) left.set(JSON.stringify(v), (left.get(JSON.stringify(v)) ?? 0) + 1);
  return a.filter((v) => {
    const k = JSON.stringify(v);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

export function metadataLine(path: string, before: unknown, after: unknown): string {
  if (!Array.isArray(before) || !Array.isArray(after)) return `- \`${path}\`: ${JSON.stringify(before)} → ${JSON.stringify(after)}`;
  const added = without(after, before);
  const removed = without(before, after);
  const parts = [
    ...(added.length > 0 ? [`${added.length} added: ${named(added)}`] : []),
    ...(removed.length > 0 ? [`${removed.length} removed: ${named(removed)}`] : []),
  ];
  return `- \`${path}\`: ${parts.length > 0 ? parts.join('; ') : 'the same items in another order'}`;
}
