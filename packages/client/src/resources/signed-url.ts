/** Signed URLs (a Deploy's upload URL): the credential in their query is remembered to be scrubbed, and never shown. */
import type { Redactor } from '../redact.ts';

/** Remembers the credential of a signed URL: its query string, and each value in it, raw and decoded. */
export function rememberUrlCredential({ remember }: Redactor, url: URL): void {
  const query = url.search.slice(1);
  for (const part of query.split('&')) {
    const value = part.slice(part.indexOf('=') + 1);
    remember(value);
    try {
      remember(decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      // not percent-encoded: the raw value is remembered
    }
  }
  // Last, so the whole query is scrubbed first (newest first), and its parts wherever they appear alone.
  remember(query);
}

/** A URL safe to show: origin and path, never the query (which may carry a credential) or userinfo. */
export const showUrl = (url: URL): string => `${url.origin}${url.pathname}`;
