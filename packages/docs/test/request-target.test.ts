import { describe, expect, it } from 'vitest';
import { folderPath, parseRequestTarget } from '../src/request-target.ts';

describe('parseRequestTarget', () => {
  it('decodes the path into segments, dropping empty and dot segments, and keeps a plain query', () => {
    expect(parseRequestTarget('/v1/index.html?x=1')).toEqual({ segments: ['v1', 'index.html'], trailingSlash: false, query: '?x=1' });
    expect(parseRequestTarget('//%2Fv1/./')).toEqual({ segments: ['v1'], trailingSlash: true, query: '' });
    expect(parseRequestTarget('/a\\b')).toEqual({ segments: ['a', 'b'], trailingSlash: false, query: '' });
  });

  it('drops a query with anything but visible ASCII, and reports bad targets', () => {
    expect(parseRequestTarget('/v1?a\u0001b')).toMatchObject({ query: '' });
    expect(parseRequestTarget('http://evil.example/')).toEqual({ error: 'the request target must be a path starting with /' });
    expect(parseRequestTarget('/%E0%A4%A')).toEqual({ error: 'the path is not valid URL encoding' });
    expect(parseRequestTarget('/a%00')).toEqual({ error: 'the path holds a NUL character' });
  });
});

describe('folderPath', () => {
  it('is always one leading slash and encoded segments', () => {
    expect(folderPath([])).toBe('/');
    expect(folderPath(['v1'])).toBe('/v1/');
    expect(folderPath(['a b', '\\evil'])).toBe('/a%20b/%5Cevil/');
  });
});
