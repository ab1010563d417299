/** Request bodies, responses and the media types they carry. */
import { levelOf } from './classify.ts';
import { report, sameJson, type DiffContext } from './context.ts';
import { isObject } from './refs.ts';
import { diffSchema } from './schema.ts';
import { diffAnnotations } from './schema-keywords.ts';
import type { Direction, Json } from './types.ts';

const objectAt = (value: unknown): Json => (isObject(value) ? value : {});

/** Compares the `content` maps of a request body, response or parameter. */
export function diffContent(context: DiffContext, before: Json, after: Json, location: string, direction: Direction): void {
  const [was, now] = [objectAt(before), objectAt(after)];
  const consequence = direction === 'request' ? 'callers that send it are no longer served' : 'clients that read it no longer get it';
  for (const type of Object.keys(was)) {
    if (!(type in now)) report(context, `${location} ${type}`, 'breaking', 'media-type-removed', `media type removed: ${consequence}`);
  }
  for (const type of Object.keys(now)) {
    const at = `${location} ${type}`;
    if (!(type in was)) {
      report(context, at, 'feature', 'media-type-added', 'media type added');
      continue;
    }
    const [wasMedia, nowMedia] = [objectAt(was[type]), objectAt(now[type])];
    diffSchema(context, wasMedia.schema ?? {}, nowMedia.schema ?? {}, `${at} body`, direction);
    if (!sameJson(wasMedia.encoding, nowMedia.encoding)) {
      report(context, at, levelOf(direction, 'changed'), 'encoding-changed', 'encoding changed');
    }
    // Named examples may be $refs to components.examples: compare what they point to.
    const resolveExamples = (media: Json, side: 'before' | 'after') =>
      Object.fromEntries(Object.entries(objectAt(media.examples)).map(([name, example]) => [name, (side === 'before' ? context.resolveBefore : context.resolveAfter)(example).node]));
    diffAnnotations(context, { ...wasMedia, examples: resolveExamples(wasMedia, 'before') }, { ...nowMedia, examples: resolveExamples(nowMedia, 'after') }, at, ['example', 'examples']);
  }
}

export function diffRequestBody(context: DiffContext, beforeNode: unknown, afterNode: unknown, operation: string): void {
  if (beforeNode === undefined && afterNode === undefined) return;
  const location = `${operation} request`;
  const before = context.resolveBefore(beforeNode).node;
  const after = context.resolveAfter(afterNode).node;
  if (beforeNode === undefined) {
    const required = after.required === true;
    report(context, location, required ? 'breaking' : 'feature', required ? 'request-body-added-required' : 'request-body-added', `${required ? 'required' : 'optional'} request body added`);
    return;
  }
  if (afterNode === undefined) {
    report(context, location, 'breaking', 'request-body-removed', 'request body removed');
    return;
  }
  if (before.required !== true && after.required === true) report(context, location, 'breaking', 'request-body-required', 'request body is now required');
  if (before.required === true && after.required !== true) report(context, location, 'feature', 'request-body-optional', 'request body is no longer required');
  diffAnnotations(context, before, after, location, ['description']);
  diffContent(context, objectAt(before.content), objectAt(after.content), location, 'request');
}

const isSuccess = (status: string) => /^2(\d\d|XX)$/i.test(status);

function diffHeaders(context: DiffContext, beforeNode: unknown, afterNode: unknown, location: string): void {
  const lower = (headers: unknown) => new Map(Object.entries(objectAt(headers)).map(([name, header]) => [name.toLowerCase(), { name, header }]));
  const [was, now] = [lower(beforeNode), lower(afterNode)];
  for (const [key, { name }] of was) {
    if (!now.has(key)) report(context, `${location} header ${name}`, 'breaking', 'response-header-removed', 'response header removed');
  }
  for (const [key, { name, header }] of now) {
    const at = `${location} header ${name}`;
    if (!was.has(key)) {
      report(context, at, 'feature', 'response-header-added', 'response header added');
      continue;
    }
    const before = context.resolveBefore(was.get(key)!.header).node;
    const after = context.resolveAfter(header).node;
    if (before.required === true && after.required !== true) report(context, at, 'breaking', 'response-header-optional', 'response header is no longer required');
    if (before.required !== true && after.required === true) report(context, at, 'feature', 'response-header-required', 'response header is now always sent');
    diffAnnotations(context, before, after, at, ['description', 'example', 'examples']);
    diffSchema(context, before.schema ?? {}, after.schema ?? {}, at, 'response');
    if (before.content || after.content) diffContent(context, objectAt(before.content), objectAt(after.content), at, 'response');
  }
}

export function diffResponses(context: DiffContext, beforeNode: unknown, afterNode: unknown, operation: string): void {
  const [was, now] = [objectAt(beforeNode), objectAt(afterNode)];
  const hadSuccess = Object.keys(was).some(isSuccess);
  for (const status of Object.keys(was)) {
    if (status in now) continue;
    const success = isSuccess(status);
    report(context, `${operation} response ${status}`, success ? 'breaking' : 'feature', 'response-status-removed', `${success ? 'success' : 'error'} response removed`);
  }
  for (const status of Object.keys(now)) {
    const location = `${operation} response ${status}`;
    if (!(status in was)) {
      // openapi-fetch types `data` as the union of the 2xx bodies: one more success shape widens it.
      const breaking = isSuccess(status) && hadSuccess;
      report(context, location, breaking ? 'breaking' : 'feature', 'response-status-added', 'response added', breaking ? 'the typed `data` of the call becomes a union with this body' : undefined);
      continue;
    }
    const before = context.resolveBefore(was[status]).node;
    const after = context.resolveAfter(now[status]).node;
    diffAnnotations(context, before, after, location, ['description']);
    diffHeaders(context, before.headers, after.headers, location);
    diffContent(context, objectAt(before.content), objectAt(after.content), location, 'response');
  }
}
