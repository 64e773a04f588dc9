/**
 * Recommending States from the parenthesis that ends a recommendation ("… (Norway);",
 * "(Latvia, Norway, Czech Republic)", "(Iran (Islamic Republic of))"), and the split of
 * items that group several texts, each closed by its own State parenthesis (2009-era
 * items, and some 2013 ones): "Accede to the Rome Statute (Liechtenstein); Further align
 * … (Italy); …". Names are read leniently (typos, lost commas, inverted ISO forms), because
 * the reports are typed by hand and the text editions are damaged.
 */
import { editDistance } from '../../model/editDistance';
import { allStates, resolveState, stateKey } from '../../model/states';

export interface TextPart {
  /** The recommendation without its State parenthesis and final punctuation. */
  text: string;
  /** Canonical names (resolveState) or, when the table does not know one, the raw name. */
  states: string[];
  /** Names in the parenthesis the State table does not know. */
  unresolved: UnresolvedName[];
}

/** A recommending State the table does not know: kept raw, or read as a near name. */
export interface UnresolvedName {
  raw: string;
  readAs?: string;
}

interface Group {
  start: number;
  end: number; // index of the closing parenthesis
}

/** Depth-0 parenthesised groups, nested ones kept inside ("Iran (Islamic Republic of)"). */
function topLevelGroups(text: string): Group[] {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i });
    }
  }
  return groups;
}

/** Splits at depth-0 commas (and ";" typos), so "Iran (Islamic Republic of), Chile" gives two. */
function splitNames(content: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of content) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if ((c === ',' || c === ';') && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  const pieces = out.map((s) => s.replace(/^\s*(?:and\s+)?/i, '').replace(/[\s.]+$/, '').trim()).filter((s) => s !== '');
  // The inverted ISO form splits at its comma: "Iran, Islamic Republic of" is one name.
  const merged: string[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && /\bof$/i.test(p) && !resolveState(p) && resolveState(`${prev}, ${p}`)) merged[merged.length - 1] = `${prev}, ${p}`;
    else if (prev !== undefined && /^(?:Islamic Republic|Bolivarian Republic|Plurinational State|Federated States|Republic)\b/i.test(p) && !resolveState(p)) merged[merged.length - 1] = `${prev}, ${p}`;
    else merged.push(...(p.includes('/') && p.split('/').every((x) => resolveState(x)) ? p.split('/') : [p]));
  }
  return merged;
}

function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  // Capitalised words with lower-case connectors; acronyms ("CEDAW", "OP-CAT") are not States.
  return (
    words.length <= 10 &&
    !/\d/.test(s) &&
    /^\p{Lu}/u.test(s) &&
    !words.some((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) &&
    words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(?:and|of|the|an|de|d'|du|des|la|le)$/i.test(w) || /^of\)$/.test(w))
  );
}

let fuzzyKeys: { key: string; name: string }[] | undefined;

/**
 * A misspelt State ("United Sates", "Trinidad an Tobago", "Bolivia (Purinational State
 * of)"): the nearest table name within two edits, for names long enough to be unambiguous.
 */
function fuzzyState(name: string): string | undefined {
  const key = stateKey(name);
  if (key.length < 6) return undefined;
  fuzzyKeys ??= allStates().flatMap((e) => [e.name, e.officialName, ...e.variants, ...(e.commonName ? [e.commonName] : [])].map((n) => ({ key: stateKey(n), name: e.name })));
  let best: string | undefined;
  // Two edits, three for long names ("United Kingdom of the Great Britain and …").
  let bestD = key.length >= 20 ? 4 : 3;
  for (const k of fuzzyKeys) {
    if (Math.abs(k.key.length - key.length) >= bestD) continue;
    const d = editDistance(key, k.key, bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = k.name;
    }
  }
  return best;
}


/** "United Kingdom France" (a comma lost in the source) → ["United Kingdom", "France"]. */
function segmentNames(piece: string): string[] | undefined {
  const words = piece.split(/\s+/);
  if (words.length < 2) return undefined;
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const head = words.slice(0, cut).join(' ');
    if (!resolveState(head)) continue;
    const tail = words.slice(cut).join(' ');
    if (resolveState(tail)) return [head, tail];
    const rest = segmentNames(tail);
    if (rest) return [head, ...rest];
  }
  return undefined;
}

