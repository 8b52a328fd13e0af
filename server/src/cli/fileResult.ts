// One checked file as the CLI prints it: the --format json shape of issue 2, with lines and
// characters 0-based in UTF-16 code units as in LSP. The text and sarif outputs read this too.
import { placeAt } from '../documents/places.ts';
import type { DocumentFormat, DocumentNote, Place, PlaceFrom } from '../documents/types.ts';
import { compareFindings } from '../engine/analyze.ts';
import type { Analysis, Finding, Severity, Span } from '../engine/model.ts';
import { buildLineIndex, positionAt, type LineIndex, type Position } from '../engine/text/lineIndex.ts';
import type { NotAFile } from './inputs.ts';
import type { Language } from './language.ts';

export interface Range {
  start: Position;
  end: Position;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** `place` as the finding's own, in a converted document. */
  related: { message: string; range: Range; place?: Place }[];
  /** `safe`: applied by --fix and fix-all on save; otherwise a suggestion for a person to choose or confirm. */
  fixes: { title: string; safe: boolean; edits: { range: Range; newText: string }[] }[];
  /** In a converted document (.html, .docx, .pdf): the page, paragraph or table row it is in. */
  place?: Place;
}

export interface JsonFile {
  path: string;
  year: number | null;
  format: '2019' | '2021' | null;
  diagnostics: JsonDiagnostic[];
  /** Set for a converted document: lines and columns are then those of `nianbao text` FILE. */
  convertedFrom?: DocumentFormat;
  /** What the reading of a converted document noted (a page with no text layer, pictures); absent when nothing. */
  notes?: FileNote[];
  /** With --fix: what was written (lines of the text as each pass fixed it), and what was left for a person, with why. */
  fixed?: {
    applied: { rule: string; line: number; title: string; from?: string; to?: string; edits: number }[];
    left: { rule: string; line: number; message: string; suggestions: number }[];
  };
}

/** A note of the reading, in the run's language. */
export interface FileNote {
  message: string;
  /** Part of the file's text was not read: the report counts as read only in part (documents/types.ts decides). */
  textNotRead: boolean;
}

/**
 * A file that could not be read, checked or written back, or a folder or path named that gave no
 * file to check, and why (in every output, not only on stderr).
 */
export interface FileProblem {
  path: string;
  message: string;
  /** What it is when it is not a file (the JSON's `what`, absent for a file). */
  what?: NotAFile;
}

/**
 * The problems of files that could not be checked, apart from those of files checked whose fixes
 * could not be written back (--fix on a read-only file or a converted document): `checked`, the
 * paths of the files checked.
 */
export function problemsByKind(problems: readonly FileProblem[], checked: readonly string[]): { unchecked: FileProblem[]; unwritten: FileProblem[] } {
  const paths = new Set(checked);
  return { unchecked: problems.filter((p) => !paths.has(p.path)), unwritten: problems.filter((p) => paths.has(p.path)) };
}

/** A converted document: its format, where each part of its text came from, and what its reading noted. */
export interface ConvertedSource {
  format: DocumentFormat;
  places: PlaceFrom[];
  notes: DocumentNote[];
}

/** `index`: the text's line index, when the caller has built it already. */
export function fileResult(path: string, analysis: Analysis, language: Language, extra: Finding[] = [], source?: ConvertedSource, index: LineIndex = buildLineIndex(analysis.report.text)): JsonFile {
  const findings = [...analysis.findings, ...extra].sort(compareFindings);
  const diagnostics = findings.map((f) => diagnosticOf(f, index, language));
  if (!source) return { path, year: analysis.report.year, format: analysis.report.format.version, diagnostics };
  // Fixes edit the converted text, not the file: none is offered for a converted document.
  const placed = diagnostics.map((d, i) => {
    const place = placeAt(source.places, findings[i]?.span.start ?? 0);
    // A related place is said by its page or table row too: its line is one of `nianbao text`'s.
    const related = d.related.map((r, j) => {
      const at = placeAt(source.places, findings[i]?.related[j]?.span.start ?? 0);
      return at ? { ...r, place: at } : r;
    });
    return { ...d, related, fixes: [], ...(place ? { place } : {}) };
  });
  const notes = source.notes.map((n) => ({ message: n.message[language], textNotRead: n.textNotRead }));
  return { path, year: analysis.report.year, format: analysis.report.format.version, diagnostics: placed, convertedFrom: source.format, ...(notes.length > 0 ? { notes } : {}) };
}

function diagnosticOf(f: Finding, index: LineIndex, language: Language): JsonDiagnostic {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message[language],
    range: rangeOf(index, f.span),
    related: f.related.map((r) => ({ message: r.message[language], range: rangeOf(index, r.span) })),
    fixes: f.fixes.map((fix) => ({
      title: fix.title[language],
      safe: fix.safe,
      edits: fix.edits.map((e) => ({ range: rangeOf(index, e.span), newText: e.newText })),
    })),
  };
}

export function rangeOf(index: LineIndex, span: Span): Range {
  return { start: positionAt(index, span.start), end: positionAt(index, span.end) };
}
