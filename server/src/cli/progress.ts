// A progress bar on stderr for long runs, only on a terminal and never in CI (logs would fill
// with redraws). cli-progress draws it.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

export function progressFor(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI || total < 2) return silent;
  const bar = new cliProgress.SingleBar({ stream, format: ' {bar} {value}/{total} {duration_formatted}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
