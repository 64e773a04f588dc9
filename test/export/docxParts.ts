/** Test helper: a .docx unzipped (jszip, the zip library docx itself uses) into the XML parts tests assert on. */
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  endnotes: string;
  numbering: string;
  styles: string;
  documentRels: string;
}

export async function docxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  return {
    document: await read('word/document.xml'),
    endnotes: await read('word/endnotes.xml'),
    numbering: await read('word/numbering.xml'),
    styles: await read('word/styles.xml'),
    documentRels: await read('word/_rels/document.xml.rels'),
  };
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of a WordprocessingML fragment: its `w:t` runs joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
}

export interface DocxParagraph {
  xml: string;
  text: string;
  style?: string;
  numId?: string;
}

/** The paragraphs (`w:p`) of a part, in order, with their style, list and text. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const p: DocxParagraph = { xml: m[0], text: textOf(m[0]) };
    const style = /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1];
    if (style !== undefined) p.style = style;
    const numId = /<w:numId w:val="([^"]+)"/.exec(m[0])?.[1];
    if (numId !== undefined) p.numId = numId;
    return p;
  });
}

/** The endnotes with an id ≥ 1 (−1 and 0 are Word's separators), by id, with their text. */
export function endnotesOf(xml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const m of xml.matchAll(/<w:endnote w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:endnote>/g)) {
    const id = Number(m[1]);
    if (id >= 1) notes.set(id, textOf(m[2]!).trim());
  }
  return notes;
}

export function count(haystack: string, needle: string | RegExp): number {
  return typeof needle === 'string' ? haystack.split(needle).length - 1 : [...haystack.matchAll(new RegExp(needle, 'g'))].length;
}
