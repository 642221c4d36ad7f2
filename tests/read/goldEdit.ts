/**
 * The gold file with one field of one item of a section set (either gold style: items at two spaces or at
 * the margin), its comment after it; the conventions scripts' `--write`.
 */
export function setGoldField(
  source: string,
  section: 'observations' | 'claims',
  index: number,
  field: string,
  value: unknown,
  comment: string,
): string {
  const lines = source.split('\n');
  const top = lines.findIndex((l) => l.startsWith(`${section}:`));
  if (top < 0) throw new Error(`no ${section} section`);
  let k = -1;
  for (let i = top + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^[a-z_]+:/.test(l)) break;
    if (/^\s*- quote:/.test(l)) k++;
    if (k !== index) continue;
    const key = new RegExp(`^(\\s*)(?:- )?${field}:`).exec(l);
    if (!key) continue;
    const indent = /^(\s*)/.exec(l)![1]!.length;
    let end = i + 1;
    while (
      end < lines.length &&
      /^\s*- /.test(lines[end]!) &&
      !/^\s*- quote:/.test(lines[end]!) &&
      /^(\s*)/.exec(lines[end]!)![1]!.length >= indent
    )
      end++;
    // An anchor the replaced value defined moves to the first alias of it left, so the file still parses.
    const anchor = /&([\w-]+)(.*)$/.exec(l);
    lines.splice(i, end - i, `${l.slice(0, l.indexOf(`${field}:`))}${field}: ${JSON.stringify(value)} # ${comment}`);
    if (anchor) {
      if (anchor[2]!.trim() === '') throw new Error(`anchor ${anchor[1]!} is not on one line`);
      const use = lines.findIndex((x) => new RegExp(`\\*${anchor[1]!}\\b`).test(x));
      if (use >= 0) lines[use] = lines[use]!.replace(new RegExp(`\\*${anchor[1]!}\\b`), `&${anchor[1]!}${anchor[2]!}`);
    }
    return lines.join('\n');
  }
  throw new Error(`no ${field} in ${section}[${index}]`);
}
