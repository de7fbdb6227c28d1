/** The host check alone: where credentials may go, given the client's options and the spec's servers. */
import { describe, expect, it } from "vitest";
import { UnsafeRequestError } from "../src/index.js";
import { createHostCheck, expandServer, type ServerTemplate } from "../src/runtime/host-check.js";

const SERVERS: ServerTemplate[] = [
  ["https://{host}/api", { host: "upload.example.com" }],
  ["/relative", {}],
];
const SPEC_HOSTS = ["api.example.com", "*.files.example.com"];
const allows = (check: (url: URL) => void, url: string) => {
  try {
    check(new URL(url));
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(UnsafeRequestError);
    return false;
  }
};

describe("createHostCheck", () => {
  it.each([
    [{}, "https://api.example.com/x", true],
    [{}, "https://upload.example.com/x", true], // the server variable's default
    [{}, "https://a.files.example.com/x", true], // a wildcard of the spec's hosts
    [{}, "https://files.example.com.evil.org/x", false],
    [{}, "https://evil.org/x", false],
    [{}, "http://api.example.com/x", false],
    [{}, "https://user@api.example.com/x", false],
    [{ serverVariables: { host: "eu.example.org" } }, "https://eu.example.org/x", true],
    [{ serverVariables: { host: "eu.example.org" } }, "https://upload.example.com/x", false],
    [{ allowedHosts: [] }, "https://api.example.com/x", false], // the spec's list is replaced…
    [{ allowedHosts: [] }, "https://upload.example.com/x", true], // …its servers stay trusted
    [{ allowedHosts: ["other.org"] }, "https://other.org/x", true],
  ])("%j: %s → %s", (options, url, allowed) => {
    expect(allows(createHostCheck(options, undefined, SERVERS, SPEC_HOSTS), url)).toBe(allowed);
  });

  it("trusts a loopback baseUrl over plain http, and only its origin", () => {
    const base = new URL("http://127.0.0.1:8080/api");
    const check = createHostCheck({}, base, SERVERS, SPEC_HOSTS);
    expect(allows(check, "http://127.0.0.1:8080/api/x")).toBe(true);
    expect(allows(check, "http://127.0.0.1:9090/api/x")).toBe(false);
    expect(allows(check, "https://upload.example.com/x")).toBe(false); // a baseUrl replaces the servers
  });

  it("refuses a plain-http baseUrl that is not loopback, naming its origin", () => {
    expect(() =>
      createHostCheck({}, new URL("http://upload.example.com/api"), SERVERS, SPEC_HOSTS),
    ).toThrow("baseUrl must be https, got http://upload.example.com");
  });

  it("expands server variables from the caller, else their defaults", () => {
    expect(expandServer(SERVERS[0]!, undefined)).toBe("https://upload.example.com/api");
    expect(expandServer(SERVERS[0]!, { host: "h.org" })).toBe("https://h.org/api");
  });
});
