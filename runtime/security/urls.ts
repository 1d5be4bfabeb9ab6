/**
 * Redaction of credentials that URLs can carry — userinfo
 * (`https://user:secret@host`) and query strings (`?api-key=…`) — in any text
 * the gateway prints: start-up banner, /health, config and reload errors, logs.
 */

/** `scheme://userinfo@` and the query of every URL in a text. */
const URL_RE = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@"'<>]*@)?([^\s?#"'<>]*)(\?[^\s#"'<>]*)?/gi;

/**
 * `text` with every URL's userinfo replaced by `[redacted]@` and its query by `?[redacted]`.
 * @example redactUrls('bad https://u:p@h/v1?key=s') === 'bad https://[redacted]@h/v1?[redacted]'
 */
export function redactUrls(text: string): string {
  return text.replace(URL_RE, (_m, scheme: string, user: string | undefined, rest: string, query: string | undefined) =>
    `${scheme}${user ? '[redacted]@' : ''}${rest}${query ? '?[redacted]' : ''}`);
}
