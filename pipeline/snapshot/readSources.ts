/**
 * Snapshot of the source texts: each raw/sources/<id>.txt with its <id>.source.yaml sidecar,
 * decoded as strict UTF-8, normalized (BOM, LF, NFC: offsets are defined on this text), the
 * sidecar schema-checked, and the recorded SHA-256 verified — a changed source fails loudly.
 */
import type { Problem } from '../core/errors.js';
import type { ReadFS } from '../core/fs.js';
import { sha256 } from '../core/hash.js';
import { messages } from '../core/messages.js';
import { badCharacter } from '../core/badCharacters.js';
import { lineColumn, readNormalized } from '../core/text.js';
import type { SourceDoc } from '../model/index.js';
import type { SourceSidecar } from '../types/tables.js';
import { INPUT_SCHEMAS } from '../model/schemas.js';
import { RAW, SLUG, sidecarPath, textPath } from './layout.js';
import { readYaml, type YamlFile } from './readYaml.js';

export interface SnapshotSource extends SourceDoc {
  /** May have failed its schema (sidecarValid): the source is kept so its annotation is checked in the same run. */
  sidecar: YamlFile<SourceSidecar>;
  sidecarValid: boolean;
  sha256: string;
}

const TEXT = /^(.*)\.txt$/;
const SIDECAR = /^(.*)\.source\.yaml$/;

/** Source ids present in raw/sources (texts or sidecars), with unexpected files reported. */
function sourceIds(fs: ReadFS, problems: Problem[]): { texts: Set<string>; sidecars: Set<string> } {
  const texts = new Set<string>();
  const sidecars = new Set<string>();
  for (const name of fs.list(RAW.sources)) {
    const t = TEXT.exec(name);
    const s = SIDECAR.exec(name);
    const id = t?.[1] ?? s?.[1];
    if (!id || !SLUG.test(id)) {
      problems.push(
        messages.unexpectedFile(
          `${RAW.sources}/${name}`,
          'source texts <id>.txt and sidecars <id>.source.yaml, where <id> is a lower-case slug',
        ),
      );
      continue;
    }
    (t ? texts : sidecars).add(id);
  }
  return { texts, sidecars };
}

export function readSources(fs: ReadFS, problems: Problem[]): SnapshotSource[] {
  const { texts, sidecars } = sourceIds(fs, problems);
  for (const id of sidecars) if (!texts.has(id)) problems.push(messages.orphanSidecar(sidecarPath(id), textPath(id)));
  const out: SnapshotSource[] = [];
  for (const id of [...texts].sort()) {
    const file = textPath(id);
    const bytes = fs.read(file);
    if (bytes === undefined) {
      problems.push(messages.notRegularFile(file, 'a folder'));
      continue;
    }
    const text = readNormalized(bytes, file, problems);
    if (text === undefined) continue;
    const bad = badCharacter(text); // decoded UTF-8 holds no lone surrogate, but may hold NUL
    if (bad) {
      problems.push(messages.badCharacter({ file, ...lineColumn(text, text.search(/\u0000/)) }, bad, 'the text'));
      continue;
    }
    if (!sidecars.has(id)) {
      problems.push(messages.missingSidecar(file, sidecarPath(id)));
      continue;
    }
    const sidecar = readYaml<SourceSidecar>(fs, sidecarPath(id), INPUT_SCHEMAS.sidecar!, problems);
    if (!sidecar) continue;
    const digest = sha256(text);
    const meta = sidecar.value;
    if (!sidecar.valid) {
      // Its schema errors are reported; the annotation is still read and checked, so a fresh
      // draft's sidecar and annotation problems come in one run, not one after the other.
      out.push({
        id,
        text,
        file,
        publicDomain: meta?.public_domain === true,
        shownWhole: meta?.public_domain === true || meta?.open_licence === true,
        sidecar,
        sidecarValid: false,
        sha256: digest,
      });
      continue;
    }
    if (meta.sha256 !== digest) problems.push(messages.sourceChanged(file, meta.sha256, digest, sidecarPath(id)));
    if (meta.characters !== undefined && meta.characters !== text.length) {
      problems.push(
        messages.sidecarMismatch(
          { file: sidecar.doc.file, ...sidecar.doc.locate(['characters']) },
          'characters',
          meta.characters,
          text.length,
        ),
      );
    }
    out.push({
      id,
      text,
      file,
      publicDomain: meta.public_domain,
      shownWhole: meta.public_domain || meta.open_licence === true,
      sidecar,
      sidecarValid: true,
      sha256: digest,
    });
  }
  return out;
}
