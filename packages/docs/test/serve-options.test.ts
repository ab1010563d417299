import { describe, expect, it } from 'vitest';
import { resolveServeOptions } from '../src/serve-options.ts';

describe('resolveServeOptions', () => {
  it('defaults to 4173, reads PORT, and lets --port win', () => {
    expect(resolveServeOptions([], {})).toEqual({ port: 4173 });
    expect(resolveServeOptions([], { PORT: '8080' })).toEqual({ port: 8080 });
    expect(resolveServeOptions(['--port', '0'], { PORT: '8080' })).toEqual({ port: 0 });
    expect(resolveServeOptions(['--port=5000'], {})).toEqual({ port: 5000 });
    expect(resolveServeOptions(['-p', '5001'], {})).toEqual({ port: 5001 });
  });

  it.each([
    [['--port', 'abc'], {}, '--port must be a whole number from 0 to 65535, got "abc"'],
    [['--port', '70000'], {}, '--port must be a whole number from 0 to 65535, got 70000'],
    [['--port=-1'], {}, '--port must be a whole number from 0 to 65535, got "-1"'],
    [[], { PORT: '4.5' }, 'PORT must be a whole number from 0 to 65535, got "4.5"'],
    [['--host', 'x'], {}, "Unknown option '--host'"],
    [['extra'], {}, 'usage: serve [--port <n>]'],
  ])('rejects %j %j', (argv, env, message) => {
    expect(() => resolveServeOptions(argv as string[], env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