export interface StateList {
  states: string[];
  unresolved: UnresolvedName[];
}

/**
 * The States of a parenthesis' content, or undefined if it is not a State list.
 * `lenient`: the parenthesis ends the text, so names the State table does not know are
 * accepted when they look like names (typos, variants); elsewhere all must resolve.
 * "(None)", which some 2008 reports print, is an empty list.
 */
export function parseStateList(content: string, lenient: boolean): StateList | undefined {
  if (/^\s*(?:none|n\/?a)\s*$/i.test(content)) return { states: [], unresolved: [] };
  const names: string[] = [];
  for (const piece of splitNames(content)) {
    if (resolveState(piece)) names.push(piece);
    else if (/\band\b/.test(piece) && piece.split(/\s+and\s+/).every((h) => resolveState(h))) {
      names.push(...piece.split(/\s+and\s+/)); // "Norway and Sweden", not "Trinidad and Tobago"
    } else names.push(...(segmentNames(piece) ?? [piece]));
  }
  if (names.length === 0) return undefined;
  const states: string[] = [];
  const unresolved: UnresolvedName[] = [];
  let known = 0;
  const add = (n: string): void => {
    if (!states.includes(n)) states.push(n);
  };
  for (const n of names) {
    const s = resolveState(n);
    if (s) {
      known++;
      add(s.name);
      continue;
    }
    if (!looksLikeName(n)) return undefined;
    // "Bolivia (Plurinational Republic of)": a wrong qualifier; the name before it decides.
    const bare = /^([^()]+?)\s*\(/.exec(n)?.[1];
    const near = fuzzyState(n) ?? (bare !== undefined ? resolveState(bare)?.name : undefined);
    if (near) {
      unresolved.push({ raw: n, readAs: near });
      add(near);
    } else {
      unresolved.push({ raw: n });
      add(n);
    }
  }
  if (known === names.length || lenient) return { states, unresolved };
  return undefined;
}

/** Terminal punctuation and stray spaces around a recommendation text. */
function tidy(text: string): string {
  // A stray "(" before the State parenthesis ("children ((Iran (Islamic Republic of));") goes too.
  return text.replace(/^[\s;,.:/]+/, '').replace(/[\s;,.:/(]+$/, '').replace(/\s+/g, ' ');
}

/** A short piece that cannot stand alone: it ends where its object should come ("Consider becoming a party to"). */
const FRAGMENT_END = /\b(?:to|of|the|a|an|and|or|for|with|on|in|its|their|by|at|from|as)$/i;

/**
 * Splits an item's text into its recommendations and names their States.
 *
 * A State parenthesis closes one recommendation when more text follows after ";" or ".",
 * or a new capitalised sentence that has its own State parenthesis; after ":" comes the
 * State's comment, which is dropped ("(Canada): The Dominican Republic does not accept
 * …"). A piece that would be a single word or end in a dangling word is not cut off
 * ("Sign (Australia)/Ratify (Argentina, …)/Become a party (Montenegro) …", "Consider
 * becoming a party to (Turkey); the possibility of …"); nor are the "/"-joined clusters
 * of 2013, which read as one recommendation with verb-level attribution.
 *
 * State parentheses inside a recommendation name States that made (part of) it: "Ratify
 * CPED (Azerbaijan, Argentina) as soon as possible (Greece)", "Fulfil its voluntary pledge
 * (Latvia) and issue (Norway) and implement (Czech Republic) a standing invitation …".
 * They join its recommending States, in text order. The text keeps them, except when no
 * parenthesis closes the recommendation: then they are taken out, as the text edition of
 * A/HRC/11/20 prints that very recommendation with the States at the end.
 */
export function splitRecommendations(itemText: string): TextPart[] {
  // Footnote calls after the parenthesis: "(Djibouti)2;", "(Belgium) 1;", "(Belgium); 1".
  const text = itemText
    .trim()
    .replace(/\)\s?(\d{1,2})(?=\s*[;.,:]|\s*$)/g, ')')
    .replace(/\)\s*([;.,])\s*\d{1,2}$/, ')$1');
  const parts: TextPart[] = [];
  let from = 0;
  let inner: StateList[] = [];
  let innerGroups: Group[] = [];
  const close = (body: string, list: StateList): void => {
    const states: string[] = [];
    for (const l of [...inner, list]) for (const st of l.states) if (!states.includes(st)) states.push(st);
    parts.push({ text: body, states, unresolved: [...inner, list].flatMap((l) => l.unresolved) });
    inner = [];
    innerGroups = [];
  };
  for (const g of topLevelGroups(text)) {
    if (g.start < from) continue;
    const content = text.slice(g.start + 1, g.end);
    const after = text.slice(g.end + 1);
    const atEnd = /^[\s;,.)]*$/.test(after);
    const comment = /^\s*:\s*\p{Lu}/u.test(after);
    const sepLength = /^\s*[;.,]?/.exec(after)![0].length;
    const body = tidy(text.slice(from, g.start));
    // A parenthesis right after the one that closed the previous recommendation:
    // "Ratify ICCPR and ICESCR (Brazil) (Guatemala)", "Ratify CPED (France, Iraq) (Poland)".
    const prev = parts[parts.length - 1];
    if (body === '' && prev && inner.length === 0) {
      const list = parseStateList(content, true);
      if (list) {
        for (const st of list.states) if (!prev.states.includes(st)) prev.states.push(st);
        prev.unresolved.push(...list.unresolved);
        if (atEnd || comment) return parts;
        from = g.end + 1 + sepLength;
        continue;
      }
    }
    // A new capitalised sentence (not an acronym: "Ratify CEDAW (Australia), CAT (…)")
    // that has its own State parenthesis.
    const capital = /^\s*,?\s+\p{Lu}\p{Ll}/u.test(after) && /\)[\s;,.]*$/.test(after);
    const consecutive = /^\s*,?\s*\(/.test(after);
    const boundary = atEnd || comment || consecutive || /^\s*[;.]\s*\S/.test(after) || capital;
    const list = parseStateList(content, atEnd || comment || consecutive);
    if (!list) continue;
    const words = body.split(' ').length;
    const fragment = !atEnd && !comment && (words === 1 || (words <= 6 && FRAGMENT_END.test(body)));
    if (!boundary || body === '' || fragment) {
      if (parseStateList(content, false)) {
        inner.push(list);
        innerGroups.push(g);
      }
      continue;
    }
    close(body, list);
    if (atEnd || comment) return parts;
    from = g.end + 1 + sepLength;
  }
  let rest = text.slice(from);
  // An unbalanced parenthesis earlier in the text ("(ICERD, in line with … (Peru)") hides
  // the closing State group from the depth count: take the innermost final group.
  const last = /\(([^()]*(?:\([^()]*\))?[^()]*)\)[\s;,.]*$/.exec(rest);
  if (last) {
    // "… (Iran (Islamic Republic of);": the outer parenthesis never closes.
    const open = /\(([^()]+)$/.exec(rest.slice(0, last.index));
    const whole = open ? `${open[1]!.trim()} (${last[1]})` : undefined;
    const useWhole = whole !== undefined && resolveState(whole) !== undefined;
    const list = parseStateList(useWhole ? whole : last[1]!, true);
    const body = tidy(rest.slice(0, useWhole ? open!.index : last.index));
    if (list && body !== '') {
      close(body, list);
      rest = '';
    }
  }
  if (tidy(rest) !== '' && innerGroups.length > 0) {
    // No parenthesis closes it: the States stand after the verbs (see above).
    let body = '';
    let at = from;
    for (const g of innerGroups) {
      body += text.slice(at, g.start);
      at = g.end + 1;
    }
    body += text.slice(at);
    close(tidy(body.replace(/\s+([,;.])/g, '$1')), { states: [], unresolved: [] });
    return parts;
  }
  rest = tidy(rest);
  // "COMMENTS: The Government of Bolivia recognizes …": the State's answer, not a recommendation.
  if (/^(?:comments?|response|explanation)\s*:/i.test(rest)) rest = '';
  if (rest !== '') parts.push({ text: rest, states: [], unresolved: [] });
  return parts;
}
