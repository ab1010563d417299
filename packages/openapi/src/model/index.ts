/** The operation model of a bundled document, without file access or validation (any runtime). */
export { componentName, pointerTarget, resolveRef, type JsonObject } from './resolve.ts';
export { schemaShape, shapeFor, unionBranch, type SchemaShape } from './schemas.ts';
export {
  HTTP_METHODS,
  helperNames,
  operationEntries,
  readOperations,
  serverOf,
  SpecModelError,
  type ExampleModel,
  type HeaderModel,
  type HttpMethod,
  type MediaTypeModel,
  type OperationEntry,
  type OperationModel,
  type PaginationModel,
  type ParameterModel,
  type RequestBodyModel,
  type ResponseModel,
  type SdkName,
} from './operations.ts';
export { readTagGroups, type TagGroupModel, type TagModel } from './tag-groups.ts';
