export { parseUprInfoCsv } from './parseCsv';
export { looksLikeUprInfoCsv } from './layouts';
export { mergeUprInfo, matchScore, DEFAULT_THRESHOLD, DEFAULT_MARGIN, type MergeOptions } from './merge';
export { textSimilarity, normaliseForMatch } from './similarity';
export type {
  UprInfoRow,
  UprInfoResponse,
  UprInfoLayout,
  UprInfoParseResult,
  UprInfoMergeReport,
  UprInfoMatch,
  UnmatchedUprInfoRow,
  UnmatchedReason,
} from './types';
