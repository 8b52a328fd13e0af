// Small reports the LSP tests share, built with the report builder (never seed text).
import { buildReport, cleanValues } from '../fixtures/reportBuilder.ts';

/** A clean 2023 report whose （七）总计 in the 总计 column reads 9 instead of 7: one balance/cell finding. */
export function reportWithWrongTotal(): string {
  const values = cleanValues('2021');
  values.B.total = [5, 1, 0, 0, 0, 1, 9];
  return buildReport({ values });
}
