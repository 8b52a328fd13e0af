// Headings (一、 …六、, （一）, 1. 1、) and the six statutory sections they open.
import type { Heading, Section } from '../model.ts';
import type { Line } from '../text/lineIndex.ts';

export function readHeadings(_text: string, _lines: Line[]): Heading[] {
  return [];
}

export function sectionsOf(_headings: Heading[], _textLength: number): Section[] {
  return [];
}
