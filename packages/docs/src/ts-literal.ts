/** A JSON value written as a TypeScript literal in the project's style: single quotes, bare keys, trailing commas. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Arrays and objects of primitives stay on one line up to this width. */
const INLINE_WIDTH = 72;

export function quoteString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

const key = (name: string) => (IDENTIFIER.test(name) ? name : quoteString(name));

/** `indent` is the indentation of the line the literal starts on. */
export function toTypeScriptLiteral(value: unknown, indent = ''): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => item === null || typeof item !== 'object')) {
      const inline = `[${value.map((item) => toTypeScriptLiteral(item)).join(', ')}]`;
      if (inline.length <= INLINE_WIDTH) return inline;
    }
    return `[\n${value.map((item) => `${inner}${toTypeScriptLiteral(item, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    if (entries.every(([, item]) => item === null || typeof item !== 'object')) {
      const inline = `{ ${entries.map(([name, item]) => `${key(name)}: ${toTypeScriptLiteral(item)}`).join(', ')} }`;
      if (inline.length <= INLINE_WIDTH) return inline;
    }
    return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${toTypeScriptLiteral(item, inner)},`).join('\n')}\n${indent}}`;
  }
  throw new TypeError(`Cannot write ${typeof value} as a TypeScript literal`);
}
