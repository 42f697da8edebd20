/** Request and response types read off openapi-typescript's `operations`, so wrappers never re-declare them: `QueryOf<operations["listLeads"]>`. */
export type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? Exclude<Q, undefined> : never;
export type PathOf<Op> = Op extends { parameters: { path?: infer P } } ? Exclude<P, undefined> : never;
export type BodyOf<Op> = Op extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
