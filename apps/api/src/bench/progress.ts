/**
 * One status line per phase. On a terminal the line is rewritten in place with the phase number,
 * a bar and the elapsed time; elsewhere (CI logs, pipes) each finished phase prints one line.
 */
export interface Progress {
  phase<T>(label: string, work: () => Promise<T>): Promise<T>;
  done(message: string): void;
  /** One more phase than announced (replacing earlier data). */
  addPhase(): void;
}

const BAR = 24;

export function createProgress(phases: number, out: NodeJS.WriteStream = process.stdout): Progress {
  let total = phases;
  const started = Date.now();
  let current = 0;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const line = (label: string, state: string) => {
    const filled = Math.round((current / total) * BAR);
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${current}/${total} ${label} ${state}`;
  };
  return {
    async phase(label, work) {
      const at = Date.now();
      if (out.isTTY) out.write(`\r\x1b[2K${line(label, '…')}`);
      const result = await work();
      current += 1;
      const state = `(${seconds(Date.now() - at)}, total ${seconds(Date.now() - started)})`;
      out.write(out.isTTY ? `\r\x1b[2K${line(label, state)}` : `${line(label, state)}\n`);
      return result;
    },
    addPhase() {
      total += 1;
    },
    done(message) {
      out.write(`${out.isTTY ? '\n' : ''}${message} (${seconds(Date.now() - started)})\n`);
    },
  };
}

/** For callers that want no output (tests). */
export const silentProgress: Progress = {
  phase: (_label, work) => work(),
  done: () => undefined,
  addPhase: () => undefined,
};
