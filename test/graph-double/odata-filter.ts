// A small OData $filter: comparisons (eq ne gt ge lt le), startswith/endswith, and/or/not, parentheses.
// Each route declares which properties and operators it supports, as Graph does; anything else is
// refused with the route's error, so a scanner that sends an unsupported filter sees Graph's 400.

export type Literal = string | number | boolean | null | { datetime: number };
export type Operator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'startswith' | 'endswith';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; op: Operator; property: string; value: Literal };

export class FilterSyntaxError extends Error {}

type Token = { type: 'word' | 'string' | 'punct'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: 'punct', text: c });
      i++;
    } else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new FilterSyntaxError(`unterminated string literal in '${input}'`);
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += input[i++];
      }
      tokens.push({ type: 'string', text });
    } else {
      const m = /^[A-Za-z0-9_$@./:+-]+/.exec(input.slice(i));
      if (!m) throw new FilterSyntaxError(`unexpected character '${c}' at position ${i}`);
      tokens.push({ type: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['startswith', 'endswith']);

function literal(token: Token): Literal {
  if (token.type === 'string') return token.text;
  const t = token.text;
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(t)) return { datetime: Date.parse(t) };
  throw new FilterSyntaxError(`'${t}' is not a literal`);
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos < this.tokens.length)
      throw new FilterSyntaxError(`unexpected '${this.tokens[this.pos]!.text}'`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new FilterSyntaxError('unexpected end of the filter');
    return t;
  }

  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw new FilterSyntaxError(`expected '${text}' but found '${t.text}'`);
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.peek()?.text === 'or') {
      this.pos++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.peek()?.text === 'and') {
      this.pos++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    const t = this.next();
    if (t.text === 'not') return { kind: 'not', expr: this.unary() };
    if (t.text === '(') {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (t.type === 'word' && FUNCTIONS.has(t.text.toLowerCase()) && this.peek()?.text === '(') {
      this.expect('(');
      const property = this.next();
      this.expect(',');
      const value = literal(this.next());
      this.expect(')');
      return { kind: 'cmp', op: t.text.toLowerCase() as Operator, property: property.text, value };
    }
    if (t.type !== 'word') throw new FilterSyntaxError(`expected a property but found '${t.text}'`);
    if (this.peek()?.text === '(')
      throw new FilterSyntaxError(`unsupported function or lambda '${t.text}(…)'`);
    const op = this.next();
    if (!COMPARISONS.has(op.text)) throw new FilterSyntaxError(`unsupported operator '${op.text}'`);
    return { kind: 'cmp', op: op.text as Operator, property: t.text, value: literal(this.next()) };
  }
}

export function parseFilter(input: string): FilterNode {
  return new Parser(tokenize(input)).parse();
}

/** What a route accepts: property → operators, and whether `or` / `not` may join clauses. */
export interface FilterRules {
  properties: Record<string, Operator[]>;
  allowOr?: boolean;
}

/** The first unsupported part of the filter, in words; undefined when the route supports it all. */
export function unsupportedPart(node: FilterNode, rules: FilterRules): string | undefined {
  switch (node.kind) {
    case 'and':
      return unsupportedPart(node.left, rules) ?? unsupportedPart(node.right, rules);
    case 'or':
      return rules.allowOr
        ? (unsupportedPart(node.left, rules) ?? unsupportedPart(node.right, rules))
        : "the 'or' operator";
    case 'not':
      return "the 'not' operator";
    case 'cmp': {
      const ops = rules.properties[node.property];
      if (!ops) return `property '${node.property}'`;
      return ops.includes(node.op) ? undefined : `operator '${node.op}' on property '${node.property}'`;
    }
  }
}

function valueAt(row: unknown, path: string): unknown {
  return path
    .split('/')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      row,
    );
}

function compare(actual: unknown, expected: Literal): number | undefined {
  if (expected && typeof expected === 'object') {
    const t = typeof actual === 'string' ? Date.parse(actual) : NaN;
    return Number.isNaN(t) ? undefined : t - expected.datetime;
  }
  if (typeof expected === 'string' && typeof actual === 'string')
    return actual.toLowerCase().localeCompare(expected.toLowerCase());
  if (typeof expected === 'number' && typeof actual === 'number') return actual - expected;
  return actual === expected ? 0 : undefined;
}

export function matches(node: FilterNode, row: unknown): boolean {
  switch (node.kind) {
    case 'and':
      return matches(node.left, row) && matches(node.right, row);
    case 'or':
      return matches(node.left, row) || matches(node.right, row);
    case 'not':
      return !matches(node.expr, row);
    case 'cmp': {
      const actual = valueAt(row, node.property);
      if (node.op === 'startswith' || node.op === 'endswith') {
        if (typeof actual !== 'string' || typeof node.value !== 'string') return false;
        const [a, v] = [actual.toLowerCase(), node.value.toLowerCase()];
        return node.op === 'startswith' ? a.startsWith(v) : a.endsWith(v);
      }
      if (Array.isArray(actual))
        return node.op === 'eq' && actual.some((item) => compare(item, node.value) === 0);
      const c = compare(actual, node.value);
      if (c === undefined) return node.op === 'ne';
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[node.op];
    }
  }
}
