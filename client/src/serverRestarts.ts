// What the client does when the language server dies: RestartPolicy decides (at most a few
// restarts in a row), this file says it in the user's language — a warning on each restart, an
// error with the way to the output when the client gives up.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy.ts';

export function restartHandler(output: vscode.OutputChannel, policy = new RestartPolicy()): ErrorHandler {
  return {
    error: (_error, _message, count) => ({ action: policy.errored(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.closed();
      if (decision.restart) {
        const show = vscode.l10n.t('Show output');
        const text = vscode.l10n.t('The nianbao server stopped unexpectedly and was restarted ({0} of {1} restarts in a row).', decision.crashes, decision.maxInARow);
        void vscode.window.showWarningMessage(text, show).then((choice) => {
          if (choice === show) output.show(true);
        });
        // handled: the client only logs its own message.
        return { action: CloseAction.Restart, handled: true };
      }
      // Shown by the client as an error, with a button to the output.
      const message = vscode.l10n.t('The nianbao server stopped {0} times in a row and will not be restarted. Its output says why; reload the window to start it again.', decision.crashes);
      return { action: CloseAction.DoNotRestart, message };
    },
  };
}
