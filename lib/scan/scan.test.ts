// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bundledDatabase } from '../database/bundled';
import { scanDocument, scanPlainText } from './scan';

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('scanDocument', () => {
  it('reads the language and date the markup declares, and finds figures split across elements', () => {
    document.documentElement.setAttribute('lang', 'fr');
    document.head.innerHTML = '<meta property="article:published_time" content="2024-10-18T08:00:00+02:00">';
    document.body.innerHTML = `<article><p>Selon Kyrylo Boudanov, près de <b>11</b>\u00a0<b>000</b> soldats nord-coréens
      se trouvent en Russie.</p><p hidden>99 999 soldats</p></article>`;
    const scan = scanDocument(document);
    expect(scan.lang).toBe('fr');
    expect(scan.published).toBe('2024-10-18');
    const figure = scan.claims.find((c) => c.value === 11000);
    expect(figure).toBeDefined();
    expect(scan.page.text.slice(figure!.start, figure!.end)).toBe(figure!.text);
    expect(scan.claims.some((c) => c.value === 99999)).toBe(false);
    expect(scan.claims.every((c) => c.match.verdict === 'unverified')).toBe(true);
  });

  it('knows the page by its canonical address, so a page never corroborates its own figures', () => {
    // Seed 004's own sentence: the NIS's 13 000 containers are known from that article alone.
    document.documentElement.setAttribute('lang', 'fr');
    document.body.innerHTML = `<p>L’agence de renseignement sud-coréenne a récemment indiqué que la Corée du Nord a envoyé plus de
      13 000 conteneurs d’artillerie, de missiles et d’autres armes conventionnelles à la Russie depuis août 2023.</p>`;
    const containers = () => scanDocument(document, { database: bundledDatabase, url: 'http://127.0.0.1/mirror.html' }).claims.find((c) => c.value === 13000);
    expect(containers()?.match.verdict).toBe('corroborated');
    document.head.innerHTML = '<link rel="canonical" href="seed:004_742c2e54956e4d5d.txt">';
    expect(containers()?.match.verdict).toBe('unverified');
  });

  it('detects the language when the page declares none', () => {
    document.body.innerHTML = '<p>The National Intelligence Service said about 3,000 North Korean troops had been sent to Russia.</p>';
    expect(scanDocument(document).lang).toBe('en');
  });
});

describe('scanPlainText', () => {
  it('treats each line as a block, whatever the line endings', () => {
    const text = 'Des soldats nord-coréens en Russie\r\nSelon Séoul, 1 500 soldats ont été envoyés en Russie.\r\n';
    const scan = scanPlainText(text, { lang: 'fr' });
    const figure = scan.claims.find((c) => c.value === 1500);
    expect(figure).toBeDefined();
    expect(text.replace(/\r\n/g, '\n').slice(figure!.start, figure!.end)).toBe(figure!.text);
  });
});
