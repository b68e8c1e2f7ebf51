import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extensionDir, repoRoot } from './launch';

/**
 * Reads the Chrome build (`npm test` builds it before the browser tests): what every page pays for Recoupe's
 * content script, and the permissions it asks for.
 */

/** What the content script may weigh, gzip -9: it is loaded into every http(s) page the user opens. */
const BUDGET_BYTES = 15 * 1024;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
}

const manifestPath = join(extensionDir, 'manifest.json');
const built = existsSync(manifestPath);
const manifest = (built ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {}) as Manifest;
const gzipSize = (file: string) => gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length;

/** The permissions the README's "Permissions, and why" table lists: match patterns (the content script's) and the rest. */
function readmePermissions(): { matches: string[]; permissions: string[] } {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions'));
  if (!section) throw new Error('README.md has no "Permissions" section');
  const firstCells = section.split('\n').filter((line) => line.startsWith('| ') && !/^\|\s*(permission|-)/.test(line)).map((line) => line.split('|')[1]!);
  const named = firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  return { matches: named.filter((n) => n.includes('://')), permissions: named.filter((n) => !n.includes('://')) };
}

describe('the built extension (.output/chrome-mv3)', () => {
  it('has been built', () => {
    expect(built, `no ${manifestPath}: run "npx wxt build" first`).toBe(true);
  });

  it(`loads at most ${BUDGET_BYTES} bytes (gzip -9) of content script into each page`, () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    // A manifest content script is a classic script: everything it runs on load is in these files. (A static
    // import could not run in one; the card module it imports later is measured apart below.)
    const files = [...new Set(scripts.flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]))];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(extensionDir, file), 'utf8'), file).not.toMatch(/^\s*import\s*(?:[\w{*]|["'])/m);
    }
    const sizes = files.map((file) => [file, gzipSize(file)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    const lazy = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources).filter((f) => f.endsWith('.js'));
    console.log(
      `content script, gzip -9: ${sizes.map(([f, s]) => `${f} ${s} B`).join(', ')}; total ${total} B of ${BUDGET_BYTES} B` +
        (lazy.length ? `; loaded on the first card: ${lazy.map((f) => `${f} ${gzipSize(f)} B`).join(', ')}` : ''),
    );
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('asks for exactly the permissions the README lists, and no others', () => {
    const listed = readmePermissions();
    expect(listed.permissions.length).toBeGreaterThan(0);
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...listed.permissions].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const script of manifest.content_scripts ?? []) expect([...script.matches].sort()).toEqual([...listed.matches].sort());
  });

  it('exposes only the card module to pages, only where the content script runs, at a per-session address', () => {
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['card.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
  });
});
