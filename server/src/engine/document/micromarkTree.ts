/**
 * A chunk's block and inline structure straight from micromark's events, without
 * mdast-util-from-markdown.
 *
 * Why: the check needs a few node kinds per chunk (headings, paragraphs, lists, block
 * quotes, tables, footnotes, links, HTML, code), and building the full mdast through
 * `unified().use(remarkParse).use(remarkGfm)` cost about as much as markdownlint's whole
 * lint (per call it also re-combines every syntax extension and re-configures the
 * compiler; per event it clones a context object). micromark is the tokenizer that
 * remark-parse is built on, so the syntax, and every CommonMark/GFM decision, is the
 * same: only the tree building (a small part of mdast-util-from-markdown, and of its
 * GFM extensions, mirrored below for the node kinds `analyzeChunk` reads) is ours.
 * unified/remark still builds the real mdast where a tree is wanted (`doc.root`,
 * export). `test/document/micromarkTree.test.ts` holds the two equal on every chunk of
 * the repository's Markdown and on tricky inputs.
 *
 * The nodes have mdast's shapes (so `analyzeChunk`, `InlineText` and
 * `resolveFootnoteCalls` read them unchanged); their positions are micromark's points,
 * of which only `offset` is read.
 */
import type { RootContent } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Event, ParseContext, Point, Token } from 'micromark-util-types';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** A node under construction (mdast shape). */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  position?: { start: Point; end: Point };
  [field: string]: unknown;
}

/**
 * One parser per extension set, made once: `parse()` combines all syntax extensions on
 * every call, which across a document's ~100 chunks cost as much as tokenizing several
 * of them. A parser carries per-document state (definitions seen, lazy lines, GFM
 * footnote labels); `reset` clears it before each chunk.
 *
 * Two of GFM's constructs are left out of a chunk that cannot hold them, because they
 * cost the most while almost never matching in prose: the autolink literal (tried at
 * every letter and digit, it was a third of micromark's time on a submission) needs
 * `www`, `http` or `@` (e-mail, `mailto:`, `xmpp:`), and a table needs a `|` in its
 * delimiter row. Without those characters the parse is the same with or without them
 * (the random-document test in test/document/micromarkTree.test.ts holds it to remark).
 */
const parsers = new Map<string, ParseContext>();
const AUTOLINK_SYNTAX = /www|http|@/i;

function parserFor(source: string, withFrontMatter: boolean): ParseContext {
  const autolink = AUTOLINK_SYNTAX.test(source);
  const table = source.includes('|');
  const key = `${withFrontMatter ? 'F' : ''}${autolink ? 'A' : ''}${table ? 'T' : ''}`;
  let parser = parsers.get(key);
  if (!parser) {
    // The order of micromark-extension-gfm's `gfm()`, minus what this chunk cannot hold.
    const extensions = [
      ...(withFrontMatter ? [frontmatter(['yaml'])] : []),
      ...(autolink ? [gfmAutolinkLiteral()] : []),
      gfmFootnote(),
      gfmStrikethrough(),
      ...(table ? [gfmTable()] : []),
      gfmTaskListItem(),
    ];
    parser = parse({ extensions });
    parsers.set(key, parser);
  }
  return parser;
}

function reset(parser: ParseContext): void {
  parser.defined = [];
  parser.lazy = {};
  (parser as ParseContext & { gfmFootnotes?: string[] }).gfmFootnotes = undefined;
}

const autolinkLiteralTransform = gfmAutolinkLiteralFromMarkdown().transforms![0]!;
/**
 * The autolink-literal transform only rewrites text containing `www`, `http`, or `@`
 * (e-mail, `mailto:`, `xmpp:`); text values can also get those from escapes and
 * character references. Without any of these in the source it has nothing to do.
 */
const AUTOLINK_CANDIDATE = /www|http|[@\\&]/i;

/** Token types whose contents become one leaf node (or nothing): skipped as a whole. */
const LEAF: Record<string, string | null> = {
  definition: 'definition',
  thematicBreak: 'thematicBreak',
  yaml: 'yaml',
  image: 'image',
  tableDelimiterRow: null,
};

/** Parents whose line endings are text (mdast-util-from-markdown's `canContainEols`). */
const EOL_PARENTS = new Set(['emphasis', 'fragment', 'heading', 'paragraph', 'strong', 'delete']);

