import type { UiLang } from '../i18n/format';
import { explain } from './explain';
import type { MatchedClaim, MatchResult, ReasonCode, Verdict } from './match-result';

/** One database claim as `scan --json` prints it. */
export interface ScanEntry {
  id: string;
  /** Actor id (e.g. "nis"). */
  actor: string;
  date: string;
  /** The outlet of the claim's best appearance. */
  source: string;
  url: string;
  quote?: string;
}

export interface ScanMatch {
  verdict: Verdict;
  reason: ReasonCode;
  explanation: string;
  corroborating: ScanEntry[];
  conflicting: ScanEntry[];
}

function entry(c: MatchedClaim): ScanEntry {
  return { id: c.id, actor: c.actor.id, date: c.date, source: c.source.outlet, url: c.source.url, ...(c.quote ? { quote: c.quote } : {}) };
}

/** The verdict part of a figure in `scan --json` output. */
export function toScanJson(result: MatchResult, lang: UiLang = 'en'): ScanMatch {
  return {
    verdict: result.verdict,
    reason: result.reason.code,
    explanation: explain(result, lang),
    corroborating: result.corroborating.map(entry),
    conflicting: result.conflicting.map(entry),
  };
}
