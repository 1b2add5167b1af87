/**
 * Remembers a setting for a year in a cookie the server reads when it renders the next page
 * (the language, the time zone); never anything secret. The Cookie Store API is not in every
 * browser the app serves, so document.cookie it is.
 */
export function rememberForServer(name: string, value: string) {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain setting, in every browser (see above).
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}
