// V8's options for the CLI, set before any report is checked (imported first by main.ts; worker
// threads share the process's options). `--no-turbo-inlining`: the optimising compiler does not
// inline calls. A batch spends most of its time in the first thousand reports of each thread, while
// V8 compiles the engine in the background, and inlining is most of what that compiling costs: on
// 2 000 seed copies (two threads) the run took about a fifth less CPU time and wall time (alternating
// runs: 4.9–5.7 against 6.3–6.7 CPU-seconds); on 6 000 the two were even, the steady state being a
// little slower without inlining. The language server, which runs for hours, keeps V8's defaults.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
