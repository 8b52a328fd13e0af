// The batch HTML page's comparison of each agency's two years (render/yearPairs.ts): 二、上年结转
// beside last year's 四、结转下年度 with the change, the documents in force, the text reused, and
// links to both reports' details; no section when no agency has two consecutive years.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';
import { ensureBuilt, runCli, tempDir } from './cliRunner.ts';

before(ensureBuilt);

describe('batch HTML: each agency\'s two years side by side', () => {
  it('puts 2023 beside 2022, with the change and links to both reports', () => {
    const dir = tempDir();
    const last = cleanValues();
    last.B.pending = [3, 0, 0, 0, 0, 0, 3];
    writeFileSync(join(dir, '2022.txt'), buildReport({ year: 2022, values: last }));
    writeFileSync(join(dir, '2023.txt'), buildReport({ year: 2023 }));
    const output = join(dir, 'report.html');
    runCli(['check', '--format', 'html', '--output', output, dir]);
    const page = readFileSync(output, 'utf8');
    // Each agency's block is gzipped until it comes near the screen.
    const block = /<h2>各单位两个年度对比<\/h2>.*?<script type="text\/x-nianbao-gzip" id="pairs-0">([^<]*)<\/script>/s.exec(page)?.[1];
    assert.ok(block, 'the section');
    const section = gunzipSync(Buffer.from(block, 'base64')).toString('utf8');
    const links = /<h3><a href="#(report-\d+)">某某市某某局 2023<\/a> ↔ <a href="#(report-\d+)">2022<\/a><\/h3>/.exec(section);
    assert.ok(links, section);
    assert.notEqual(links[1], links[2]);
    // Each report's details are drawn from its data when the link opens it.
    for (const anchor of [links[1], links[2]]) assert.match(page, new RegExp(`id="details-${(anchor ?? '').replace('report-', '')}"`));
    assert.match(section, /<td class="changed">1<span class="then">3 <span class="down">−2<\/span><\/span><\/td>/, 'this year\'s 1 beside last year\'s 3');
    assert.match(section, /正文与上年相同的约 100%/);
    // Below it, the editor's own comparison: both years' whole tables, each section's reuse.
    assert.match(section, /<table class="report-table years" data-table="B">/);
    assert.match(section, /<table class="report-table reuse">/);
    assert.match(section, /重复率 100%/);

    const alone = tempDir();
    writeFileSync(join(alone, '2023.txt'), buildReport({ year: 2023 }));
    runCli(['check', '--format', 'html', '--output', join(alone, 'report.html'), alone]);
    assert.doesNotMatch(readFileSync(join(alone, 'report.html'), 'utf8'), /各单位两个年度对比/);
  });
});
