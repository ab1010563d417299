/**
 * Types of the resource helpers, computed from the generated operation table and the generated
 * `operations` interface: a new operation in the spec becomes a typed method without new code.
 */

/** One row of the generated operation table (src/generated/<version>.operations.ts). */
export interface OperationEntry {
  readonly method: string;
  readonly path: string;
  readonly resource: string;
  readonly name: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly body: boolean;
  readonly idempotent: boolean;
  readonly response: 'json' | 'ndjson';
  readonly pageItems: string | null;
}

export type OperationTable = Readonly<Record<string, OperationEntry>>;

/** Per-call options, the last argument of every helper. */
export interface RequestOptions {
  /** Aborts the call, its retries and its backoff sleeps; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Items of every page, fetched as they are consumed; `return()` (or `break`) stops the walk. */
export interface PageIterator<T> extends AsyncGenerator<T, void, undefined> {
  /** Collects every item; only for lists known to be small. */
  toArray(): Promise<T[]>;
}

/** Extra option of `<name>All`: items per request (1 to 1000, default 100). */
export interface PageSizeOption {
  pageSize?: number;
}

type QueryOf<Op> = Op extends { parameters: { query?: infer Query } } ? Exclude<Query, undefined> : never;
type BodyOf<Op> = Op extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;
type SuccessOf<Op> = Op extends { responses: infer Responses }
  ? 200 extends keyof Responses
    ? Responses[200]
    : 201 extends keyof Responses
      ? Responses[201]
      : never
  : never;
type JsonOf<Op> = SuccessOf<Op> extends { content: { 'application/json': infer Data } } ? Data : void;
type NdjsonOf<Op> = SuccessOf<Op> extends { content: { 'application/x-ndjson': infer Event } } ? Event : unknown;

/** One string per path parameter; mapping over a type parameter keeps the tuple a tuple. */
type Strings<Names extends readonly string[]> = { -readonly [K in keyof Names]: string };
type PathArgs<E extends OperationEntry> = Strings<E['pathParams']>;
type QueryArg<E extends OperationEntry, Query> = E['queryParams'] extends readonly [] ? [] : {} extends Query ? [query?: Query] : [query: Query];
type Args<E extends OperationEntry, Op, Query = QueryOf<Op>> = [
  ...PathArgs<E>,
  ...(E['body'] extends true ? [body: BodyOf<Op>] : []),
  ...QueryArg<E, Query>,
  options?: RequestOptions,
];

type PageQuery<Op> = Omit<QueryOf<Op>, 'offset' | 'limit'> & PageSizeOption;
type PageItem<E extends OperationEntry, Op> = E['pageItems'] extends keyof JsonOf<Op>
  ? JsonOf<Op>[E['pageItems']] extends readonly (infer Item)[]
    ? Item
    : never
  : never;

type Helper<E extends OperationEntry, Op> = E['response'] extends 'ndjson'
  ? (...args: Args<E, Op>) => AsyncGenerator<NdjsonOf<Op>, void, undefined>
  : (...args: Args<E, Op>) => Promise<JsonOf<Op>>;

type ExtraName<E extends OperationEntry> = E['pageItems'] extends string
  ? `${E['name']}All`
  : E['response'] extends 'ndjson'
    ? `${E['name']}Raw`
    : never;

type Extra<E extends OperationEntry, Op> = E['pageItems'] extends string
  ? (...args: Args<E, Op, PageQuery<Op>>) => PageIterator<PageItem<E, Op>>
  : (...args: Args<E, Op>) => Promise<ReadableStream<Uint8Array>>;

type OperationOf<Ops, K> = K extends keyof Ops ? Ops[K] : never;

/** `astro.<resource>.<helper>` for every operation of a table; `Ops` is the generated `operations` interface. */
export type Resources<Table extends OperationTable, Ops> = {
  [R in Table[keyof Table]['resource']]: {
    [K in keyof Table as Table[K]['resource'] extends R ? Table[K]['name'] : never]: Helper<Table[K], OperationOf<Ops, K>>;
  } & {
    [K in keyof Table as Table[K]['resource'] extends R ? ExtraName<Table[K]> : never]: Extra<Table[K], OperationOf<Ops, K>>;
  };
};
