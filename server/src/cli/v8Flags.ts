// V8's options for the CLI, set by main.ts before any report is checked (worker threads share the
// process's options). `--max-inlined-bytecode-size-cumulative=200` (V8's default: 920): the
// optimising compiler inlines less into each function it compiles. A batch spends much of its time
// in the first thousand reports of each thread, while V8 compiles the engine in the background on
// the same cores, and inlining is most of what that compiling costs. Measured in alternating runs of
// `check --format json` on two cores: 2 000 seed copies 7.5–8.1 → 6.3–6.4 CPU-seconds (3.9–4.3 →
// 3.3–3.4 s), 6 000 copies 14.5–14.6 → 13.3–13.6 CPU-seconds. No inlining at all (--no-turbo-inlining)
// did as well at 2 000 and worse at 6 000, where the steady state counts more.
// `--interrupt-budget=500000` (V8's default: 67 584): a function is looked at for optimising after
// about seven times as much of its bytecode has run, so that the optimising compiler spends itself
// on the functions that stay hot for the whole batch, not on the many that every report calls a few
// times. Alternating runs of `check --format json` on two cores, with the line above: 2 000 seed
// copies 4.9–5.5 → 3.9–4.5 CPU-seconds, 6 000 copies 10.5–10.9 → 9.7–10.4; budgets of 200 000 to
// 1 000 000 did alike. The language server, which runs for hours, keeps V8's defaults.
import { setFlagsFromString } from 'node:v8';

const INLINED_BYTECODE = 200;
const V8_DEFAULT_INLINED_BYTECODE = 920;
const INTERRUPT_BUDGET = 500_000;
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

export function useCliV8Options(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/** V8's defaults again (for the bench, which measures the CLI's way inside a process of its own). */
export function useDefaultV8Options(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${V8_DEFAULT_INLINED_BYTECODE}`);
  setFlagsFromString(`--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`);
}
