/** The JSON side of an operation's bodies: the simulator reads and answers `application/json` only. */
import type { JsonObject, OperationModel } from '@astro-api/openapi';

type Content = OperationModel['success']['content'];

/** The JSON media type of a body, where it has one. */
export const jsonMedia = (content: Content | undefined) => content?.find((media) => media.mediaType === 'application/json');

/** The schema of an operation's JSON success body. */
export const jsonSchemaOf = (operation: OperationModel | undefined): JsonObject | undefined => jsonMedia(operation?.success.content)?.schema;

/** The schema of an operation's JSON request body. */
export const requestSchemaOf = (operation: OperationModel): JsonObject | undefined => jsonMedia(operation.requestBody?.content)?.schema;
