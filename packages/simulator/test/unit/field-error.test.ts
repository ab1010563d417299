import { describe, expect, it } from 'vitest';
import { joinField, toFieldErrors } from '../../src/validation/field-error.ts';

describe('joinField', () => {
  it.each([
    ['body', '', 'body'],
    ['body', '/name', 'name'],
    ['body', '/managedDomains/0/name', 'managedDomains[0].name'],
    ['sorts', '/1', 'sorts[1]'],
    ['body', '/a~1b', 'a/b'],
  ])('joins %s and %s into %s', (base, pointer, field) => {
    expect(joinField(base, pointer)).toBe(field);
  });
});

describe('toFieldErrors', () => {
  it('uses the vendor style of the spec example for a long name', () => {
    expect(toFieldErrors('body', [{ instancePath: '/name', keyword: 'maxLength', params: { limit: 50 }, message: '' }])).toEqual([
      { code: 'max', field: 'name', message: 'name must be at most 50 characters long' },
    ]);
  });

  it('names the missing member of a required violation and drops duplicates', () => {
    const violation = { instancePath: '', keyword: 'required', params: { missingProperty: 'isScimEnabled' }, message: '' };
    expect(toFieldErrors('body', [violation, violation])).toEqual([
      { code: 'required', field: 'isScimEnabled', message: 'isScimEnabled is required' },
    ]);
  });

  it('explains enum, type, minimum and format violations', () => {
    const errors = toFieldErrors('limit', [
      { instancePath: '', keyword: 'type', params: { type: 'integer' }, message: '' },
      { instancePath: '', keyword: 'minimum', params: { limit: 0 }, message: '' },
    ]);
    expect(errors.map((error) => error.message)).toEqual(['limit must be an integer', 'limit must be at least 0']);
    expect(toFieldErrors('product', [{ instancePath: '', keyword: 'enum', params: { allowedValues: ['HOSTED', 'HYBRID'] }, message: '' }])).toEqual([
      { code: 'oneof', field: 'product', message: 'product must be one of HOSTED, HYBRID' },
    ]);
    expect(toFieldErrors('startDate', [{ instancePath: '', keyword: 'format', params: { format: 'date-time' }, message: '' }])[0]!.message).toBe(
      'startDate must be a UTC date-time such as 2024-03-04T10:15:02Z',
    );
  });
});
