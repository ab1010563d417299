/**
 * The navigation of a document: its tags (name, description) gathered in the groups of the
 * `x-tagGroups` extension, each with its operations. Every tag an operation uses must sit in exactly
 * one group, since readers such as Redoc hide the operations of a tag no group lists.
 */
import { SpecModelError, type OperationModel } from './operations.ts';
import type { JsonObject } from './resolve.ts';

export interface TagModel {
  name: string;
  description: string;
  /** The operations whose first tag this is, in document order. */
  operations: OperationModel[];
}

export interface TagGroupModel {
  name: string;
  tags: TagModel[];
}

/**
 * The groups of `x-tagGroups` with their tags and operations. Without `x-tagGroups`, one group named
 * after the document's title holds every tag. Throws SpecModelError for a used tag in no group, a tag
 * in two groups, or a grouped tag that is never declared under `tags`.
 */
export function readTagGroups(document: JsonObject, operations: OperationModel[]): TagGroupModel[] {
  const declared = new Map<string, string>((document.tags ?? []).map((tag: JsonObject) => [String(tag.name), String(tag.description ?? '')]));
  const used = [...new Set(operations.map((operation) => operation.tag))];
  const groups: { name: string; tags: string[] }[] = Array.isArray(document['x-tagGroups'])
    ? document['x-tagGroups'].map((group: JsonObject) => ({ name: String(group.name), tags: (group.tags ?? []).map(String) }))
    : [{ name: String(document.info?.title ?? 'Operations'), tags: [...new Set([...declared.keys(), ...used])] }];
  const home = new Map<string, string>();
  for (const group of groups) {
    for (const tag of group.tags) {
      const other = home.get(tag);
      if (other) throw new SpecModelError(`x-tagGroups: tag ${tag} is in both "${other}" and "${group.name}"`);
      if (!declared.has(tag)) throw new SpecModelError(`x-tagGroups: group "${group.name}" lists tag ${tag}, which the document does not declare under tags`);
      home.set(tag, group.name);
    }
  }
  const orphans = used.filter((tag) => !home.has(tag));
  if (orphans.length) throw new SpecModelError(`x-tagGroups: no group lists the tag${orphans.length > 1 ? 's' : ''} ${orphans.join(', ')}, so ${orphans.length > 1 ? 'their' : 'its'} operations would be hidden`);
  return groups.map((group) => ({
    name: group.name,
    tags: group.tags.map((name) => ({ name, description: declared.get(name) ?? '', operations: operations.filter((operation) => operation.tag === name) })),
  }));
}
