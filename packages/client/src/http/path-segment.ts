/**
 * Path parameters become exactly one URL segment. openapi-fetch 0.17 already applies
 * encodeURIComponent; this adds the checks it lacks: a missing or empty value, and `.`/`..`, which
 * every WHATWG URL parser (so every fetch) resolves as a relative step, even when written `%2E%2E`,
 * so such a value can never reach the server as an id.
 */
import { AstroInputError } from '../errors.ts';

/** openapi-fetch `pathSerializer`: fills each `{name}` of the template with one checked, encoded segment. */
export const pathSerializer = (template: string, params: Record<string, unknown>, where = template): string =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if ((typeof value !== 'string' && typeof value !== 'number') || /^\.{0,2}$/.test(value as string))
      throw new AstroInputError(`${where}: ${name} must be a non-empty id other than "." and "..", got ${JSON.stringify(value) ?? value}.`);
    return encodeURIComponent(value);
  });
