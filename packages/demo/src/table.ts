export type Align = 'left' | 'right';

/**
 * A plain-text table: a header row, a rule, then the rows, columns padded to their widest cell.
 * Numbers read best right-aligned; pass `align` per column.
 */
export function renderTable(headers: string[], rows: string[][], align: Align[] = []): string[] {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (align[column] === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)];
}
