/**
 * What bench/checker.ts times of our engine, bundled by esbuild as the server and CLI
 * ship it (see `loadEngine` there).
 */
export { checkSubmission } from '../server/src/engine/check/checkSubmission';
export { clearSentenceMemos } from '../server/src/engine/check/sentenceMemo';
export { DEFAULT_SETTINGS } from '../server/src/engine/check/settings';
export { loadBundledDataset } from '../server/src/engine/dataset/bundledDataset';
export { RecommendationStore } from '../server/src/engine/dataset/recommendationStore';
export { parseSubmission, SubmissionParseCache } from '../server/src/engine/document';
