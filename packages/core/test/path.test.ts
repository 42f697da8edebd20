import { describe, expect, it } from "vitest";
import { json, scriptedFetch, testClient } from "./helpers.js";

describe("path parameters", () => {
  it.each([
    ["a/b", "/things/a%2Fb"],
    ["a?b=1", "/things/a%3Fb%3D1"],
    ["a#frag", "/things/a%23frag"],
    ["../admin", "/things/..%2Fadmin"],
    ["with space", "/things/with%20space"],
    ["100%", "/things/100%25"],
    ["a..b", "/things/a..b"],
  ])("%j stays inside its own segment", async (id, expected) => {
    const { fetch, requests } = scriptedFetch([json({ id })]);
    await testClient(fetch).get(id);
    expect(new URL(requests[0]!.url).pathname).toBe(expected);
    expect(new URL(requests[0]!.url).search).toBe("");
  });
});
