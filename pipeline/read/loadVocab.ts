/**
 * The reader's vocabularies from raw/vocab/ (indicators, goods, countries) through a ReadFS, so
 * the command reads the disk and tests read memory. A missing or malformed file is a coded
 * problem naming it, never a stack trace; the build's own checks (validate) still own the
 * vocabularies' schema.
 */
import { FiguresError, type Problem } from '../core/errors.js';
import { readText, type ReadFS } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { parseYaml } from '../core/yaml.js';
import type { ReaderVocab } from './vocab.js';

const FILES = { indicators: 'raw/vocab/indicators.yaml', goods: 'raw/vocab/goods.yaml', countries: 'raw/vocab/countries.yaml' } as const;

/** `root`: the folder `fs` reads, to name in the message when a file is missing. */
export function loadReaderVocab(fs: ReadFS, root?: string): ReaderVocab {
  const problems: Problem[] = [];
  const out: Record<string, unknown[]> = {};
  for (const [key, file] of Object.entries(FILES)) {
    const text = readText(fs, file);
    if (text === undefined) {
      problems.push(messages.readVocabMissing(file, root));
      continue;
    }
    const { doc, problems: p } = parseYaml(text, file);
    problems.push(...p);
    const value = doc?.value;
    if (doc && !Array.isArray(value)) problems.push(messages.readVocabNotList(file));
    out[key] = Array.isArray(value) ? value : [];
  }
  if (problems.length > 0) throw new FiguresError(problems);
  return out as unknown as ReaderVocab;
}
