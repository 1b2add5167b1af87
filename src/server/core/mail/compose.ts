import type { Language } from '../../../shared/text.js';
import { escapeXml } from '../xml.js';
import type { Attachment, Block, Rendered } from './templates.js';

/** A mail ready to send: its subject, a plain-text part, an HTML part, its files. */
export interface Composed {
  subject: string;
  text: string;
  html: string;
  attachments: readonly Attachment[];
}

const blocksOf = (rendered: Rendered): readonly Block[] =>
  rendered.body !== undefined ? rendered.body : rendered.text.trim().split(/\n{2,}/);

const factsText = (block: Exclude<Block, string>) => block.facts.map((f) => `${f.label}: ${f.value}`).join('\n');

/** The plain-text part: a template's text as written, or its blocks apart by blank lines. */
const plainText = (rendered: Rendered) =>
  rendered.body !== undefined
    ? `${rendered.body.map((b) => (typeof b === 'string' ? b : factsText(b))).join('\n\n')}\n`
    : rendered.text;

// An address in running text; the full stop or bracket after it is the sentence's, not the link's.
const URL = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Text as HTML: every character escaped, each web address a link to itself, line breaks kept. */
export function inlineHtml(value: string): string {
  let html = '';
  let last = 0;
  for (const match of value.matchAll(URL)) {
    const url = match[0];
    html += `${escapeXml(value.slice(last, match.index))}<a href="${escapeXml(url)}">${escapeXml(url)}</a>`;
    last = match.index + url.length;
  }
  return (html + escapeXml(value.slice(last))).replace(/\n/g, '<br>\n');
}

const blockHtml = (block: Block) =>
  typeof block === 'string'
    ? `<p style="margin:0 0 16px">${inlineHtml(block)}</p>`
    : `<dl style="margin:0 0 16px">\n${block.facts.map((f) => `<dt style="font-weight:600">${inlineHtml(f.label)}</dt><dd style="margin:0 0 8px">${inlineHtml(f.value)}</dd>`).join('\n')}\n</dl>`;

// Inline styles only: many mail readers drop <style>. One column, readable type, the reader's colours otherwise.
const STYLE = {
  body: 'margin:0;padding:24px 12px;background:#f4f4f5;color:#18181b;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
  main: 'max-width:600px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px',
};

/** The HTML part: a small accessible page in the mail's language, the subject as its title and heading. */
function htmlPart(rendered: Rendered, language: Language): string {
  const subject = escapeXml(rendered.subject);
  const body = blocksOf(rendered).map(blockHtml).join('\n');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
</head>
<body style='${STYLE.body}'>
<main style="${STYLE.main}">
<h1 style="font-size:20px;margin:0 0 16px">${subject}</h1>
${body}
</main>
</body>
</html>
`;
}

/** Both parts of a mail from what its template wrote. */
export function compose(rendered: Rendered, language: Language): Composed {
  return {
    subject: rendered.subject,
    text: plainText(rendered),
    html: htmlPart(rendered, language),
    attachments: rendered.attachments ?? [],
  };
}
