/**
 * Publish stage: the data package files — data/<table>.csv, .arrow and .parquet for every
 * table in manifest order, the FollowTheMoney export data/entities.ftm.json, then
 * datapackage.json describing them. Pure: returns a FileTree.
 */
import type { FileTree } from '../core/fs.js';
import type { DatasetMeta, Tables } from '../model/index.js';
import { TABLES } from '../model/schemas.js';
import { toArrowFile, toArrowTable } from './arrow.js';
import { toCsv } from './csv.js';
import { datapackage, ftmResource, type DataFile } from './datapackage.js';
import { FTM_PATH, toFtm } from './ftm/index.js';
import { toParquet } from './parquet.js';

export function publish(meta: DatasetMeta, tables: Tables): FileTree {
  const files: DataFile[] = [];
  for (const spec of TABLES) {
    const rows = tables[spec.name] as object[];
    const arrow = toArrowTable(spec, rows);
    files.push({ spec, format: 'csv', path: `data/${spec.name}.csv`, bytes: toCsv(spec, rows) });
    files.push({ spec, format: 'arrow', path: `data/${spec.name}.arrow`, bytes: toArrowFile(arrow) });
    files.push({ spec, format: 'parquet', path: `data/${spec.name}.parquet`, bytes: toParquet(spec, rows) });
  }
  const tree: FileTree = new Map(files.map((f) => [f.path, f.bytes]));
  const ftm = toFtm(tables);
  tree.set(FTM_PATH, ftm);
  tree.set('datapackage.json', datapackage(meta, tables.sources, files, [ftmResource(FTM_PATH, ftm)]));
  return tree;
}
