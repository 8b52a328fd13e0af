// Where the CLI writes, and whether it may colour: on a terminal, unless NO_COLOR is set
// (FORCE_COLOR forces it). Passed in so tests can capture output.
export interface Terminal {
  /** Standard output: text, or bytes already encoded as UTF-8 (the JSON of a batch). */
  out(text: string | Uint8Array): void;
  error(line: string): void;
  colour: boolean;
}

export function processTerminal(): Terminal {
  const colour = process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : !!process.stdout.isTTY && !process.env.NO_COLOR;
  // The reader of a pipe may stop early (`nianbao extract dir | head`): that is no error of the run,
  // which goes on writing nothing more and exits with the status of what it found. Any other
  // failure to write stays an error.
  let readerGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return {
    out: (text) => {
      if (!readerGone) process.stdout.write(text);
    },
    error: (line) => process.stderr.write(line + '\n'),
    colour,
  };
}
