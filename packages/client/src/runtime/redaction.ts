/**
 * `text` with each secret replaced by `[redacted]`: everywhere when the secret is long enough
 * to be nothing else (8 characters and more; real tokens are dozens), and only where a shorter
 * one stands as a whole word (not inside a run of letters and digits), so that a token `"t"`
 * never turns `not_found` into `no[redacted]_found`, while `Bearer t` is still redacted.
 */
export const redacted = (text: string, secrets: Array<string | undefined>): string =>
  secrets.reduce<string>(
    (result, secret) =>
      secret
        ? result
            .split(secret)
            .reduce(
              (out, part) =>
                out +
                (secret.length > 7 || !(/[a-z\d]$/i.test(out) || /^[a-z\d]/i.test(part))
                  ? "[redacted]"
                  : secret) +
                part,
            )
        : result,
    text,
  );
