// nianbao/status: after every analysis, what the client's status item shows for that document.
import type { StatusParams } from '../../../shared/src/protocol.ts';
import { statusNotification } from '../../../shared/src/protocol.ts';
import type { Feature } from './context.ts';

export const status: Feature = {
  capabilities: () => ({}),

  register({ connection, analyses }) {
    analyses.onAnalysed((checked) => {
      const analysis = checked.analysis;
      const params: StatusParams = {
        uri: checked.uri,
        recognised: analysis !== null,
        year: analysis?.report.year ?? null,
        format: analysis?.report.format.version ?? null,
        errors: analysis?.findings.filter((f) => f.severity === 'error').length ?? 0,
        warnings: analysis?.findings.filter((f) => f.severity === 'warning').length ?? 0,
        elapsedMs: analysis ? Math.round(analysis.elapsedMs * 10) / 10 : 0,
      };
      void connection.sendNotification(statusNotification, params);
    });
  },
};
