/**
 * HTML escaping and a tiny tagged template. Every interpolated value is escaped unless it is
 * already `Html` (built by this template or wrapped with `trusted`), so a quote holding
 * `<script>` or `&` from the data can never become markup. Escaping `"` and `'` as well makes
 * the same rule safe inside quoted attribute values.
 */

import { showInvisible } from '../core/invisibleCharacters.js';

/** A string of markup that is safe to insert as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes markup, and shows each character a reader cannot see (a zero-width space, a bidi
 * override) as a visible ⟨U+200B⟩: on the page, text from the data must not read otherwise
 * than it is (`$4\u200b5 million` would show as $45 million; `\u202egnp.exe` as exe.png).
 */
export function escapeHtml(text: string): string {
  return showInvisible(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Values a template accepts: text (escaped), markup, nothing, or lists of these. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/** `html\`<p>${text}</p>\``: interpolations are escaped; arrays are concatenated. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Marks markup produced elsewhere (rendered SVG, Markdown output) as safe. The caller vouches for it. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Joins values with a separator (itself escaped unless Html). */
export function join(values: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  return new Html(values.map(render).join(render(separator)));
}

/** Serializes JSON for a `<script type="application/ld+json">` block: `<` cannot close the element. */
export function jsonForScript(value: unknown): Html {
  return new Html(
    JSON.stringify(value, null, 2)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}
