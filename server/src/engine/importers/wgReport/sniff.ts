/**
 * Cheap recognition of a Working Group report's text, for format auto-detection. It
 * tolerates the extraction's damage to the title ("UniversalPeriodic Review", "Report of
 * the Working on the …") and looks only at the start of a file, where the title block and
 * the introduction (which cites the review's A/HRC/WG.6/… documents) are: two of the
 * three signs are enough.
 */
export function looksLikeWgReportText(text: string): boolean {
  const head = text.slice(0, 30000);
  const title = /Report\s+of\s+the\s+Working\s*(?:Group\s*)?on\s+the\s*Universal\s*Periodic\s*Review/i.test(head);
  const wgDocs = /A\/HRC\/WG\.6\/\d+\//.test(head);
  const intro = /Working Group on the Universal Periodic Review[^.]{0,200}held its [\w-]+(?:\s[\w-]+)?\s+session/i.test(head.replace(/\s+/g, ' '));
  return [title, wgDocs, intro].filter(Boolean).length >= 2;
}
