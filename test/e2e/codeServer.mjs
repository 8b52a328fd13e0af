// Installs code-server 4.100.3 (VS Code 1.100.3 in the browser) into a cache folder outside the repo,
// following ../shared/docs/VSCODE-E2E.md: its own postinstall downloads ripgrep from GitHub, which this
// machine cannot reach, so its steps are done by hand. Cached: a finished install leaves a marker file,
// and a half-finished one (no marker) is thrown away and redone.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, renameSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const cacheRoot = process.env.NIANBAO_E2E_CACHE ?? join(homedir(), '.cache', 'nianbao-e2e');
const installDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const marker = join(installDir, '.installed');
export const codeServerEntry = join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Runs a command, failing with the named sub-step and the tail of its output. */
function run(step, cmd, args, cwd, env = {}) {
  // code-server writes a default config under XDG_CONFIG_HOME on its first run: keep it in the cache.
  const xdg = { XDG_CONFIG_HOME: join(cacheRoot, 'xdg-config'), XDG_DATA_HOME: join(cacheRoot, 'xdg-data') };
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...xdg, ...env }, maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`code-server install, ${step}: \`${cmd} ${args.join(' ')}\` in ${cwd} exited ${r.status ?? r.signal}\n${tail}`);
  }
  return r.stdout;
}

function link(target, path) {
  if (!existsSync(path)) symlinkSync(target, path);
}

/**
 * The links a packaged VS Code has and the npm package lacks. Beyond the recipe's three: the
 * extension host looks for ripgrep under node_modules.asar.unpacked (it rewrites the path it
 * resolved through node_modules.asar), without which Quick Open finds no files.
 */
function fixups(vscode) {
  link('node_modules', join(vscode, 'node_modules.asar'));
  link('node_modules', join(vscode, 'node_modules.asar.unpacked'));
  link('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
}

/** Returns the path of code-server's entry.js, installing it first if the cache has none. */
export function ensureCodeServer(log = () => {}) {
  if (existsSync(marker) && existsSync(codeServerEntry)) {
    fixups(join(installDir, 'node_modules', 'code-server', 'lib', 'vscode'));
    return codeServerEntry;
  }
  const rg = '/usr/bin/rg';
  if (!existsSync(rg)) throw new Error('code-server install: /usr/bin/rg missing (apt-get install ripgrep, see ../shared/docs/VSCODE-E2E.md)');
  mkdirSync(cacheRoot, { recursive: true });
  const scratch = `${installDir}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'nianbao-e2e-code-server', private: true }));
  const npm = 'npm';
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  log(`installing code-server ${CODE_SERVER_VERSION} into ${installDir} (a few minutes, once)`);
  run('npm install code-server', npm, ['install', '--ignore-scripts', ...quiet, `code-server@${CODE_SERVER_VERSION}`], scratch);
  const cs = join(scratch, 'node_modules', 'code-server');
  const vscode = join(cs, 'lib', 'vscode');
  run('npm install in lib/vscode', npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], vscode);
  const rgBin = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  copyFileSync(rg, join(rgBin, 'rg'));
  chmodSync(join(rgBin, 'rg'), 0o755);
  run('rebuild native modules in lib/vscode', npm, ['rebuild', 'kerberos', 'node-pty', '@parcel/watcher', '@vscode/spdlog', '@vscode/deviceid', 'native-watchdog'], vscode, { npm_config_yes: 'true' });
  fixups(vscode);
  run('npm install in lib/vscode/extensions', npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], join(vscode, 'extensions'));
  run('rebuild argon2', npm, ['rebuild', 'argon2'], scratch);
  const version = run('code-server --version', process.execPath, [join(cs, 'out', 'node', 'entry.js'), '--version'], scratch);
  if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`code-server install, version check: got ${version.trim()}`);
  writeFileSync(join(scratch, '.installed'), version);
  rmSync(installDir, { recursive: true, force: true });
  renameSync(scratch, installDir);
  log(`code-server ready: ${version.trim().split('\n')[0]}`);
  return codeServerEntry;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = Date.now();
  console.log(ensureCodeServer(console.log), `${((Date.now() - t) / 1000).toFixed(0)} s`);
}

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server for `folder` with its own user-data and extensions folders; resolves when it
 * answers HTTP. `env` reaches the extension host (code-server passes its environment on).
 */
export async function startCodeServer({ userDataDir, extensionsDir, folder, locale = 'en', env = {}, log }) {
  const { start, end } = await import('./processes.mjs');
  const port = await freePort();
  const child = start('code-server', process.execPath, [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--locale', locale,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    folder,
  ], { env: { ...process.env, ...env, XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'), XDG_DATA_HOME: join(userDataDir, 'xdg-data') } });
  let output = '';
  const collect = (d) => {
    output += d;
    log?.(String(d));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${port}/`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited ${child.exitCode} on start:\n${output.slice(-2000)}`);
    try {
      const response = await fetch(`${url}healthz`);
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) {
      await end(child.pid);
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    pid: child.pid,
    url: `${url}?folder=${encodeURIComponent(folder)}`,
    output: () => output,
    stop: () => end(child.pid),
  };
}

/** Installs a .vsix into `extensionsDir` with code-server's own CLI. */
export function installExtension(vsix, extensionsDir, userDataDir) {
  run(`install ${vsix}`, process.execPath, [codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], cacheRoot, {
    XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'),
    XDG_DATA_HOME: join(userDataDir, 'xdg-data'),
  });
}