/** Parses `source` into top-level mdast-shaped nodes. Never throws for any text (micromark does not). */
export function micromarkNodes(source: string, withFrontMatter: boolean): RootContent[] {
  const parser = parserFor(source, withFrontMatter);
  reset(parser);
  const events = postprocess(parser.document().write(preprocess()(source, undefined, true)));
  const root = build(events);
  if (AUTOLINK_CANDIDATE.test(source)) autolinkLiteralTransform(root as never);
  return root.children as unknown as RootContent[];
}

function build(events: readonly Event[]): Node {
  const root: Node = { type: 'root', children: [] };
  const stack: Node[] = [root];
  /** Open list nodes with their open item, by the list token. */
  const lists: Array<{ token: Token; node: Node; item?: Node }> = [];
  let atHardBreak = false;
  let slurpLineEnding = false;
  let inTable = false;
  /** The code node whose value is being collected, and whether its opening fence is past. */
  let code: { node: Node; inside: boolean; value: string } | undefined;
  /** An html node's value being collected. */
  let html: Node | undefined;
  let characterReferenceType: string | undefined;
  /** The escape or character reference being read: its text starts at its `\\` or `&`. */
  let reference: Token | undefined;

  const top = (): Node => stack[stack.length - 1]!;
  const pos = (t: Token): { start: Point; end: Point } => ({ start: t.start, end: t.end });
  const open = (node: Node, t: Token): void => {
    node.position = { start: t.start, end: t.end };
    top().children!.push(node);
    stack.push(node);
  };
  const close = (t: Token): void => {
    const node = stack.pop()!;
    node.position!.end = t.end;
  };
  /** Text `value` over `[start, t.end)` into the current parent, merged with a text just before it. */
  const text = (value: string, t: Token, start: Point = t.start): void => {
    const siblings = top().children!;
    const tail = siblings[siblings.length - 1];
    if (tail !== undefined && tail.type === 'text') {
      tail.value += value;
      tail.position = { start: tail.position!.start, end: t.end };
    } else {
      siblings.push({ type: 'text', value, position: { start, end: t.end } });
    }
  };
  /** The first token of `type` inside `t`, whose enter is at `i`. */
  const inside = (i: number, t: Token, type: string): Token | undefined => {
    for (let j = i + 1; j < events.length && events[j]![1] !== t; j++) if (events[j]![1].type === type) return events[j]![1];
    return undefined;
  };
  /** Skips from the enter of `t` at `i` to its exit; returns the exit's index. */
  const skip = (i: number, t: Token): number => {
    let j = i + 1;
    while (j < events.length && events[j]![1] !== t) j++;
    return j;
  };

  for (let i = 0; i < events.length; i++) {
    const [kind, token, context] = events[i]!;
    const type = token.type as string;

    if (code !== undefined) {
      // Inside fenced or indented code: only its value matters.
      if (kind === 'exit' && token === code.node.token) {
        const value = code.node.type === 'fenced' ? code.value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '') : code.value.replace(/(\r?\n|\r)$/g, '');
        code.node.type = 'code';
        code.node.value = value;
        delete code.node.token;
        close(token);
        code = undefined;
      } else if (kind === 'exit' && type === 'codeFencedFence') {
        code.inside = true;
      } else if (kind === 'exit' && code.inside && (type === 'codeFlowValue' || type === 'lineEnding')) {
        code.value += context.sliceSerialize(token);
      }
      continue;
    }
    if (html !== undefined) {
      if (kind === 'exit' && token === html.token) {
        delete html.token;
        close(token);
        html = undefined;
      } else if (kind === 'exit' && (type === 'htmlFlowData' || type === 'htmlTextData' || type === 'lineEnding')) {
        html.value += context.sliceSerialize(token);
      }
      continue;
    }

    if (kind === 'enter') {
      const leaf = LEAF[type];
      if (leaf !== undefined) {
        const j = skip(i, token);
        if (leaf !== null) top().children!.push({ type: leaf, position: pos(token) });
        i = j;
        continue;
      }
      switch (type) {
        case 'paragraph':
          open({ type: 'paragraph', children: [] }, token);
          break;
        case 'atxHeading':
        case 'setextHeading':
          open({ type: 'heading', depth: 0, children: [] }, token);
          break;
        case 'blockQuote':
          open({ type: 'blockquote', children: [] }, token);
          break;
        case 'listOrdered':
        case 'listUnordered': {
          const node: Node = { type: 'list', ordered: type === 'listOrdered', start: null, children: [] };
          open(node, token);
          lists.push({ token, node });
          break;
        }
        case 'listItemPrefix': {
          const list = lists[lists.length - 1];
          if (list !== undefined && top() === (list.item ?? list.node)) {
            if (list.item !== undefined) stack.pop();
            list.item = { type: 'listItem', checked: null, children: [] };
            open(list.item, token);
          }
          break;
        }
        case 'listItemValue': {
          const list = lists[lists.length - 1];
          if (list !== undefined && list.node.start === null) list.node.start = Number.parseInt(context.sliceSerialize(token), 10);
          break;
        }
        case 'table':
          open({ type: 'table', align: ((token as Token & { _align?: string[] })._align ?? []).map((a) => (a === 'none' ? null : a)), children: [] }, token);
          inTable = true;
          break;
        case 'tableRow':
          open({ type: 'tableRow', children: [] }, token);
          break;
        case 'tableHeader':
        case 'tableData':
          open({ type: 'tableCell', children: [] }, token);
          break;
        case 'gfmFootnoteDefinition':
          open({ type: 'footnoteDefinition', identifier: '', label: '', children: [] }, token);
          break;
        case 'gfmFootnoteDefinitionLabelString': {
          const node = top();
          node.identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
          node.label = decodeString(context.sliceSerialize(token));
          i = skip(i, token);
          break;
        }
        case 'codeFenced':
        case 'codeIndented': {
          const node: Node = { type: type === 'codeFenced' ? 'fenced' : 'indented', token, value: '' };
          open(node, token);
          code = { node, inside: type === 'codeIndented', value: '' };
          break;
        }
        case 'htmlFlow':
        case 'htmlText': {
          html = { type: 'html', token, value: '' };
          open(html, token);
          break;
        }
        case 'emphasis':
          open({ type: 'emphasis', children: [] }, token);
          break;
        case 'strong':
          open({ type: 'strong', children: [] }, token);
          break;
        case 'strikethrough':
          open({ type: 'delete', children: [] }, token);
          break;
        case 'codeText':
          open({ type: 'inlineCode', value: '' }, token);
          break;
        case 'codeTextData':
          top().value += context.sliceSerialize(token);
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing':
          top().children!.push({ type: 'break', position: pos(token) });
          atHardBreak = true;
          i = skip(i, token);
          break;
        case 'link':
        case 'autolink':
        case 'literalAutolink':
          open({ type: 'link', title: null, url: '', children: [] }, token);
          break;
        case 'label':
          // The link text is built in a fragment, then becomes the link's children.
          stack.push({ type: 'fragment', children: [] });
          break;
        case 'labelText': {
          const link = stack[stack.length - 2]!;
          link.identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
          break;
        }
        case 'resource': {
          const link = top();
          link.resource = true;
          const destination = inside(i, token, 'resourceDestinationString');
          if (destination !== undefined) link.url = decodeString(context.sliceSerialize(destination));
          i = skip(i, token);
          break;
        }
        case 'reference': {
          // `[text][label]`; a collapsed `[text][]` keeps the identifier of its text.
          const label = inside(i, token, 'referenceString');
          if (label !== undefined) top().identifier = normalizeIdentifier(context.sliceSerialize(label)).toLowerCase();
          i = skip(i, token);
          break;
        }
        case 'autolinkProtocol':
        case 'literalAutolinkHttp':
          text(context.sliceSerialize(token), token);
          top().url = context.sliceSerialize(token);
          break;
        case 'autolinkEmail':
        case 'literalAutolinkEmail':
          text(context.sliceSerialize(token), token);
          top().url = `mailto:${context.sliceSerialize(token)}`;
          break;
        case 'literalAutolinkWww':
          text(context.sliceSerialize(token), token);
          top().url = `http://${context.sliceSerialize(token)}`;
          break;
        case 'gfmFootnoteCall': {
          const node: Node = { type: 'footnoteReference', identifier: '', label: '', position: pos(token) };
          const label = inside(i, token, 'gfmFootnoteCallString');
          if (label !== undefined) {
            node.identifier = normalizeIdentifier(context.sliceSerialize(label)).toLowerCase();
            node.label = decodeString(context.sliceSerialize(label));
          }
          top().children!.push(node);
          i = skip(i, token);
          break;
        }
        case 'data':
          text(context.sliceSerialize(token), token);
          break;
        case 'characterEscape':
          reference = token;
          break;
        case 'characterEscapeValue':
          text(context.sliceSerialize(token), token, reference?.start);
          break;
        case 'characterReference':
          characterReferenceType = undefined;
          reference = token;
          break;
        case 'characterReferenceMarkerNumeric':
        case 'characterReferenceMarkerHexadecimal':
          characterReferenceType = type;
          break;
        case 'characterReferenceValue': {
          const value = characterReferenceType
            ? decodeNumericCharacterReference(context.sliceSerialize(token), characterReferenceType === 'characterReferenceMarkerNumeric' ? 10 : 16)
            : decodeNamedCharacterReference(context.sliceSerialize(token));
          // The text runs over the whole reference, `&` to `;`.
          if (reference !== undefined) text(value === false ? '' : value, reference);
          else text(value === false ? '' : value, token);
          break;
        }
        case 'taskListCheckValueChecked':
        case 'taskListCheckValueUnchecked': {
          const item = lists[lists.length - 1]?.item;
          if (item !== undefined) item.checked = type === 'taskListCheckValueChecked';
          break;
        }
        default:
          break;
      }
      continue;
    }

    // exit
    switch (type) {
      case 'paragraph': {
        taskListParagraph(stack, lists[lists.length - 1]?.item);
        close(token);
        break;
      }
      case 'atxHeadingSequence': {
        const heading = top();
        if (!heading.depth) heading.depth = context.sliceSerialize(token).length;
        break;
      }
      case 'setextHeadingText':
        slurpLineEnding = true;
        break;
      case 'setextHeadingLineSequence':
        top().depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        break;
      case 'setextHeading':
        slurpLineEnding = false;
        close(token);
        break;
      case 'atxHeading':
      case 'blockQuote':
      case 'tableRow':
      case 'tableHeader':
      case 'tableData':
      case 'gfmFootnoteDefinition':
      case 'emphasis':
      case 'strong':
      case 'strikethrough':
      case 'autolink':
      case 'literalAutolink':
        close(token);
        break;
      case 'table':
        close(token);
        inTable = false;
        break;
      case 'listOrdered':
      case 'listUnordered': {
        const list = lists.pop()!;
        if (list.item !== undefined && top() === list.item) stack.pop();
        close(token);
        break;
      }
      case 'codeText': {
        const node = top();
        if (inTable) node.value = node.value!.replace(/\\([\\|])/g, (m: string, c: string) => (c === '|' ? c : m));
        close(token);
        break;
      }
      case 'label': {
        const fragment = stack.pop()!;
        top().children = fragment.children;
        break;
      }
      case 'link': {
        const node = top();
        if (node.resource === true) {
          delete node.resource;
          delete node.identifier;
        } else {
          node.type = 'linkReference';
          delete node.url;
          delete node.title;
        }
        close(token);
        break;
      }
      case 'lineEnding': {
        const parent = top();
        if (atHardBreak) {
          const tail = parent.children![parent.children!.length - 1]!;
          tail.position = { start: tail.position!.start, end: token.end };
          atHardBreak = false;
        } else if (parent.type === 'inlineCode') {
          parent.value += context.sliceSerialize(token);
        } else if (!slurpLineEnding && EOL_PARENTS.has(parent.type)) {
          text(context.sliceSerialize(token), token);
        }
        break;
      }
      default:
        break;
    }
  }
  return root;
}

/** mdast-util-gfm-task-list-item: the first paragraph of a checked/unchecked item loses the space after the box. */
function taskListParagraph(stack: readonly Node[], item: Node | undefined): void {
  const node = stack[stack.length - 1]!;
  const parent = stack[stack.length - 2];
  if (parent === undefined || parent !== item || typeof item.checked !== 'boolean') return;
  const head = node.children![0];
  if (head === undefined || head.type !== 'text') return;
  if (item.children!.find((c) => c.type === 'paragraph') !== node) return;
  head.value = head.value!.slice(1);
  if (head.value.length === 0) node.children!.shift();
  else {
    const s = head.position!.start;
    head.position = { start: { ...s, column: s.column + 1, offset: s.offset + 1 }, end: head.position!.end };
    node.position = { start: head.position.start, end: node.position!.end };
  }
}
