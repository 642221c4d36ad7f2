/**
 * Snapshot stage: everything the build reads from raw/, decoded, parsed and schema-checked,
 * with every missing or extra file reported by name. Later stages never touch the ReadFS.
 */
import type { Problem } from '../core/errors.js';
import type { ReadFS } from '../core/fs.js';
import { messages } from '../core/messages.js';
import type { AnnotationFile, DatasetMeta, VocabCountries, VocabGoods, VocabIndicators } from '../types/tables.js';
import { INPUT_SCHEMAS } from '../model/schemas.js';
import { RAW, SLUG, VOCABULARIES, annotationPath, textPath, vocabPath, type VocabularyName } from './layout.js';
import { readSources, type SnapshotSource } from './readSources.js';
import { readYaml, type YamlFile } from './readYaml.js';

export interface Vocabularies {
  indicators?: YamlFile<VocabIndicators>;
  goods?: YamlFile<VocabGoods>;
  countries?: YamlFile<VocabCountries>;
}

export interface Snapshot {
  dataset?: YamlFile<DatasetMeta>;
  sources: SnapshotSource[];
  /** By source id; only sources whose text was read. */
  annotations: Map<string, YamlFile<AnnotationFile>>;
  vocab: Vocabularies;
}

function readAnnotations(fs: ReadFS, sources: SnapshotSource[], problems: Problem[]): Map<string, YamlFile<AnnotationFile>> {
  const wanted = new Set(sources.map((s) => s.id));
  const listed = new Set<string>();
  // Listed, not read: a text that is there but refused (a folder) has its own problem already.
  const texts = new Set(fs.list(RAW.sources));
  for (const name of fs.list(RAW.annotations)) {
    const id = /^(.*)\.yaml$/.exec(name)?.[1];
    if (!id || !SLUG.test(id)) {
      problems.push(messages.unexpectedFile(`${RAW.annotations}/${name}`, 'annotations <source-id>.yaml'));
      continue;
    }
    listed.add(id);
    if (!wanted.has(id) && !texts.has(`${id}.txt`)) problems.push(messages.orphanAnnotation(annotationPath(id), textPath(id)));
  }
  const out = new Map<string, YamlFile<AnnotationFile>>();
  for (const s of sources) {
    if (!listed.has(s.id)) {
      problems.push(messages.missingAnnotation(s.file, annotationPath(s.id)));
      continue;
    }
    const file = readYaml<AnnotationFile>(fs, annotationPath(s.id), INPUT_SCHEMAS.annotation!, problems);
    if (!file) continue;
    const declared = (file.value as { source?: unknown } | null)?.source;
    if (typeof declared === 'string' && declared !== s.id) {
      problems.push(messages.annotationSourceMismatch({ file: file.doc.file, ...file.doc.locate(['source']) }, declared, s.id));
      file.valid = false;
    }
    out.set(s.id, file);
  }
  return out;
}

function readVocab(fs: ReadFS, problems: Problem[]): Vocabularies {
  const known = new Set<string>(VOCABULARIES.map((v) => `${v}.yaml`));
  for (const name of fs.list(RAW.vocab)) {
    if (!known.has(name)) problems.push(messages.unexpectedFile(`${RAW.vocab}/${name}`, VOCABULARIES.map((v) => `${v}.yaml`).join(', ')));
  }
  const vocab: Vocabularies = {};
  for (const name of VOCABULARIES) {
    const file = readYaml<unknown>(fs, vocabPath(name), INPUT_SCHEMAS[`vocab-${name}`]!, problems);
    if (!file) {
      if (fs.read(vocabPath(name)) === undefined) problems.push(messages.missingFile(vocabPath(name), `the ${name} vocabulary`));
      continue;
    }
    (vocab as Record<VocabularyName, unknown>)[name] = file;
  }
  return vocab;
}

export function snapshot(fs: ReadFS, problems: Problem[]): Snapshot {
  const dataset = readYaml<DatasetMeta>(fs, RAW.dataset, INPUT_SCHEMAS.dataset!, problems);
  if (!dataset && fs.read(RAW.dataset) === undefined)
    problems.push(messages.missingFile(RAW.dataset, 'the package metadata (name, title, version, release date, licences)'));
  const sources = readSources(fs, problems);
  const annotations = readAnnotations(fs, sources, problems);
  const vocab = readVocab(fs, problems);
  return { ...(dataset ? { dataset } : {}), sources, annotations, vocab };
}
