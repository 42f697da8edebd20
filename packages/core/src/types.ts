/**
 * Helpers that read request and response types off openapi-typescript's `operations`, so that a
 * wrapper never re-declares a type by hand: `QueryOf<operations["listProspects"]>`.
 */
export type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? Exclude<Q, undefined> : never;
export type PathOf<Op> = Op extends { parameters: { path?: infer P } } ? Exclude<P, undefined> : never;
export type BodyOf<Op> = Op extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
export type ResponseOf<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends SuccessStatus ? (R[S] extends { content: { "application/json": infer B } } ? B : undefined) : never }[keyof R]
  : never;
