// The client's side of shared/src/protocol.ts: a request sent with the types its spec binds (the
// params checked, the result typed), and the server's notifications received the same way.
import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationSpec, RequestSpec } from '../../shared/src/protocol.ts';

export function sendRequest<Params, Result>(client: LanguageClient, spec: RequestSpec<Params, Result>, params: Params): Promise<Result> {
  return client.sendRequest<Result>(spec.method, params);
}

export function onNotification<Params>(client: LanguageClient, spec: NotificationSpec<Params>, handler: (params: Params) => void): Disposable {
  return client.onNotification(spec.method, handler);
}
