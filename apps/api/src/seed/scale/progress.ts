// A one-line progress bar on a terminal (redrawn at most 5 times a second), or a line per clinic when
// the output is not a terminal. No dependency.

export interface ProgressState {
  /** Clinics done, fractional within the current one. */
  clinic: number;
  clinics: number;
  table: string;
  rows: number;
}

export interface Progress {
  update(state: ProgressState): void;
  done(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  let last = 0;
  let lastClinic = -1;
  let drawn = false;
  const line = (s: ProgressState) => {
    const width = 30;
    const fraction = Math.min(1, s.clinic / s.clinics);
    const filled = Math.round(fraction * width);
    const elapsed = ((performance.now() - started) / 1000).toFixed(0);
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  clinic ${Math.min(s.clinics, Math.floor(s.clinic) + 1)}/${s.clinics}  ${s.table.padEnd(20)} ${s.rows.toLocaleString('en').padStart(11)} rows  ${elapsed} s`;
  };
  return {
    update(state) {
      if (stream.isTTY) {
        const now = performance.now();
        if (now - last < 200 && state.clinic < state.clinics) return;
        last = now;
        stream.write(`\r${line(state)}`);
        drawn = true;
      } else if (Math.floor(state.clinic) !== lastClinic) {
        lastClinic = Math.floor(state.clinic);
        stream.write(`${line(state)}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
