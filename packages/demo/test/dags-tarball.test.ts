import { parseTarGzip } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { buildDagsTarball, DAG_FILES } from '../src/dags-tarball.ts';

describe('the DAGs tarball', () => {
  it('is gzip (1f 8b) of a tar holding the DAG files, with their text and the given time', async () => {
    const tarball = await buildDagsTarball('2026-06-01T12:00:00.000Z');
    expect([tarball[0], tarball[1]]).toEqual([0x1f, 0x8b]);
    const files = await parseTarGzip(tarball);
    expect(files.map((file) => file.name)).toEqual(Object.keys(DAG_FILES));
    for (const file of files) expect(file.text).toBe(DAG_FILES[file.name]);
    expect(files[0]!.text).toContain('@dag(schedule="@daily"');
    // tar keeps whole seconds.
    expect(files.every((file) => file.attrs?.mtime === Date.parse('2026-06-01T12:00:00Z') / 1000)).toBe(true);
  });
});
