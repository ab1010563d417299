/**
 * Path parameters of `astro.GET(…)` and the other openapi-fetch methods become exactly one URL segment,
 * checked like the helpers' ids: openapi-fetch 0.17 only encodes them, and `.`/`..` would be resolved
 * as relative steps by every URL parser, even when written `%2E%2E`.
 */
import { checkId } from '../client/checks.ts';

/** openapi-fetch `pathSerializer`: fills each `{name}` of the template with one checked, encoded segment. */
export const pathSerializer = (template: string, params: Record<string, unknown>): string => template.replace(/\{(\w+)\}/g, (_, name: string) => checkId(template, name, params[name]));
