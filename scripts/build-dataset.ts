/**
 * `npm run data:build`: regenerates the bundled dataset from the real UN data in
 * ../shared/data (or --data DIR): every Working Group report (262 texts 2008–2012/2014
 * and the 42 PDFs of 2013; azerbaijan2009 exists in both forms and is read once, from
 * the PDF, with the text checked to agree), merged with the UPR Info exports for final
 * responses, issues and action categories. Writes data/recommendations.compact.json.br.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCompactDataset, BUNDLED_DATASET_FILE } from '../server/src/engine/dataset/bundledDataset';
import { importWgReportPdf, importWgReportText } from '../server/src/engine/importers/wgReport';
import { mergeUprInfo, parseUprInfoCsv, type UprInfoRow } from '../server/src/engine/importers/uprInfo';
import { isProvisionalReviewKey, type Recommendation, type Review } from '../server/src/engine/model/recommendation';
import type { ImportResult } from '../server/src/engine/importers/importResult';

const repo = path.resolve(__dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string', default: path.resolve(repo, '..', 'shared', 'data') }, out: { type: 'string', default: path.join(repo, 'data', BUNDLED_DATASET_FILE) } } });
const dataDir = path.resolve(values.data);

async function main(): Promise<void> {
  const t0 = performance.now();
  const txtDir = path.join(dataDir, 'wg-reports', 'txt');
  const pdfDir = path.join(dataDir, 'wg-reports', 'pdf');
  const pdfs = fs.readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort();
  const pdfStems = new Set(pdfs.map((f) => f.replace(/\.pdf$/, '')));
  const txts = fs.readdirSync(txtDir).filter((f) => f.endsWith('.txt')).sort();

  const reviews: Review[] = [];
  const recommendations: Recommendation[] = [];
  const relative = (f: string): string => path.relative(dataDir, f).split(path.sep).join('/');
  const add = (r: ImportResult): void => {
    reviews.push(...r.reviews);
    recommendations.push(...r.recommendations);
  };
  let textDuplicates = 0;
  const notes: string[] = [];
  const byHash = new Map<string, string>();
  for (const f of txts) {
    const full = path.join(txtDir, f);
    const bytes = fs.readFileSync(full);
    // guinea2014.txt is a byte-for-byte copy of guinea2010.txt in the source data: the
    // copy is reported and left out rather than imported as a second 2010 review.
    const hash = createHash('sha256').update(bytes).digest('hex');
    const original = byHash.get(hash);
    if (original) {
      notes.push(`${f} is a byte-for-byte copy of ${original}: left out (the real ${f.replace(/\.txt$/, '')} report is not in the data)`);
      continue;
    }
    byHash.set(hash, f);
    const result = importWgReportText(bytes, relative(full));
    if (pdfStems.has(f.replace(/\.txt$/, ''))) {
      textDuplicates++;
      continue; // the PDF is the original; the text is only used by the tests' cross-check
    }
    add(result);
  }
  for (const f of pdfs) {
    const full = path.join(pdfDir, f);
    add(await importWgReportPdf(fs.readFileSync(full), relative(full)));
  }
  const tReports = performance.now();

  const seen = new Map<string, string>();
  for (const r of reviews) {
    const prev = seen.get(r.document);
    if (prev) throw new Error(`two reports claim ${r.document}: ${prev} and ${r.provenance.file}`);
    seen.set(r.document, r.provenance.file);
  }

  const csvDir = path.join(dataDir, 'upr-info-export');
  const rows: UprInfoRow[] = [];
  let pledges = 0;
  for (const f of fs.readdirSync(csvDir).filter((x) => x.endsWith('.csv')).sort()) {
    const full = path.join(csvDir, f);
    const parsed = parseUprInfoCsv(fs.readFileSync(full), relative(full));
    for (const row of parsed.rows) {
      // Voluntary pledges are the State's own commitments, not recommendations: no ID to give them.
      if (row.response === 'voluntary-pledge') pledges++;
      else rows.push(row);
    }
  }
  const merge = mergeUprInfo(recommendations, rows);
  const tMerge = performance.now();

  const out = path.resolve(values.out);
  const description = `UPR Working Group reports 2008–2014 (${reviews.length} reviews) with UPR Info responses; built by npm run data:build`;
  const size = writeCompactDataset(out, { version: 1, description, reviews, recommendations });
  const tEnd = performance.now();

  const responses: Record<string, number> = {};
  for (const r of recommendations) responses[r.response.value] = (responses[r.response.value] ?? 0) + 1;
  const provisional = reviews.filter((r) => isProvisionalReviewKey(r.document)).length;
  const lines = [
    `reports imported: ${reviews.length} (${txts.length - textDuplicates - notes.length} text, ${pdfs.length} PDF; ${textDuplicates} text duplicate(s) of a PDF read from the PDF)`,
    ...notes,
    `report symbols: ${reviews.length - provisional} printed in the source, ${provisional} not (keyed UPR-WG<session>-<ISO3> until the report is imported with its symbol)`,
    `recommendations: ${recommendations.length} records, ${new Set(recommendations.map((r) => `${r.document}#${r.id}`)).size} distinct (report, ID) pairs`,
    `responses: ${Object.entries(responses).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    `UPR Info rows: ${rows.length} recommendations (+${pledges} voluntary pledges left out); matched ${merge.matchedRows} (${(merge.matchRate * 100).toFixed(1)}%), ${merge.recordsTouched} records updated`,
    `written: ${path.relative(repo, out)}: ${(size.bytes / 1024).toFixed(0)} KiB (compact JSON ${(size.jsonBytes / 1024 / 1024).toFixed(1)} MiB before Brotli)`,
    `time: reports ${((tReports - t0) / 1000).toFixed(1)} s, UPR Info merge ${((tMerge - tReports) / 1000).toFixed(1)} s, write ${((tEnd - tMerge) / 1000).toFixed(1)} s`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`data:build failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
