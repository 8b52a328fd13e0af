// Adversarial inputs (issue 9): texts built to make a parser or a rule slow — one huge line,
// 100 000 "|", 50 000 headings, nested brackets, long digit runs, 100 000 tabs, a report repeated to
// a megabyte… Each is analysed at its full size and at half of it: time must grow linearly, so the
// "growth" column (full ÷ half) should stay near 2; near 4 means something is quadratic.
// Each input runs in a worker thread, given up on after NIANBAO_BENCH_CAP_MS (default 2 minutes).
// Not a test (timings depend on the machine). Run: npx tsx bench/adversarial.ts [name-filter]
import { cpus } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../server/src/engine/analyze.ts';
import { messageWithin } from '../test/fixtures/inWorker.ts';
import { allLayouts, buildReport } from '../test/fixtures/reportBuilder.ts';

/** Each input is built for a size (about that many characters) so it can be timed at two sizes. */
interface Input {
  name: string;
  /** The size the issue names (characters). */
  size: number;
  build(size: number): string;
}

const report = buildReport({ layout: 'tab' });
const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.round(size / unit.length)));
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');
const sectionTitles = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

export const inputs: Input[] = [
  { name: 'a 1 MB line of Chinese', size: 1_000_000, build: (n) => repeat('本机关全年共受理政府信息公开申请5件，', n) },
  { name: 'a 1 MB line of one character', size: 1_000_000, build: (n) => repeat('一', n) },
  { name: '100 000 "|" on one line', size: 100_000, build: (n) => repeat('|', n) },
  { name: '100 000 "|" lines', size: 200_000, build: (n) => repeat('|\n', n) },
  { name: '100 000 tabs', size: 100_000, build: (n) => repeat('\t', n) },
  { name: '100 000 tab lines', size: 200_000, build: (n) => repeat('\t\n', n) },
  { name: '1 000 000 spaces', size: 1_000_000, build: (n) => repeat(' ', n) },
  { name: '50 000 headings of one section', size: 350_000, build: (n) => repeat('一、总体情况\n', n) },
  { name: '50 000 headings, sections and sub-headings', size: 600_000, build: (n) => lines(Math.round(n / 12), (i) => (i % 4 === 0 ? sectionTitles[(i / 4) % 6]! : `（${'一二三四五六七八九十'[i % 10]}）主动公开`)) },
  { name: 'sub-headings without numbers in one section', size: 300_000, build: (n) => `一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n（一）制度建设\n${repeat('主动公开\n', n)}` },
  { name: 'nested brackets （（（…）））', size: 100_000, build: (n) => '（'.repeat(n / 2) + '）'.repeat(n / 2) },
  { name: 'nested brackets ((( … )))', size: 100_000, build: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2) },
  { name: 'nested <td> tags', size: 400_000, build: (n) => repeat('<table><tr><td>', n) },
  { name: 'a long digit run', size: 100_000, build: (n) => repeat('9', n) },
  { name: 'a long digit run in a table row', size: 100_000, build: (n) => `一、本年新收政府信息公开申请数量\t${repeat('1', n)}` },
  { name: 'digits and spaces', size: 200_000, build: (n) => repeat('1 ', n) },
  { name: 'a long run of full-width digits', size: 100_000, build: (n) => repeat('９', n) },
  { name: '50 000 numbered lines', size: 300_000, build: (n) => lines(Math.round(n / 6), (i) => `${i % 100}.${i}`) },
  { name: 'table rows repeated', size: 500_000, build: (n) => repeat('（七）总计\t1\t2\t3\t4\t5\t6\t7\n', n) },
  { name: 'dates', size: 300_000, build: (n) => repeat('2021年1月1日至2021年12月31日（星期五）\n', n) },
  { name: 'dates on one line', size: 300_000, build: (n) => repeat('2021年1月1日至12月31日，', n) },
  { name: 'statements about applications', size: 500_000, build: (n) => repeat('本年度共受理政府信息公开申请5件，办结4件，结转下年度继续办理1件。\n', n) },
  { name: 'negations in one long clause of section 三', size: 300_000, build: (n) => report.replace('三、收到和处理政府信息公开申请情况\n', `三、收到和处理政府信息公开申请情况\n${repeat('全年无申请未发生行政复议', n)}\n`) },
  { name: 'a table row of 100 000 cells', size: 200_000, build: (n) => report.replace('（七）总计', `（七）总计\t${repeat('1\t', n)}`) },
  { name: 'statistics-period words after many dates', size: 300_000, build: (n) => repeat('2021年1月1日，', n / 2) + repeat('统计期限。', n / 2) },
  { name: "sections opening with last year's year", size: 300_000, build: (n) => `某某局2023年政府信息公开工作年度报告\n${repeat('四、政府信息公开行政复议、行政诉讼情况\n2022年，本机关推进工作。\n', n)}` },
  // Bounded, not growing: each row's search for a split stops after 200 000 steps (recover.ts).
  { name: 'every row of table B glued into 28 digits', size: 0, build: () => report.split('\n').map((l) => (/^[（一二三四1-9]/.test(l) && /\t\d/.test(l) ? l.replace(/(\t\d+)+\t?$/, `\t${'1234567890'.repeat(3).slice(0, 28)}`) : l)).join('\n') },
  { name: 'document numbers', size: 300_000, build: (n) => repeat('国办公开办函〔2021〕30号', n) },
  { name: 'a clean report repeated to 1 MB', size: 1_000_000, build: (n) => repeat(report, n) },
  ...allLayouts.map((layout): Input => ({ name: `a ${layout} report repeated`, size: 500_000, build: (n) => repeat(buildReport({ layout }), n) })),
  { name: 'random units (surrogates, controls)', size: 500_000, build: (n) => randomUnits(n) },
];

