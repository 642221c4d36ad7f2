/**
 * The reader's source context (pipeline/read/sourceContext.ts) read from a text's sidecar, the
 * `X.source.yaml` beside `X.txt`: what `suggest`, `review`, `validate` and `read FILE` give the
 * reader. Lenient: a missing or unparseable sidecar gives no context (the build reports it).
 */
import { readText, type ReadFS } from '../core/fs.js';
import { normalizeText } from '../core/text.js';
import { parseYaml } from '../core/yaml.js';
import { sourceContextOf, type SourceContext } from '../read/sourceContext.js';
import { sidecarBeside } from '../snapshot/layout.js';

export function sidecarContext(fs: ReadFS, textFile: string): SourceContext | undefined {
  const path = sidecarBeside(textFile);
  const yaml = readText(fs, path);
  return yaml === undefined ? undefined : sourceContextOf(parseYaml(normalizeText(yaml), path).doc?.value);
}
