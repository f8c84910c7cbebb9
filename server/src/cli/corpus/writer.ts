// Buffered writing to a stream with backpressure: text is collected up to 64 KiB, then written, and
// the writer waits for 'drain' when the stream asks it to.
export class BufferedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: NodeJS.WritableStream, private readonly limit = 1 << 16) {}

  async write(s: string | Buffer): Promise<void> {
    if (typeof s !== 'string') {
      await this.flush();
      await this.raw(s);
      return;
    }
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.parts.length) return;
    const s = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.raw(s);
  }

  private raw(s: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      const ok = this.out.write(s, (err) => (err ? reject(err) : undefined));
      if (ok) resolve();
      else this.out.once('drain', () => resolve());
    });
  }
}

/** Byte-buffered writer for raw line output (clean files): collects buffers, writes them in 256 KiB pieces. */
export class ByteWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly out: NodeJS.WritableStream, private readonly limit = 1 << 18) {}

  async write(b: Uint8Array): Promise<void> {
    this.parts.push(b);
    this.size += b.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.parts.length) return;
    const buf = Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    await new Promise<void>((resolve, reject) => {
      const ok = this.out.write(buf, (err) => (err ? reject(err) : undefined));
      if (ok) resolve();
      else this.out.once('drain', () => resolve());
    });
  }
}

/** Ends a file stream and waits until it is closed. */
export function endStream(s: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    s.once('error', reject);
    s.end(() => resolve());
  });
}
