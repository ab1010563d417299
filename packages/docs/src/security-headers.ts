/**
 * Headers the docs server sends with every response, whatever its status. The page CSP also sits in
 * a meta tag (so file:// gets it), but `frame-ancestors` works only as a header: framing is refused.
 */
import { CONTENT_SECURITY_POLICY } from './csp.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
