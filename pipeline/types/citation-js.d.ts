/**
 * Minimal types for citation-js 0.8 (it ships none): only what pipeline/release/ uses.
 * The plugins register themselves with the core when imported for their side effects.
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
  export interface CslItem {
    id: string;
    type: string;
    'citation-key'?: string;
    title?: string;
    version?: string;
    author?: Array<{ family?: string; given?: string; literal?: string }>;
    issued?: { 'date-parts': number[][] };
    publisher?: string;
    URL?: string;
    DOI?: string;
    abstract?: string;
    keyword?: string;
    [field: string]: unknown;
  }

  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
  }

  export class Cite {
    constructor(data: unknown, options?: object);
    data: CslItem[];
    format(format: string, options?: FormatOptions): string;
  }

  export const plugins: {
    config: { get(name: string): Record<string, unknown> };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-cff';
