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

/** Debian's chromium keeps its translations (the French interface's test needs them) in chromium-l10n. */
const DEBIAN_FRENCH = '/usr/lib/chromium/locales/fr.pak';

function aptInstall(packages: string[]): boolean {
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[] };
  const update = spawnSync('apt-get', ['update', '-qq'], quiet);
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { ...quiet, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return Boolean(install && install.status === 0);
}

/**
 * Returns the path to Chromium, or exits with a one-line message saying how to get it. As root on Debian or Ubuntu,
 * installs Debian's chromium when there is none, and its translations (chromium-l10n) when they are missing.
 */
export function ensureChromium(): string {
  const found = findChromium();
  const canInstall = process.getuid?.() === 0 && isDebianLike();
  if (found === '/usr/bin/chromium' && !existsSync(DEBIAN_FRENCH) && canInstall) {
    console.log('Installing Chromium\'s translations for the French interface\'s test (apt-get install chromium-l10n)...');
    if (!aptInstall(['chromium-l10n'])) console.error('Could not install chromium-l10n: the French interface\'s browser test will fail.');
  }
  if (found) return found;
  if (canInstall) {
    console.log('Chromium not found: installing Debian\'s "chromium" package (apt-get install chromium chromium-l10n)...');
    const path = aptInstall(['chromium', 'chromium-l10n']) ? findChromium() : null;
    if (path) return path;
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
