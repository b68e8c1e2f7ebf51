// Finds the Chromium that tests and `npm start` drive, installing Debian's package when we may.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const candidates = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

export function findChromium(): string | null {
  return candidates().find((p) => existsSync(p)) ?? null;
}

const isDebianLike = () => {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
};

/** Returns the path to Chromium, or exits with a one-line message saying how to get it. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && isDebianLike()) {
    console.log('Chromium not found: installing Debian\'s "chromium" package (apt-get install chromium)...');
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[] };
    const update = spawnSync('apt-get', ['update', '-qq'], quiet);
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { ...quiet, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const path = findChromium();
    if (install && install.status === 0 && path) return path;
    console.error('Could not install Chromium with apt-get; install it by hand (apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.error('Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}

export function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown version';
  }
}

/** Flags that work on closed-network build machines (see TOOLCHAIN.md). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
