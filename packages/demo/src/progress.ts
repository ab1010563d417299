/**
 * Progress of a long step. On a terminal: one line redrawn in place (at most ~12 times a second).
 * Elsewhere (CI logs, pipes): a plain line at most once per `intervalMs`, so logs stay readable.
 */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  update(done: number, total?: number, detail?: string): void;
  /** Like update, with free text instead of a count. */
  note(text: string): void;
  /** Ends the step with a final line. */
  finish(summary: string): void;
}

const TTY_REDRAW_MS = 80;
const BAR_WIDTH = 24;

function bar(done: number, total: number): string {
  const filled = Math.round((Math.min(done, total) / total) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
}

export function createProgress(
  label: string,
  output: ProgressOutput,
  { intervalMs = 1000, now = () => performance.now() }: { intervalMs?: number; now?: () => number } = {},
): Progress {
  const tty = output.isTTY === true;
  let last = -Infinity;
  const text = (done: number, total: number | undefined, detail: string | undefined) => {
    const count = total === undefined ? `${done.toLocaleString('en-US')}` : `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
    const percent = total ? ` ${bar(done, total)} ${Math.floor((Math.min(done, total) / total) * 100)}%` : '';
    return `${count}${percent}${detail ? ` · ${detail}` : ''}`;
  };
  const show = (line: string) => {
    const time = now();
    if (time - last < (tty ? TTY_REDRAW_MS : intervalMs)) return;
    last = time;
    output.write(tty ? `\r\x1b[2K  … ${label}: ${line}` : `  … ${label}: ${line}\n`);
  };
  return {
    update(done, total, detail) {
      show(text(done, total, detail));
    },
    note(line) {
      show(line);
    },
    finish(summary) {
      output.write(`${tty ? '\r\x1b[2K' : ''}  ✔ ${label}: ${summary}\n`);
    },
  };
}
