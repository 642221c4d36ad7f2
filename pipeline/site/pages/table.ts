/**
 * tables/<table>.html: the data dictionary generated from the table's JSON Schema, then every
 * row, each with an anchor at its primary key, and every reference linked to the row (or
 * source page) it refers to.
 */
import { csvCell } from '../../publish/csv.js';
import type { ObservationsRow } from '../../model/index.js';
import { figureRecord, rowAnchor } from '../record.js';
import type { SiteContext } from '../context.js';
import { describeColumns, type ColumnDoc } from '../dictionary.js';
import { fileFormat } from '../downloads.js';
import { html, join, type Html } from '../html.js';
import { layout } from '../layout.js';
import { linker, paths, type Linker } from '../links.js';

/** A long-text column (quotes, sentences, notes) gets a wide cell that wraps. */
const LONG = 60;

function referenceHref(at: Linker, table: string, id: string): string {
  return table === 'sources' ? at.source(id) : at.table(table, id);
}

/**
 * The table a column refers to: a declared foreign key, or, for a reference that may point
 * into several tables (corroborations' subject_id beside subject_table), the table its row names.
 */
function targetOf(ctx: SiteContext, table: string, column: string, row: Record<string, unknown>): string | undefined {
  const declared = ctx.relations.get(table)?.foreignKeys.get(column);
  if (declared) return declared;
  const m = /^(.+)_id$/.exec(column);
  const named = m ? row[`${m[1]}_table`] : undefined;
  return typeof named === 'string' && ctx.tables.includes(named) ? named : undefined;
}

function cell(ctx: SiteContext, at: Linker, table: string, column: string, row: Record<string, unknown>, long: boolean): Html {
  const v = row[column];
  if (v === null || v === undefined) return html`<td class="null">null</td>`;
  const target = targetOf(ctx, table, column, row);
  const isKey = ctx.relations.get(table)?.primaryKey === column;
  if (typeof v === 'number') return html`<td class="num">${String(v)}</td>`;
  if (isKey && table === 'sources' && typeof v === 'string') return html`<td><a href="${at.source(v)}"><code>${v}</code></a></td>`;
  if (target) {
    const ids = Array.isArray(v) ? v.map(String) : [String(v)];
    return html`<td>${join(
      ids.map((id) => html`<a href="${referenceHref(at, target, id)}">${id}</a>`),
      ' | ',
    )}</td>`;
  }
  if (isKey) return html`<td><code>${String(v)}</code></td>`;
  // A list is '|'-separated as in the CSV, with spaces so a long list can wrap.
  const text = Array.isArray(v) ? v.map(csvCell).join(' | ') : csvCell(v);
  // A block of fixed width gives a long text a readable column; a td's own width is only a hint.
  return long ? html`<td class="long"><div>${text}</div></td>` : html`<td>${text}</td>`;
}

/** A pattern is code, not prose. */
function constraintHtml(text: string): Html {
  const m = /^(.*\bpattern )(.+)$/.exec(text);
  return m ? html`${m[1]}<code>${m[2]}</code>` : html`${text}`;
}

function dictionary(ctx: SiteContext, at: Linker, table: string, columns: ColumnDoc[]): Html {
  const rel = ctx.relations.get(table);
  return html`<div class="table-wrap"><table class="dictionary">
<thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Unit</th><th scope="col">Description</th><th scope="col">Constraints</th><th scope="col">Example</th></tr></thead>
<tbody>
${columns.map((c) => {
  const target = rel?.foreignKeys.get(c.name);
  const notes: Html[] = [];
  if (rel?.primaryKey === c.name) notes.push(html`<span class="badge">primary key</span>`);
  if (target) notes.push(html`<span class="badge">refers to <a href="${at.table(target)}">${target}</a></span>`);
  return html`<tr id="column_${c.name}"><td><code>${c.name}</code></td><td>${c.type}${c.nullable ? ' or null' : ''}</td><td>${c.unit}</td><td class="long">${c.description}</td><td>${join([...notes, ...c.constraints.map(constraintHtml)], html`<br>`)}</td><td>${c.example ? html`<code>${c.example}</code>` : ''}</td></tr>
`;
})}</tbody>
</table></div>`;
}

export function tablePage(ctx: SiteContext, table: string): [string, string] {
  const path = paths.table(table);
  const at = linker(path);
  const schema = ctx.schemas[table];
  const rows = (ctx.pkg.tables as unknown as Record<string, Record<string, unknown>[]>)[table] ?? [];
  const columns = schema
    ? describeColumns(schema)
    : Object.keys(rows[0] ?? {}).map((name) => ({
        name,
        type: '',
        nullable: false,
        unit: '',
        description: '',
        constraints: [],
        example: '',
      }));
  const pk = ctx.relations.get(table)?.primaryKey;
  // An observation's anchor lands on its record (record.ts); its row is one link away.
  const records = table === 'observations' && pk === 'observation_id';
  const long = new Set(columns.filter((c) => rows.some((r) => csvCell(r[c.name]).length > LONG)).map((c) => c.name));
  const files = ['csv', 'arrow', 'parquet'].map((ext) => `data/${table}.${ext}`).filter((p) => ctx.pkg.files.has(p));
  const body = html`<p class="meta-line"><a href="${at.index('tables')}">Tables</a> › <code>${table}</code></p>
    <h1>
      ${ctx.tableTitle(table)} <small>(table <code>${table}</code>)</small>
    </h1>
    <p class="lede">${schema?.description ?? ''}</p>
    <p>
      ${rows.length}
      row${rows.length === 1 ? '' : 's'}.${
        files.length > 0
          ? html` Download:
            ${join(
              files.map((f) => html`<a href="${at.to(f)}" download>${fileFormat(f).label}</a>`),
              ' · ',
            )}.`
          : ''
      }${pk ? html` Each row has an anchor at its key <code>${pk}</code> (this page’s address followed by <code>#</code> and the key).` : ''}
    </p>
    <h2 id="data_dictionary">Data dictionary</h2>
    ${schema ? html`<p>Generated from <code>schemas/${table}.schema.json</code>.</p>` : html`<p>No schema was found for this table; the columns are those of its rows.</p>`}
    ${dictionary(ctx, at, table, columns)}
    ${
      records
        ? html`<h2 id="figure_records">Figures</h2>
            <div class="records">${(rows as unknown as ObservationsRow[]).map((o) => figureRecord(o, ctx, at))}</div>`
        : ''
    }
    <h2 id="table_rows">Rows</h2>
    <div class="table-wrap">
      <table class="rows">
        <thead>
          <tr>
            ${columns.map((c) => html`<th scope="col"><a href="#column_${c.name}">${c.name}</a></th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (
              r,
            ) => html`<tr${pk && r[pk] !== undefined ? html` id="${records ? rowAnchor(String(r[pk])) : String(r[pk])}"` : ''}>${columns.map((c) => cell(ctx, at, table, c.name, r, long.has(c.name)))}</tr>
`,
          )}</tbody>
</table></div>`;
  return [
    path,
    layout(ctx, { path, title: ctx.tableTitle(table), description: schema?.description ?? `The ${table} table.`, section: 'tables', body }),
  ];
}
