/**
 * Path parameters. `encodeURIComponent` alone is not enough: it leaves `.` alone, and URL
 * parsers treat a `.` or `..` segment (also spelled `%2e%2e`) as a directory move, while an
 * empty value drops the segment. Those values are refused; everything else is percent-encoded,
 * so `/`, `?`, `#`, `%`, spaces and non-ASCII stay inside their own segment.
 */
export function serializePath(url: string, params: Record<string, unknown>): string {
  return url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    const text = String(value ?? "");
    if (value == null || text === "" || text === "." || text === "..") {
      throw new TypeError(
        `path parameter ${name} ${value == null ? "is required" : `must not be ${JSON.stringify(text)}: it would change the request path`}`,
      );
    }
    return encodeURIComponent(text); // throws URIError for lone surrogates
  });
}
