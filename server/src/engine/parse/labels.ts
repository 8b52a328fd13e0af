// Binding a cell's text to a row or column of the format by its label: width, spaces and
// punctuation do not matter; known variants, labels cut short, labels with extra words and labels
// that lost or changed a character are recognised, each with a lower score than an exact match.
import { isLabelNoise, normalizeLabel, stripEnumerator } from '../text/normalize.ts';

export interface LabelCandidate {
  label: string;
  numbering?: string;
  variants?: string[];
}

/** 0: no match; 1: similar (a character lost or changed); 2: cut short or extended; 3: exact. */
export type MatchScore = 0 | 1 | 2 | 3;

/** Longer texts are sentences, not labels. */
const MAX_LABEL = 90;

// Candidates are the format's own objects, so their normalised forms are computed once.
const formsCache = new WeakMap<LabelCandidate, string[]>();

function candidateForms(c: LabelCandidate): string[] {
  let forms = formsCache.get(c);
  if (!forms) {
    forms = [c.label, ...(c.variants ?? [])].map(normalizeLabel).filter((f) => f.length > 0);
    formsCache.set(c, forms);
  }
  return forms;
}

export interface PreparedText {
  normalized: string;
  /** The numbering written before the label, e.g. 1 for "1." or "（一）". */
  enumeratorValue: number | null;
}

const prepared = new Map<string, PreparedText>();

/** A cell's text made ready to score; shared, never changed (cell texts repeat, as in normalizeLabel). */
export function prepareLabelText(text: string): PreparedText {
  if (text.length > MAX_LABEL) return { normalized: '', enumeratorValue: null };
  let out = prepared.get(text);
  if (!out) {
    const { enumerator, rest } = stripEnumerator(text);
    out = { normalized: normalizeLabel(rest), enumeratorValue: enumerator?.value ?? null };
    if (prepared.size >= 20_000) prepared.clear();
    prepared.set(text, out);
  }
  return out;
}

export function scoreLabel(text: PreparedText, candidate: LabelCandidate): MatchScore {
  const n = text.normalized;
  if (n.length === 0) return 0;
  let best = formScore(n, candidate);
  if (best > 0 && text.enumeratorValue !== null && candidate.numbering) {
    const wanted = prepareNumbering(candidate.numbering);
    if (wanted !== null && wanted !== text.enumeratorValue) best = Math.max(1, best - 1) as MatchScore;
  }
  return best;
}

/**
 * The best score of a normalised text against a candidate's forms. The same cell texts are scored
 * against the same rows in every report and on every keystroke (a near miss costs a
 * longest-common-subsequence): each pair is scored once.
 */
const scores = new WeakMap<LabelCandidate, Map<string, MatchScore>>();

function formScore(n: string, candidate: LabelCandidate): MatchScore {
  let known = scores.get(candidate);
  if (!known) {
    known = new Map();
    scores.set(candidate, known);
  }
  let best = known.get(n);
  if (best === undefined) {
    best = 0;
    for (const form of candidateForms(candidate)) {
      best = Math.max(best, scoreForm(n, form)) as MatchScore;
      if (best === 3) break;
    }
    if (known.size >= 5_000) known.clear();
    known.set(n, best);
  }
  return best;
}

const numberings = new Map<string, number | null>();

function prepareNumbering(numbering: string): number | null {
  let value = numberings.get(numbering);
  if (value === undefined) {
    value = stripEnumerator(`${numbering}x`).enumerator?.value ?? null;
    numberings.set(numbering, value); // the format's own numberings: a few dozen
  }
  return value;
}

function scoreForm(n: string, form: string): MatchScore {
  if (n === form) return 3;
  // Short labels (规章, 其他, 总计) must be written exactly: a fragment of a sentence is not a label.
  if (form.length <= 3 || n.length <= 2) return 0;
  // Cut short ("部分公开" for the long label) or followed by a note ("总计（件）").
  if (form.startsWith(n) && n.length >= 4) return 2;
  if (n.startsWith(form) && n.length <= form.length * 2 + 4) return 2;
  // A character lost, added or changed: the longest common subsequence covers nearly all of both.
  if (n.length >= 5 && n[0] === form[0] && Math.abs(n.length - form.length) <= Math.max(2, form.length * 0.3)) {
    const common = lcsLength(n, form);
    if (common >= Math.max(n.length, form.length) * 0.75) return 1;
  }
  return 0;
}

function lcsLength(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j] ?? 0;
  }
  return prev[b.length] ?? 0;
}

/**
 * A label run on after other words, as crawler text gives it ("…现行有效件数规章", then the row's
 * numbers): the length of the candidate's longest form that ends the normalised text exactly,
 * or 0. Only an exact ending counts: a fragment of header words is not a label.
 */
export function labelSuffixLength(normalized: string, candidate: LabelCandidate): number {
  let best = 0;
  for (const form of candidateForms(candidate)) {
    if (form.length > best && form.length < normalized.length && normalized.endsWith(form)) best = form.length;
  }
  return best;
}

/** Where the last `count` meaningful characters of a text begin (the noise normalizeLabel drops is skipped). */
export function offsetOfLastCharacters(text: string, count: number): number {
  let seen = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (isLabelNoise(text[i] ?? '')) continue;
    if (++seen === count) return i;
  }
  return 0;
}
