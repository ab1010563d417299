/**
 * Content-Security-Policy of every page: inline scripts and styles only, images and fonts only
 * from data: URLs, no fetches, no frames, no form posts. A page can load nothing from a network,
 * and anything that tries is refused (and shows as a console error in the browser tests).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
