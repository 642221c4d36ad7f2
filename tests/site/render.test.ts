import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { escapeAttributes, renderPlot, renumberIds, roundAttributes, SVG_NS } from '../../pipeline/site/render.js';

describe('roundAttributes', () => {
  it('rounds long decimals inside attribute values to 2 places', () => {
    expect(roundAttributes('<path d="M0.123456,10.5L-3.14159,2.999"/>')).toBe('<path d="M0.12,10.5L-3.14,3"/>');
  });
  it('leaves text content, short decimals and dotted versions alone', () => {
    expect(roundAttributes('<text y="0.32em" data-v="0.1.0">1.23456</text>')).toBe('<text y="0.32em" data-v="0.1.0">1.23456</text>');
  });
});

describe('escapeAttributes', () => {
  it('escapes & and < in attribute values so the SVG is also valid XML', () => {
    expect(escapeAttributes('<svg aria-label="A & <b> &amp; &#39; &quot;">x & y</svg>')).toBe(
      '<svg aria-label="A &amp; &lt;b> &amp; &#39; &quot;">x & y</svg>',
    );
  });
});

describe('renumberIds', () => {
  it('renames Plot ids in order of appearance under the prefix, keeping references consistent', () => {
    const svg =
      '<clipPath id="plot-clip-7"></clipPath><g clip-path="url(#plot-clip-7)"></g><marker id="plot-marker-3"></marker><clipPath id="plot-clip-9"></clipPath><path marker-end="url(#plot-marker-3)"/>';
    expect(renumberIds(svg, 'c')).toBe(
      '<clipPath id="c-clip-1"></clipPath><g clip-path="url(#c-clip-1)"></g><marker id="c-marker-1"></marker><clipPath id="c-clip-2"></clipPath><path marker-end="url(#c-marker-1)"/>',
    );
  });
});

describe('renderPlot', () => {
  const spec = (): Plot.PlotOptions => ({
    width: 200,
    height: 100,
    marks: [
      Plot.frame({ clip: true } as Plot.FrameOptions),
      Plot.link([{ x1: 0, y1: 0, x2: 1, y2: 1 }], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', markerEnd: 'arrow' }),
    ],
  });
  it('gives the same SVG when the same chart is rendered again in the same process', () => {
    const a = renderPlot(spec(), { idPrefix: 'x' });
    const b = renderPlot(spec(), { idPrefix: 'x' });
    expect(a).toBe(b);
    expect(a).toContain('id="x-clip-1"');
    expect(a).toContain('id="x-marker-1"');
    expect(a).not.toMatch(/plot-(clip|marker)-\d/);
  });
  it('sets the SVG namespace and the accessibility attributes', () => {
    const svg = renderPlot(spec(), { idPrefix: 'x', ariaLabel: 'A & B', describedBy: 'x-alt' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`xmlns="${SVG_NS}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="A &amp; B"');
    expect(svg).toContain('aria-describedby="x-alt"');
  });
  it('refuses a spec that makes Plot return a figure', () => {
    expect(() =>
      renderPlot({ ...spec(), color: { legend: true }, marks: [Plot.dot([{ a: 'x' }], { fill: 'a' })] }, { idPrefix: 'x' }),
    ).toThrow(/expected Plot to return an <svg>/);
  });
});
