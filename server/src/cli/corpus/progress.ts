// Progress on stderr: a line redrawn in place when stderr is a terminal, plain periodic lines
// otherwise (every 5 s), nothing for runs shorter than that when not a terminal.
export class Progress {
  private last = 0;
  private readonly t0 = performance.now();
  private readonly tty: boolean;
  private drawn = false;

  constructor(
    private readonly err: NodeJS.WritableStream,
    private readonly enabled = true,
    /** What is counted: 'lines' (line pairs) or 'pairs' (document pairs). */
    private readonly unit = 'lines',
  ) {
    this.tty = !!(err as NodeJS.WriteStream).isTTY;
  }

  update(lines: number, findings: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    const every = this.tty ? 200 : 5000;
    if (now - this.last < every) return;
    this.last = now;
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? Math.round(lines / secs) : 0;
    const unitName = this.unit;
    const text = `${lines.toLocaleString('en-US')} ${unitName}, ${findings.toLocaleString('en-US')} findings, ${rate.toLocaleString('en-US')} ${unitName}/s, ${secs.toFixed(1)} s`;
    if (this.tty) {
      this.err.write(`\r\x1b[K${text}`);
      this.drawn = true;
    } else if (secs >= 5) this.err.write(`bitext: ${text}\n`);
  }

  done(): void {
    if (this.drawn) this.err.write('\r\x1b[K');
    this.drawn = false;
  }
}
