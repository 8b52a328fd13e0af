// When the language server dies, whether to start it again. A crash is most often caused by one
// document (an input the engine chokes on): restarting forever would crash forever, and the user
// would see nothing but a flickering status. So the server is restarted at most `maxInARow` times
// in a row; a server that then ran for `calmMs` without dying starts a new row. Plain logic, no
// vscode import, so that it can be tested without VS Code (extension.ts turns it into messages).

export interface RestartDecision {
  restart: boolean;
  /** This crash's place in the current row: 1 for the first crash after a calm period. */
  crashes: number;
  maxInARow: number;
}

export class RestartPolicy {
  private crashesInARow = 0;
  private lastStart: number;

  constructor(
    readonly maxInARow = 3,
    readonly calmMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.lastStart = now();
  }

  /** The connection to the server closed without being asked to: restart it or give up. */
  closed(): RestartDecision {
    const at = this.now();
    // A server that ran long enough before dying ends the row: this crash is a first again.
    if (at - this.lastStart >= this.calmMs) this.crashesInARow = 0;
    this.crashesInARow++;
    const restart = this.crashesInARow <= this.maxInARow;
    if (restart) this.lastStart = at;
    return { restart, crashes: this.crashesInARow, maxInARow: this.maxInARow };
  }

  /**
   * An error reading from or writing to the server (`count` in a row, as the client counts them):
   * carry on for a few, then shut the connection down (which then closes, and closed() decides).
   */
  errored(count: number | undefined): 'continue' | 'shutdown' {
    return count !== undefined && count <= 3 ? 'continue' : 'shutdown';
  }
}
