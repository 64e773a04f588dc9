import { endnoteMarkerNumbers } from '../../document/endnoteMarkers';
import type { Finding, Rule } from '../ruleTypes';

/** Footnote references without a definition, and definitions never referenced. */
export const footnoteRule: Rule = {
  id: 'footnote',
  defaultSeverity: 'warning',
  description: 'A footnote reference without a definition, or an endnote that nothing refers to.',
  check({ doc }) {
    const findings: Finding[] = [];
    const referenced = new Set(doc.footnoteReferences.map((r) => r.identifier));
    // "<sup>7</sup>", "¹²", "[3]" in the text refer to "[^7]:", "[^12]:", "[^3]:" (drafts converted from Word keep both).
    for (const b of doc.blocks) for (const s of b.sentences) for (const c of s.citations) if (c.kind === 'endnote-marker') for (const n of endnoteMarkerNumbers(c.text)) referenced.add(n);
    for (const r of doc.footnoteReferences) {
      if (r.defined) continue;
      findings.push({
        range: r.range,
        message: `Endnote [^${r.label}] is referred to but not defined: add "[^${r.label}]: <source>" to the endnotes.`,
        data: { label: r.label },
        fixes: [
          {
            title: `Add endnote [^${r.label}]`,
            edits: [{ range: { start: doc.text.length, end: doc.text.length }, newText: `${doc.text.endsWith('\n') ? '' : '\n'}\n[^${r.label}]: \${1:source}\n` }],
            snippet: true,
            isPreferred: true,
          },
        ],
      });
    }
    for (const d of doc.footnoteDefinitions) {
      if (referenced.has(d.identifier)) continue;
      findings.push({
        range: { start: d.range.start, end: Math.min(d.range.end, d.range.start + d.label.length + 4) },
        message: `Endnote [^${d.label}] is never referred to in the text.`,
        data: { label: d.label },
      });
    }
    return findings;
  },
};
