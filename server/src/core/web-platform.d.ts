// The only platform globals the pure core may use: the WHATWG Encoding API, present in Node, browsers
// and workers alike. `server/src/core/tsconfig.json` type-checks the core with these declarations and
// no Node types, so an import of `fs`, `node:*` or a use of `Buffer`/`process` under core fails
// `npm test`. (The root tsconfig excludes this file: there @types/node declares the same globals.)

interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}

declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}

declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};