/** Deterministic pseudo-random UTF-16 units, lone surrogates and control characters included. */
function randomUnits(n: number): string {
  let s = 12345;
  const units: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    units.push(String.fromCharCode(s % 7 === 0 ? 10 : s >>> 16));
  }
  return units.join('');
}

/** The best of a few runs: the machine's noise only ever adds time. */
function time(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    analyze(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

interface Job {
  nianbaoAdversarial: true;
  index: number;
}

interface Timing {
  chars: number;
  full: number;
  half: number;
}

/** Times one input in a worker thread, so that one which has gone quadratic can be given up on. */
function timeInWorker(index: number, capMs: number): Promise<Timing | null> {
  return messageWithin<Timing>(__filename, { nianbaoAdversarial: true, index } satisfies Job, capMs);
}

function runJob(job: Job): void {
  const input = inputs[job.index]!;
  analyze(report); // warm the JIT so the first timing is not charged for it
  const full = input.build(input.size);
  const half = input.build(input.size / 2);
  const timing: Timing = { chars: full.length, half: time(half, 3), full: time(full, 3) };
  parentPort?.postMessage(timing);
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const capMs = Number(process.env.NIANBAO_BENCH_CAP_MS) || 120_000;
  console.log(`nianbao adversarial bench; node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
  console.log(`${'input'.padEnd(46)} ${'chars'.padStart(9)} ${'ms'.padStart(9)} ${'½ size ms'.padStart(10)} ${'growth'.padStart(7)}`);
  for (const [index, input] of inputs.entries()) {
    if (filter && !input.name.includes(filter)) continue;
    const t = await timeInWorker(index, capMs);
    if (!t) {
      console.log(`${input.name.padEnd(46)} ${''.padStart(9)} ${`> ${capMs / 1000} s`.padStart(9)}   (given up)`);
      continue;
    }
    console.log(`${input.name.padEnd(46)} ${String(t.chars).padStart(9)} ${t.full.toFixed(1).padStart(9)} ${t.half.toFixed(1).padStart(10)} ${(t.full / Math.max(t.half, 0.1)).toFixed(1).padStart(7)}`);
  }
}

if (!isMainThread && (workerData as Partial<Job> | null)?.nianbaoAdversarial) runJob(workerData as Job);
else if (isMainThread && process.argv[1]?.endsWith('adversarial.ts')) void main();
