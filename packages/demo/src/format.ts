const integer = new Intl.NumberFormat('en-US');

export const formatCount = (value: number): string => integer.format(value);

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

/** `2026-05-01T00:00:00Z` → `2026-05-01 00:00`: short enough for a table cell. */
export const formatTimestamp = (timestamp: string | undefined): string =>
  timestamp ? timestamp.replace('T', ' ').replace(/:\d{2}Z$/, '') : '—';

/** Shortens text to `width` characters with an ellipsis. */
export const truncate = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);
