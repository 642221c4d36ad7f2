/**
 * Formulas of derived observations: + - * / and parentheses over observation ids and decimal
 * numbers, parsed by a small recursive-descent parser (never eval) and evaluated with interval
 * arithmetic. Ids contain hyphens, so a binary minus needs a space before it ("a - b").
 *
 *   expr   = term (("+" | "-") term)*
 *   term   = factor (("*" | "/") factor)*
 *   factor = "-" factor | number | id | "(" expr ")"
 */
import { add, constant, containsZero, div, mul, negate, sub, type Interval } from './interval.js';

export type Formula =
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'id'; id: string; pos: number }
  | { kind: 'neg'; arg: Formula; pos: number }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula; pos: number };

export class FormulaSyntaxError extends Error {
  constructor(
    readonly position: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

type Token =
  | { type: 'num'; value: number; pos: number }
  | { type: 'id'; id: string; pos: number }
  | { type: 'op'; op: string; pos: number }
  | { type: 'end'; pos: number };

const ID = /[a-z0-9](?:[a-z0-9-]*[a-z0-9])?/y;
const NUM = /\d+(?:\.\d+)?/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if ('+-*/()'.includes(c)) {
      out.push({ type: 'op', op: c, pos: i });
      i++;
      continue;
    }
    ID.lastIndex = i;
    const id = ID.exec(src);
    if (id && /[a-z]/.test(id[0])) {
      out.push({ type: 'id', id: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    NUM.lastIndex = i;
    const num = NUM.exec(src);
    if (num) {
      out.push({ type: 'num', value: Number(num[0]), pos: i });
      i += num[0].length;
      continue;
    }
    throw new FormulaSyntaxError(i, `unexpected ${JSON.stringify(c)}`);
  }
  out.push({ type: 'end', pos: src.length });
  return out;
}

export function parseFormula(src: string): Formula {
  const tokens = tokenize(src);
  let k = 0;
  const peek = () => tokens[k]!;
  const isOp = (op: string) => {
    const t = peek();
    return t.type === 'op' && t.op === op;
  };
  const expr = (): Formula => {
    let left = term();
    while (isOp('+') || isOp('-')) {
      const t = tokens[k++] as { op: '+' | '-'; pos: number };
      left = { kind: 'binary', op: t.op, left, right: term(), pos: t.pos };
    }
    return left;
  };
  const term = (): Formula => {
    let left = factor();
    while (isOp('*') || isOp('/')) {
      const t = tokens[k++] as { op: '*' | '/'; pos: number };
      left = { kind: 'binary', op: t.op, left, right: factor(), pos: t.pos };
    }
    return left;
  };
  const factor = (): Formula => {
    const t = tokens[k++]!;
    if (t.type === 'num') return { kind: 'number', value: t.value, pos: t.pos };
    if (t.type === 'id') return { kind: 'id', id: t.id, pos: t.pos };
    if (t.type === 'op' && t.op === '-') return { kind: 'neg', arg: factor(), pos: t.pos };
    if (t.type === 'op' && t.op === '(') {
      const inner = expr();
      if (!isOp(')')) throw new FormulaSyntaxError(peek().pos, 'expected ")"');
      k++;
      return inner;
    }
    throw new FormulaSyntaxError(
      t.pos,
      t.type === 'end' ? 'unexpected end of formula' : `unexpected ${JSON.stringify(t.type === 'op' ? t.op : '')}`,
    );
  };
  const f = expr();
  if (peek().type !== 'end') throw new FormulaSyntaxError(peek().pos, 'expected an operator');
  return f;
}

/** The observation ids a formula uses, in order of first use. */
export function formulaIds(f: Formula): string[] {
  const out: string[] = [];
  const walk = (n: Formula): void => {
    if (n.kind === 'id') {
      if (!out.includes(n.id)) out.push(n.id);
    } else if (n.kind === 'neg') walk(n.arg);
    else if (n.kind === 'binary') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(f);
  return out;
}

export class DivisionByZero extends Error {}

/** Evaluates with interval arithmetic; `lookup` gives each id's interval. */
export function evaluateFormula(f: Formula, lookup: (id: string) => Interval): Interval {
  switch (f.kind) {
    case 'number':
      return constant(f.value);
    case 'id':
      return lookup(f.id);
    case 'neg':
      return negate(evaluateFormula(f.arg, lookup));
    case 'binary': {
      const a = evaluateFormula(f.left, lookup);
      const b = evaluateFormula(f.right, lookup);
      if (f.op === '+') return add(a, b);
      if (f.op === '-') return sub(a, b);
      if (f.op === '*') return mul(a, b);
      if (containsZero(b)) throw new DivisionByZero();
      return div(a, b);
    }
  }
}
