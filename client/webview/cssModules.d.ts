// The stylesheet is imported for esbuild, which writes it beside the bundle
// (dist/webview/lookupPanel.css); it exports nothing.
declare module '*.css';
