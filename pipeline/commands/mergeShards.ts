import type { Command } from 'commander';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { count } from '../core/count.js';
import { messages } from '../core/messages.js';
import { npmMoved, shownPath } from '../core/userFolder.js';
import { MANIFEST_FILE } from '../corpus/manifest.js';
import { MERGE_GENERATOR, mergeShards, serializeMerged, shardFolderIndex, type ShardFolder } from '../corpus/mergeShards.js';
import { diskOutputDir } from '../corpus/outputDir.js';

/**
 * `figures merge-shards DIR [--json]`: checks the shards DIR/source_shard=K of a sharded
 * corpus run and writes DIR/manifest.json, one manifest over the parts of all of them
 * (pipeline/corpus/mergeShards.ts, docs/scale.md).
 */
export function registerMergeShards(program: Command): void {
  program
    .command('merge-shards')
    .description(
      'check the shards DIR/source_shard=K of an extract --corpus --shard K/N run and write DIR/manifest.json over all their parts',
    )
    .argument('<dir>', 'the parent folder of the source_shard=K folders')
    .option('--json', 'print the merged manifest')
    .action((dir: string, opts: { json?: boolean }) => {
      if (!existsSync(dir)) throw new UsageError(messages.fileNotFound(dir, npmMoved()));
      if (!statSync(dir).isDirectory())
        throw new UsageError(messages.notAFolder(dir, 'the folder that holds the source_shard=K folders (the --out of the array job)'));
      const folders: ShardFolder[] = readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && shardFolderIndex(e.name) !== null)
        .map((e) => {
          const file = join(dir, e.name, MANIFEST_FILE);
          return { name: e.name, manifest: existsSync(file) ? readFileSync(file, 'utf8') : null };
        });
      const size = (rel: string): number | null => {
        const s = statSync(join(dir, rel), { throwIfNoEntry: false });
        return s?.isFile() ? s.size : null;
      };
      try {
        const merged = mergeShards({ dir, folders, size });
        diskOutputDir(dir).writeAtomic(MANIFEST_FILE, serializeMerged(merged));
        if (opts.json) process.stdout.write(JSON.stringify(merged, null, 2) + '\n');
        else {
          const n = merged.shards.count;
          // The rejects files that hold lines, as paths the user can open (the manifest's are relative to DIR).
          const files = merged.rejects.filter((f) => f.rows > 0).map((f) => shownPath(join(dir, f.path)));
          const rejected = merged.rejected ? `, ${merged.rejected} rejected (see ${files.join(', ')})` : '';
          process.stdout.write(
            `${count(n, 'shard')}, ${count(merged.documents, 'document')}, ${count(merged.mentions, 'mention')}${rejected} → ${shownPath(join(dir, MANIFEST_FILE))}\n`,
          );
        }
      } catch (e) {
        removeStaleMerge(join(dir, MANIFEST_FILE));
        throw e;
      }
    });
}

/** A merged manifest from before no longer describes the folder: nothing looks complete that is not. */
function removeStaleMerge(file: string): void {
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as { generator?: unknown }).generator === MERGE_GENERATOR) rmSync(file);
  } catch {
    // No manifest, or not a merged one: leave it.
  }
}
