import { parse } from 'node-html-parser';

/**
 * Plain text of a UHRI "Text" cell: tags removed with a real HTML parser (block elements
 * and <br> become breaks, entities such as &amp; &#39; &rsquo; &nbsp; decoded), then all
 * whitespace collapsed to single spaces. Text without markup passes through with only its
 * entities decoded.
 */
export function htmlToText(html: string): string {
  const text = /[<&]/.test(html)
    ? parse(html, { blockTextElements: { script: false, style: false, noscript: false } }).structuredText
    : html;
  // Non-breaking and soft hyphens as the plain forms the reports' text layer has.
  return text.replace(/[\u2010\u2011]/g, '-').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}
