import { type CallOptions, type ClientOptions, createClient } from "../src/index.js";

/** A tiny API used by the core tests: one collection with get, list, create and delete. */
export interface TestPaths {
  "/things": {
    get: { parameters: { query?: { page?: number } }; responses: { 200: { content: { "application/json": { items: string[] } } } } };
    post: {
      parameters: Record<string, never>;
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 201: { content: { "application/json": { id: string } } } };
    };
  };
  "/things/{id}": {
    get: { parameters: { path: { id: string } }; responses: { 200: { content: { "application/json": { id: string } } } } };
    delete: { parameters: { path: { id: string } }; responses: { 204: { content?: never } } };
  };
}

export type Step = Response | Error | ((request: Request) => Response | Error | Promise<Response | Error>);

/**
 * A fetch that answers from a script, one step per call, and records every request it saw. Like
 * a real fetch, it reads `fetch(request, init)` as `new Request(request, init)`, so the request
 * a step sees carries `init.signal`.
 */
export function scriptedFetch(steps: Step[]) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    requests.push(request);
    const step = steps[Math.min(requests.length - 1, steps.length - 1)];
    if (step === undefined) throw new Error("no scripted step");
    const outcome = typeof step === "function" ? await step(request) : step;
    if (outcome instanceof Error) throw outcome;
    return outcome.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** A client over the test API with instant retries, so tests don't wait for backoff. */
export function testClient(fetch: (request: Request, init?: RequestInit) => Promise<Response>, options: Partial<ClientOptions> = {}) {
  const { raw, call, callVoid } = createClient<TestPaths>({
    baseUrl: "https://api.test",
    token: "tok-CANARY-123456",
    fetch,
    ...options,
    retry: { delayMs: () => 0, ...options.retry },
  });
  return {
    raw,
    list: (o?: CallOptions) => call((init) => raw.GET("/things", init), o),
    get: (id: string, o?: CallOptions) => call((init) => raw.GET("/things/{id}", { params: { path: { id } }, ...init }), o),
    create: (name: string, o?: CallOptions) => call((init) => raw.POST("/things", { body: { name }, ...init }), o),
    remove: (id: string, o?: CallOptions) => callVoid((init) => raw.DELETE("/things/{id}", { params: { path: { id } }, ...init }), o),
  };
}
