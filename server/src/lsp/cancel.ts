// Request cancellation: a request the client cancels ($/cancelRequest) while it still waits in the
// server's queue (behind a check of a big pair, say) is answered "cancelled" at once and never run.
import { LSPErrorCodes, type ConnectionOptions } from 'vscode-languageserver/node';

export const CONNECTION_OPTIONS: ConnectionOptions = {
  connectionStrategy: {
    cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as { id?: number | string }).id ?? null, error: { code: LSPErrorCodes.RequestCancelled, message: 'request cancelled before it ran' } }),
  },
};
