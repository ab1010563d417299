/**
 * Structural comparison of a vendor (OpenAPI 3.0) schema with the spec's (3.1) one: every fact that
 * matters to a caller (type, format, enum, limits, default, required, properties, items, oneOf and the
 * discriminator) is compared after following `$ref`s on both sides, so component names and the spec's
 * extracted enums do not count. `nullable: true` in the vendor's document equals a type list with "null".
 */
import { resolveRef, type JsonObject } from '../../src/model/index.ts';

export interface FactSink {
  /** Called for every fact compared; `differs` is a readable difference or undefined when equal. */
  (where: string, differs: string | undefined): void;
}

const LIMITS = ['format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'default'] as const;

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The set of types a schema admits, with "null" for a vendor `nullable`, or undefined when untyped. */
function typesOf(schema: JsonObject, vendor: boolean): string[] | undefined {
  if (schema.type === undefined) return undefined;
  const types = Array.isArray(schema.type) ? [...schema.type] : [schema.type];
  if (vendor && schema.nullable === true) types.push('null');
  return types.sort();
}

function enumOf(schema: JsonObject, vendor: boolean): unknown[] | undefined {
  if (!schema.enum) return undefined;
  const values = [...schema.enum];
  if (vendor && schema.nullable === true && !values.includes(null)) values.push(null);
  return values.map((value) => JSON.stringify(value)).sort();
}

export interface SchemaPair {
  vendorDoc: JsonObject;
  specDoc: JsonObject;
}

/**
 * Compares `vendorNode` with `specNode`, reporting each fact to `sink` under `where`. Pairs of references
 * already under comparison further up are not entered again (recursive schemas).
 */
export function compareSchemas(docs: SchemaPair, vendorNode: unknown, specNode: unknown, where: string, sink: FactSink, active = new Set<string>()): void {
  const pairKey = `${(vendorNode as JsonObject)?.$ref ?? ''}|${(specNode as JsonObject)?.$ref ?? ''}`;
  if (pairKey !== '|' && active.has(pairKey)) return;
  active.add(pairKey);
  try {
    const vendor = resolveRef(docs.vendorDoc, vendorNode) ?? {};
    const spec = resolveRef(docs.specDoc, specNode) ?? {};
    const vt = typesOf(vendor, true);
    const st = typesOf(spec, false);
    // The spec may leave `type` off a oneOf union; the vendor states `object` there.
    if (!(vendor.oneOf && st === undefined)) sink(`${where} type`, same(vt, st) ? undefined : `vendor ${show(vt)}, spec ${show(st)}`);
    sink(`${where} enum`, same(enumOf(vendor, true), enumOf(spec, false)) ? undefined : `vendor ${show(vendor.enum)}, spec ${show(spec.enum)}`);
    for (const key of LIMITS) {
      if (vendor[key] !== undefined || spec[key] !== undefined) sink(`${where} ${key}`, same(vendor[key], spec[key]) ? undefined : `vendor ${show(vendor[key])}, spec ${show(spec[key])}`);
    }
    const vRequired = [...(vendor.required ?? [])].sort();
    const sRequired = [...(spec.required ?? [])].sort();
    if (vRequired.length || sRequired.length) sink(`${where} required`, same(vRequired, sRequired) ? undefined : `vendor ${show(vRequired)}, spec ${show(sRequired)}`);
    const vProps = Object.keys(vendor.properties ?? {}).sort();
    const sProps = Object.keys(spec.properties ?? {}).sort();
    if (vProps.length || sProps.length) sink(`${where} properties`, same(vProps, sProps) ? undefined : `vendor ${show(vProps)}, spec ${show(sProps)}`);
    for (const name of vProps) if (spec.properties?.[name]) compareSchemas(docs, vendor.properties[name], spec.properties[name], `${where}.${name}`, sink, active);
    if (vendor.items || spec.items) {
      if (!vendor.items || !spec.items) sink(`${where} items`, `vendor ${show(Boolean(vendor.items))}, spec ${show(Boolean(spec.items))}`);
      else compareSchemas(docs, vendor.items, spec.items, `${where}[]`, sink, active);
    }
    const vAdditional = vendor.additionalProperties;
    const sAdditional = spec.additionalProperties;
    if (vAdditional !== undefined || sAdditional !== undefined) {
      if (typeof vAdditional === 'object' && typeof sAdditional === 'object') compareSchemas(docs, vAdditional, sAdditional, `${where}{}`, sink, active);
      else sink(`${where} additionalProperties`, same(vAdditional, sAdditional) ? undefined : `vendor ${show(vAdditional)}, spec ${show(sAdditional)}`);
    }
    if (vendor.oneOf || spec.oneOf) {
      const [v, s] = [vendor.oneOf ?? [], spec.oneOf ?? []];
      sink(`${where} oneOf`, v.length === s.length ? undefined : `vendor ${v.length} variants, spec ${s.length}`);
      v.forEach((variant: unknown, index: number) => s[index] && compareSchemas(docs, variant, s[index], `${where}|${index}`, sink, active));
      const vd = vendor.discriminator ?? {};
      const sd = spec.discriminator ?? {};
      sink(`${where} discriminator`, vd.propertyName === sd.propertyName ? undefined : `vendor ${show(vd.propertyName)}, spec ${show(sd.propertyName)}`);
      const mappingOf = (mapping: JsonObject | undefined) => Object.fromEntries(Object.entries(mapping ?? {}).map(([key, ref]) => [key, String(ref).split('/').pop()]));
      sink(`${where} discriminator mapping`, same(mappingOf(vd.mapping), mappingOf(sd.mapping)) ? undefined : `vendor ${show(mappingOf(vd.mapping))}, spec ${show(mappingOf(sd.mapping))}`);
    }
  } finally {
    active.delete(pairKey);
  }
}
