// Placeholder: the VS Code client (replaced by the real client).
export function activate(): void {}
export function deactivate(): void {}
