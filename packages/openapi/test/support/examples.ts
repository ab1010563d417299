/** Every example of a version (parameters, headers, request bodies, responses) with the schema it must satisfy, read through the operation model. */
import type { OperationModel } from '../../src/index.ts';

export interface ExampleCase {
  /** Where the example sits, for test names and failure messages. */
  location: string;
  mediaType: string | null;
  schema: object;
  value: unknown;
}

export function collectExamples(operations: OperationModel[]): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const operation of operations) {
    const where = `${operation.method} ${operation.path}`;
    for (const parameter of operation.parameters) {
      if (parameter.example !== undefined) cases.push({ location: `${where} parameter ${parameter.name}`, mediaType: null, schema: parameter.schema, value: parameter.example });
    }
    for (const media of operation.requestBody?.content ?? []) {
      for (const example of media.examples) cases.push({ location: `${where} request ${media.mediaType} (${example.name})`, mediaType: media.mediaType, schema: media.schema ?? {}, value: example.value });
    }
    for (const response of operation.responses) {
      for (const media of response.content) {
        for (const example of media.examples) cases.push({ location: `${where} ${response.status} ${media.mediaType} (${example.name})`, mediaType: media.mediaType, schema: media.schema ?? {}, value: example.value });
      }
      for (const header of response.headers) {
        if (header.example !== undefined) cases.push({ location: `${where} ${response.status} header ${header.name}`, mediaType: null, schema: header.schema, value: header.example });
      }
    }
  }
  return cases;
}
