/**
 * Compares every operation of the vendor's v1.0 document with the bundled v1 spec, fact by fact:
 * method and path, tag, permission, parameters, request body, response codes, media types and schemas.
 * Each fact is reported to a sink as equal or different; the test decides which differences are the
 * corrections the project made on purpose.
 */
import { readOperations, resolveRef, type JsonObject, type OperationModel } from '../../src/model/index.ts';
import { compareSchemas, type FactSink } from './compare-schemas.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (values: Iterable<string>) => [...values].sort();

export interface VendorOperation {
  operationId: string;
  method: string;
  path: string;
  operation: JsonObject;
}

export function vendorOperations(vendor: JsonObject): VendorOperation[] {
  return Object.entries<JsonObject>(vendor.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ operationId: item[method].operationId, method: method.toUpperCase(), path, operation: item[method] })),
  );
}

/** Compares one operation; `where` of each fact starts with the operationId. */
export function compareOperation(vendorDoc: JsonObject, specDoc: JsonObject, vendor: VendorOperation, spec: OperationModel, sink: FactSink): void {
  const at = vendor.operationId;
  const docs = { vendorDoc, specDoc };
  const v = vendor.operation;
  sink(`${at} method`, vendor.method === spec.method ? undefined : `vendor ${vendor.method}, spec ${spec.method}`);
  sink(`${at} path`, vendor.path === spec.path ? undefined : `vendor ${vendor.path}, spec ${spec.path}`);
  sink(`${at} tag`, same(v.tags, spec.tags) ? undefined : `vendor ${show(v.tags)}, spec ${show(spec.tags)}`);
  sink(`${at} x-permission`, same(v['x-permission'], spec.raw['x-permission']) ? undefined : `vendor ${show(v['x-permission'])}, spec ${show(spec.raw['x-permission'])}`);
  sink(`${at} security`, same(v.security ?? vendorDoc.security, spec.raw.security ?? specDoc.security) ? undefined : `vendor ${show(v.security)}, spec ${show(spec.raw.security ?? specDoc.security)}`);

  // Parameters: the vendor's, each with its facts; the spec may only add the X-API-Version header.
  const vendorParameters = (v.parameters ?? []).map((p: unknown) => resolveRef(vendorDoc, p));
  const specParameters = spec.parameters.filter((p) => !(p.in === 'header' && p.name === 'X-API-Version'));
  const key = (p: { in: string; name: string }) => `${p.in} ${p.name}`;
  sink(`${at} parameters`, same(sorted(vendorParameters.map(key)), sorted(specParameters.map(key))) ? undefined : `vendor ${show(sorted(vendorParameters.map(key)))}, spec ${show(sorted(specParameters.map(key)))}`);
  sink(`${at} X-API-Version header`, spec.parameters.some((p) => p.in === 'header' && p.name === 'X-API-Version' && !p.required) ? undefined : 'the optional X-API-Version header is missing');
  for (const parameter of vendorParameters) {
    const ours = specParameters.find((p) => key(p) === key(parameter));
    if (!ours) continue;
    const where = `${at} ${parameter.in} parameter ${parameter.name}`;
    sink(`${where} required`, (parameter.required === true) === ours.required ? undefined : `vendor ${show(parameter.required ?? false)}, spec ${show(ours.required)}`);
    // The vendor leaves style and explode at their defaults (form, exploded), as the spec states them.
    const style = parameter.style ?? (parameter.in === 'query' ? 'form' : 'simple');
    sink(`${where} style`, style === ours.style && (parameter.explode ?? style === 'form') === ours.explode ? undefined : `vendor ${style}, spec ${ours.style}/${ours.explode}`);
    compareSchemas(docs, parameter.schema, ours.schema, `${where} schema`, sink);
  }

  // Request body.
  const vBody = v.requestBody && resolveRef(vendorDoc, v.requestBody);
  sink(`${at} request body`, Boolean(vBody) === Boolean(spec.requestBody) ? undefined : `vendor ${show(Boolean(vBody))}, spec ${show(Boolean(spec.requestBody))}`);
  if (vBody && spec.requestBody) {
    sink(`${at} request body required`, (vBody.required === true) === spec.requestBody.required ? undefined : `vendor ${show(vBody.required)}, spec ${show(spec.requestBody.required)}`);
    const vTypes = sorted(Object.keys(vBody.content ?? {}));
    const sTypes = sorted(spec.requestBody.content.map((media) => media.mediaType));
    sink(`${at} request media types`, same(vTypes, sTypes) ? undefined : `vendor ${show(vTypes)}, spec ${show(sTypes)}`);
    for (const media of spec.requestBody.content) {
      if (vBody.content?.[media.mediaType]) compareSchemas(docs, vBody.content[media.mediaType].schema, media.schema, `${at} request ${media.mediaType}`, sink);
    }
  }

  // Responses: codes, then per code the media types and schemas.
  const vCodes = sorted(Object.keys(v.responses ?? {}));
  const sCodes = sorted(spec.responses.map((response) => response.status));
  for (const code of new Set([...vCodes, ...sCodes])) {
    const where = `${at} response ${code}`;
    const vResponse = v.responses?.[code] && resolveRef(vendorDoc, v.responses[code]);
    const sResponse = spec.responses.find((response) => response.status === code);
    sink(`${where}`, vResponse && !sResponse ? 'declared by the vendor, missing in the spec' : !vResponse ? 'added by the spec' : undefined);
    if (!vResponse || !sResponse) continue;
    const vTypes = sorted(Object.keys(vResponse.content ?? {}));
    const sTypes = sorted(sResponse.content.map((media) => media.mediaType));
    sink(`${where} media types`, same(vTypes, sTypes) ? undefined : `vendor ${show(vTypes)}, spec ${show(sTypes)}`);
    for (const media of sResponse.content) {
      if (vResponse.content?.[media.mediaType]) compareSchemas(docs, vResponse.content[media.mediaType].schema, media.schema, `${where} ${media.mediaType}`, sink);
    }
  }
}

/** Compares every vendor operation with the spec's operation of the same operationId. */
export function compareDocuments(vendorDoc: JsonObject, specDoc: JsonObject, sink: FactSink): { vendor: number; spec: number } {
  const specOperations = new Map(readOperations(specDoc).map((operation) => [operation.operationId, operation]));
  const vendor = vendorOperations(vendorDoc);
  for (const operation of vendor) {
    const ours = specOperations.get(operation.operationId);
    sink(`${operation.operationId}`, ours ? undefined : 'missing in the spec');
    if (ours) compareOperation(vendorDoc, specDoc, operation, ours, sink);
  }
  for (const id of specOperations.keys()) if (!vendor.some((operation) => operation.operationId === id)) sink(id, 'not in the vendor document');
  return { vendor: vendor.length, spec: specOperations.size };
}
