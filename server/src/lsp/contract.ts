// The server's side of shared/src/protocol.ts: a request answered with the types its spec binds
// (the handler's params and result checked against the client's), and notifications sent the same way.
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import type { NotificationSpec, RequestSpec } from '../../../shared/src/protocol.ts';

export function onRequest<Params, Result>(
  connection: Connection,
  spec: RequestSpec<Params, Result>,
  handler: (params: Params, token: CancellationToken) => Result | Promise<Result>,
): void {
  // The connection's untyped overload: the spec's types are what the handler is checked against.
  connection.onRequest(spec.method, (params: unknown, token: CancellationToken) => handler(params as Params, token) as unknown);
}

export function sendNotification<Params>(connection: Connection, spec: NotificationSpec<Params>, params: Params): void {
  void connection.sendNotification(spec.method, params);
}
