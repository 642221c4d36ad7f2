/**
 * A source as the review tools need it, read through a ReadFS (so tests run in memory): the
 * normalized text, the annotation as YAML text and parsed, and the reader's reading of the text.
 */
import { EXIT, FiguresError, type Location, type Problem } from '../core/errors.js';
import { readText as readFile, type ReadFS } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { normalizeText } from '../core/text.js';
import { parseYaml } from '../core/yaml.js';
import { buildLexicon, readText, type Lexicon } from '../read/index.js';
import { loadReaderVocab } from '../read/loadVocab.js';
import { RAW, annotationPath, textPath } from '../snapshot/layout.js';
import { sidecarContext } from './sidecarContext.js';
import type { AnnotationFile } from '../types/tables.js';
import { reviewSource, type SourceReview } from './items.js';
import { staleReviews } from './stale.js';

export interface LoadedSource {
  id: string;
  path: string;
  yaml: string;
  review: SourceReview;
  /** Where a path of the annotation is, for messages. */
  locate(path: (string | number)[]): Location;
}

/** The source ids that have an annotation, sorted. */
export function annotatedSources(fs: ReadFS): string[] {
  return fs
    .list(RAW.annotations)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.slice(0, -'.yaml'.length));
}

export function reviewLexicon(fs: ReadFS): Lexicon {
  return buildLexicon(loadReaderVocab(fs));
}

/**
 * The source id a review argument names: the id itself, or the path of one of its files
 * ("raw/annotations/<id>.yaml", which suggest prints, "raw/sources/<id>.txt" or its sidecar).
 * An id is a slug, with no folder or dot, so only a path is changed.
 */
export function sourceIdOf(arg: string): string {
  const name = arg.slice(arg.replace(/\\/g, '/').lastIndexOf('/') + 1);
  return name.replace(/(?:\.source\.yaml|\.ya?ml|\.txt)$/, '');
}

/** Reads one source for review; a missing text or annotation, or YAML that does not parse, is a coded problem. */
export function loadSource(fs: ReadFS, arg: string, lexicon: Lexicon): LoadedSource {
  const id = sourceIdOf(arg);
  const problems: Problem[] = [];
  const raw = readFile(fs, textPath(id));
  const yaml = readFile(fs, annotationPath(id));
  if (raw === undefined) problems.push(messages.reviewMissing(textPath(id), id));
  if (yaml === undefined) problems.push(messages.reviewMissing(annotationPath(id), id));
  // A wrong id is a usage error (exit 2), as a file argument that does not exist.
  if (raw === undefined || yaml === undefined) throw new FiguresError(problems, EXIT.usage);
  const parsed = parseYaml(yaml, annotationPath(id));
  if (!parsed.doc) throw new FiguresError(parsed.problems);
  const text = normalizeText(raw);
  const annotation = (parsed.doc.value ?? {}) as AnnotationFile;
  const doc = parsed.doc;
  return {
    id,
    path: annotationPath(id),
    yaml,
    // Read as suggest drafted it: with what the sidecar says (the speaker its title names, its date).
    review: reviewSource(id, text, annotation, readText(text, lexicon, undefined, sidecarContext(fs, textPath(id)))),
    locate: (path) => ({ file: doc.file, ...doc.locate(path) }),
  };
}

/**
 * The stale reviews of every annotated source, for `figures validate`. A source that cannot be
 * read for review (no text, YAML that does not parse, no vocabulary) is skipped: the build's
 * own checks report why.
 */
export function allStaleReviews(fs: ReadFS): Problem[] {
  let lexicon: Lexicon;
  try {
    lexicon = reviewLexicon(fs);
  } catch (e) {
    if (e instanceof FiguresError) return [];
    throw e;
  }
  return annotatedSources(fs).flatMap((id) => {
    try {
      const s = loadSource(fs, id, lexicon);
      return staleReviews(s.review, s.locate);
    } catch (e) {
      if (e instanceof FiguresError) return [];
      throw e;
    }
  });
}
