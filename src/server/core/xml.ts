// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab, newline and
// carriage return; lone surrogates; U+FFFE and U+FFFF. People paste them from other tools.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe in an element or a quoted attribute, for every XML export (the schedule, the
 * outcome's Akoma Ntoso, the tracker's feed): nothing a text says can become markup.
 */
export const escapeXml = (value: string) => value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
