import type { Carrier } from "./credentials.js";

/**
 * Carries an API key (in a header, the query or a cookie) or HTTP basic credentials
 * (`{ username, password }`), and notes them as secrets: they go only where the token may, and
 * are redacted from error bodies. The generated code hands it with such schemes only.
 */
export const carryCredential: Carrier = (found, kind, name, value) => {
  if (value === undefined) return;
  if (kind === "basic") {
    const { username, password } = value as { username: string; password: string };
    found.authorization = `Basic ${btoa(`${username}:${password}`)}`;
    found.secrets.push(password, found.authorization.slice(6));
  } else {
    const key = String(value);
    found.secrets.push(key);
    // An API key in the Authorization header (Discord's `Bot …`) rides where basic does: the
    // transport sets that header itself on every hop, and would drop it from the headers.
    if (kind === "header" && name.toLowerCase() === "authorization") found.authorization = key;
    else if (kind === "header") found.headers[name] = key;
    else if (kind === "query") found.query[name] = key;
    else found.headers.cookie = `${name}=${key}`;
  }
};
