// Placeholder: the language server entry point (replaced by the LSP adapter).
export {};
