/**
 * Reads the path of a request target for the static server: percent-decoded, split into segments
 * (`/` and `\` both separate, so `..\` is caught as well), with empty and `.` segments dropped.
 * Nothing here trusts the raw target to be a path of this site: `//host/x` is the path `/host/x`.
 */
export type RequestTarget = { segments: string[]; trailingSlash: boolean; query: string } | { error: string };

/** Visible ASCII only: a query kept in a redirect can carry no control character or header break. */
const SAFE_QUERY = /^\?[\x21-\x7e]*$/;

export function parseRequestTarget(raw: string): RequestTarget {
  if (!raw.startsWith('/')) return { error: 'the request target must be a path starting with /' };
  const cut = raw.search(/[?#]/);
  const encodedPath = cut === -1 ? raw : raw.slice(0, cut);
  const rawQuery = cut !== -1 && raw[cut] === '?' ? raw.slice(cut).split('#')[0]! : '';
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    return { error: 'the path is not valid URL encoding' };
  }
  if (path.includes('\0')) return { error: 'the path holds a NUL character' };
  const segments = path.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.');
  return { segments, trailingSlash: path.endsWith('/'), query: SAFE_QUERY.test(rawQuery) ? rawQuery : '' };
}

/** The site path of a folder, always one leading slash and each segment percent-encoded. */
export function folderPath(segments: string[]): string {
  return segments.length ? `/${segments.map(encodeURIComponent).join('/')}/` : '/';
}
