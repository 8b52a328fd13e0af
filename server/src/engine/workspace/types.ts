// A check across two reports of one agency: this year's and last year's. Its findings stand in
// this year's report (last year's is named in the message).
import type { Finding, Message, Severity } from '../model.ts';
import type { ReportPair } from './pairs.ts';

export interface PairRule {
  /** `workspace/…` */
  id: string;
  severity: Severity;
  description: Message;
  check(pair: ReportPair): Finding[];
}
