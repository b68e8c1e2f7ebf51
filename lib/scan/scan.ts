import type { IsoDate, Lang } from '../claims/vocabulary';
import { detectClaims } from '../detect/claims';
import { detectLanguage } from '../detect/language';
import { canonicalUrl } from '../text/canonical-url';
import { extractText, type ExtractOptions, type PageText } from '../text/extract';
import { pageLanguage } from '../text/page-language';
import { publicationDate } from '../text/publication-date';
import type { CheckedClaim } from './checked-claim';
import { withVerdicts, type VerdictOptions } from './verdicts';

export interface ScanOptions {
  /** The language the page declares; detected from the text when absent. */
  lang?: Lang | null;
  /** The page's publication date, the fallback date of figures the text does not date. */
  published?: IsoDate | null;
  /** The page's address or file path, so that its own appearances in the database are not taken as support. */
  url?: string;
  /** The claim database to give verdicts from; without it every figure is unverified. */
  database?: VerdictOptions['database'];
}

export interface TextScan {
  lang: Lang;
  published: IsoDate | null;
  claims: CheckedClaim[];
}

export interface DocumentScan extends TextScan {
  /** The extracted text the claims' offsets refer to, with its way back to the DOM. */
  page: PageText;
}

/** Finds the figures in a page's text and gives each its verdict: the whole per-page pipeline. */
export function scanText(text: string, options: ScanOptions = {}): TextScan {
  const lang = options.lang ?? detectLanguage(text);
  const published = options.published ?? null;
  const found = detectClaims(text, { lang, published });
  const claims = withVerdicts(found, { database: options.database, page: { url: options.url, published } });
  return { lang, published, claims };
}

/** scanText over a document's visible text, with the language and date its markup declares. */
export function scanDocument(
  doc: Document,
  options: Pick<ScanOptions, 'url' | 'database'> & ExtractOptions = {},
): DocumentScan {
  const page = extractText(doc, options);
  const declared = { lang: pageLanguage(doc), published: publicationDate(doc) };
  const url = canonicalUrl(doc) ?? options.url;
  return { ...scanText(page.text, { ...options, ...declared, url }), page };
}

/** A plain-text article: each line is a block, as in the seed files. */
export function scanPlainText(text: string, options: ScanOptions = {}): TextScan {
  return scanText(text.replace(/\r\n?/g, '\n'), options);
}
