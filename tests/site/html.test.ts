import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, jsonForScript, trusted } from '../../pipeline/site/html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
  it('leaves other text, including non-ASCII, as it is', () => {
    expect(escapeHtml('Russia’s 90% — “about”')).toBe('Russia’s 90% — “about”');
  });
});

describe('html template', () => {
  it('escapes interpolated text in content and attributes', () => {
    const v = '"><script>x</script>&';
    expect(html`<a title="${v}">${v}</a>`.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;</a>',
    );
  });
  it('keeps nested templates and trusted markup as markup', () => {
    expect(html`<p>${html`<b>${'<i>'}</b>`}${trusted('<br>')}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br></p>');
  });
  it('renders null, undefined and false as nothing and concatenates arrays', () => {
    expect(html`${null}${undefined}${false}${['a', html`<i>b</i>`, 1]}`.value).toBe('a<i>b</i>1');
  });
  it('joins with an escaped separator', () => {
    expect(join(['a', 'b'], ' & ').value).toBe('a &amp; b');
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script> & co' };
    const out = jsonForScript(value).value;
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('characters a reader cannot see (issue 14, finding 15)', () => {
  it('are shown as visible markers in text and attributes, so a figure cannot read otherwise than it is', () => {
    expect(escapeHtml('$4\u200b5 million')).toBe('$4⟨U+200B⟩5 million');
    expect(html`<a title="${'\u202e05\u202c%'}">${'\u202Egnp.exe'}</a>`.value).toBe('<a title="⟨U+202E⟩05⟨U+202C⟩%">⟨U+202E⟩gnp.exe</a>');
  });
});
