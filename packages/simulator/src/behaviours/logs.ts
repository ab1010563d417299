/**
 * Deployment logs, generated like the audit log: each component writes one line every few seconds,
 * computed from the Deployment's id and the line's time slot, so a time window maps straight to the
 * lines in it and the same query gives the same lines. `searchText` keeps the lines containing it.
 */
import { createHash } from 'node:crypto';
import type { Behaviour } from '../engine/context.ts';
import { answer } from '../engine/generic.ts';
import { mixSeed, mulberry32 } from '../store/prng.ts';
import { fieldError, itemNamedBy } from './helpers.ts';

const STEP_SECONDS = 15;
/** Logs are kept a week; older lines are gone, which also bounds the work of one query. */
const RETENTION_MS = 7 * 86_400_000;
/** Most lines one query collects, whatever `maxNumResults` asks for. */
const MAX_RESULTS = 100_000;

const MESSAGES: Record<string, string[]> = {
  scheduler: ['{scheduler_job_runner.py:423} INFO - 3 tasks up for execution', '{dagrun.py:823} INFO - Marking run <DagRun example_etl> successful', '{scheduler_job_runner.py:1567} INFO - Adopting or resetting orphaned tasks for active dag runs'],
  triggerer: ['{triggerer_job_runner.py:171} INFO - 2 triggers currently running', '{triggerer_job_runner.py:625} INFO - Trigger fired: TimeDeltaTrigger'],
  worker: ['{taskinstance.py:2614} INFO - Executing <Task(PythonOperator): extract> on 2026-05-01', '{taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=example_etl, task_id=load', '{local_task_job_runner.py:240} INFO - Task exited with return code 0'],
  webserver: ['{h11_impl.py:478} INFO - 10.0.0.12 - "GET /health HTTP/1.1" 200', '{app.py:1744} INFO - Login succeeded for user jane.doe'],
  'dag-processor': ['{processor.py:161} INFO - Processing file /usr/local/airflow/dags/example_etl.py', '{dagbag.py:588} INFO - Filling up the DagBag from /usr/local/airflow/dags'],
  apiserver: ['{routes.py:112} INFO - GET /api/v2/dags 200', '{routes.py:112} INFO - POST /api/v2/dags/example_etl/dagRuns 200'],
};

export const getDeploymentLogs: Behaviour = (context) => {
  const { record: deployment } = itemNamedBy(context, 'deploymentId');
  const query = context.parameters.query as { sources: string[]; limit: number; offset: number; range: number; maxNumResults: number; searchText?: string; searchId?: string; startDate?: string; endDate?: string };
  const endMs = query.endDate ? Date.parse(query.endDate) : context.now().getTime();
  const askedStartMs = query.startDate ? Date.parse(query.startDate) : endMs - query.range * 1000;
  if (askedStartMs > endMs) throw fieldError('endDate', 'endDate must not be before startDate', 'range');
  const startMs = Math.max(askedStartMs, endMs - RETENTION_MS);
  const maxResults = Math.min(query.maxNumResults, MAX_RESULTS);
  const sources = [...new Set(query.sources)];
  const search = query.searchText?.toLowerCase();
  const seed = mixSeed(...Buffer.from(String(deployment.id)).subarray(0, 8));
  const matches: { raw: string; source: string; timestamp: number }[] = [];
  const firstSlot = Math.ceil(startMs / 1000 / STEP_SECONDS);
  for (let slot = firstSlot; slot * STEP_SECONDS * 1000 <= endMs && matches.length < maxResults; slot += 1) {
    for (const [index, source] of sources.entries()) {
      const random = mulberry32(mixSeed(seed, slot, index));
      const seconds = slot * STEP_SECONDS + random.next() * STEP_SECONDS * 0.9;
      const message = random.pick(MESSAGES[source] ?? MESSAGES.scheduler!);
      const raw = `[${new Date(seconds * 1000).toISOString().replace('Z', '+0000')}] ${message}`;
      if (search && !raw.toLowerCase().includes(search)) continue;
      matches.push({ raw, source, timestamp: Math.round(seconds * 1000) / 1000 });
      if (matches.length >= maxResults) break;
    }
  }
  const results = matches.slice(query.offset, query.offset + query.limit);
  const searchId = query.searchId ?? createHash('sha256').update(JSON.stringify([deployment.id, sources, startMs, endMs, search])).digest('hex').slice(0, 24);
  return answer(context, { limit: query.limit, offset: query.offset, maxNumResults: query.maxNumResults, resultCount: results.length, results, searchId });
};
