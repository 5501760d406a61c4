/** Progress on one line on a terminal; on a pipe, at most one line every few seconds. */
export interface Progress {
  update(text: string): void;
  done(text: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stdout, everyMs = 5000): Progress {
  let last = 0;
  let shown = false;
  const width = () => Math.max(40, (stream.columns || 100) - 1);
  return {
    update(text) {
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${text.slice(0, width())}`);
        shown = true;
      } else if (Date.now() - last >= everyMs) {
        stream.write(`${text}\n`);
        last = Date.now();
      }
    },
    done(text) {
      if (stream.isTTY && shown) stream.write('\r\x1b[2K');
      stream.write(`${text}\n`);
      shown = false;
    },
  };
}

/** Turns Maven's output into a short status: downloads so far and the plugin running. */
export function mavenStatus(): (line: string) => string | undefined {
  let downloads = 0;
  let step = 'menyiapkan';
  return (line) => {
    if (/Downloaded from|Downloading from/.test(line)) {
      if (line.includes('Downloaded from')) downloads++;
    } else {
      const m = /\[INFO\] --- ([^ ]+)/.exec(line);
      if (m?.[1]) step = m[1];
      else if (!line.startsWith('[INFO] Building')) return undefined;
    }
    return `  Maven: ${downloads} artefak diunduh · ${step}`;
  };
}
