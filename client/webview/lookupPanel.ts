// The lookup panel's webview script (placeholder: being written).
export {};
