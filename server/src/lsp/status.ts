// nianbao/status: after every analysis, and when last year's report is found (lastYear.ts), what
// the client's status item shows for that document.
import type { StatusParams } from '../../../shared/src/protocol.ts';
import { statusNotification } from '../../../shared/src/protocol.ts';
import type { Checked } from './analysisCache.ts';
import type { Feature } from './context.ts';
import { sendNotification } from './contract.ts';
import type { LastYear } from './lastYear.ts';
import { say } from './locale.ts';

export const status: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses, documents, lastYear }) {
    const send = (checked: Checked): void => sendNotification(connection, statusNotification, statusOf(checked, lastYear));
    analyses.onAnalysed(send);
    lastYear.onChanged((uri) => {
      if (!documents.get(uri)) return;
      void analyses.get(uri).then((checked) => {
        // A new analysis sends its own status.
        if (checked && documents.get(uri)?.version === checked.document.version) send(checked);
      }, () => undefined);
    });
  },
};

function statusOf(checked: Checked, lastYear: LastYear): StatusParams {
  const analysis = checked.analysis;
  return {
    uri: checked.uri,
    recognised: analysis !== null,
    year: analysis?.report.year ?? null,
    format: analysis?.report.format.version ?? null,
    errors: analysis?.findings.filter((f) => f.severity === 'error').length ?? 0,
    warnings: analysis?.findings.filter((f) => f.severity === 'warning').length ?? 0,
    elapsedMs: analysis ? Math.round(analysis.elapsedMs * 10) / 10 : 0,
    lastYear: say(lastYear.describe(checked.uri), checked.lang),
  };
}
