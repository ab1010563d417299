import { describe, expect, it } from 'vitest';
import { quoteString, toTypeScriptLiteral } from '../src/ts-literal.ts';

describe('toTypeScriptLiteral', () => {
  it('writes primitives, single-quoting and escaping strings', () => {
    expect([null, true, 3.5, 'plain'].map((value) => toTypeScriptLiteral(value))).toEqual(['null', 'true', '3.5', "'plain'"]);
    expect(quoteString("Bob's \\ line\nnext\u2028")).toBe("'Bob\\'s \\\\ line\\nnext\\u2028'");
  });

  it('keeps short objects and arrays of primitives on one line, with bare keys where possible', () => {
    expect(toTypeScriptLiteral({ pageSize: 100, 'x-key': 'a' })).toBe("{ pageSize: 100, 'x-key': 'a' }");
    expect(toTypeScriptLiteral(['a', 'b'])).toBe("['a', 'b']");
    expect(toTypeScriptLiteral({})).toBe('{}');
    expect(toTypeScriptLiteral([])).toBe('[]');
  });

  it('breaks nested or long values over lines, indented from where the literal starts, with trailing commas', () => {
    expect(toTypeScriptLiteral({ a: { b: [1, { c: 'd' }] } }, '  ')).toBe(['{', '    a: {', '      b: [', '        1,', "        { c: 'd' },", '      ],', '    },', '  }'].join('\n'));
    const long = 'x'.repeat(80);
    expect(toTypeScriptLiteral({ long })).toBe(`{\n  long: '${long}',\n}`);
  });

  it('drops undefined members and refuses what JSON cannot hold', () => {
    expect(toTypeScriptLiteral({ a: 1, b: undefined })).toBe('{ a: 1 }');
    expect(() => toTypeScriptLiteral(() => 1)).toThrow('Cannot write function as a TypeScript literal');
  });

  it('round-trips through evaluation', () => {
    const value = { name: "It's", list: [1, 'two', null, { deep: [true] }], 'odd key': 'v' };
    expect(new Function(`return (${toTypeScriptLiteral(value)});`)()).toEqual(value);
  });
});
