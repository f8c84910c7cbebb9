// Buffered writing to a stream with backpressure: text is collected up to 64 KiB, then written, and
// the writer waits for 'drain' when the stream asks it to.
export class BufferedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: NodeJS.WritableStream, private readonly limit = 1 << 16) {}

  async write(data: string | Buffer): Promise<void> {
    if (typeof data !== 'string') {
      await this.flush();
      await this.raw(data);
      return;
    }
    this.parts.push(data);
    this.size += data.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.parts.length) return;
    const joined = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.raw(joined);
  }

  private raw(data: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      const written = this.out.write(data, (err) => (err ? reject(err) : undefined));
      if (written) resolve();
      else this.out.once('drain', () => resolve());
    });
  }
}

/** Byte-buffered writer for raw line output (clean files): collects buffers, writes them in 256 KiB pieces. */
export class ByteWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly out: NodeJS.WritableStream, private readonly limit = 1 << 18) {}

  async write(bytes: Uint8Array): Promise<void> {
    this.parts.push(bytes);
    this.size += bytes.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.parts.length) return;
    const buf = Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    await new Promise<void>((resolve, reject) => {
      const written = this.out.write(buf, (err) => (err ? reject(err) : undefined));
      if (written) resolve();
      else this.out.once('drain', () => resolve());
    });
  }
}

/** Ends a file stream and waits until it is closed. */
export function endStream(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
