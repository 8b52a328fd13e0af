// The messages between the preview panel (extension host) and its webview script. The webview
// sends only offsets: which edits a "recompute" applies is decided by the panel, from what the
// server said, never by the page.

/** Words of the page itself (the tables' words come from the server, in its language). */
export interface PreviewLabels {
  recompute: string;
  notReport: string;
}

export type ToWebview =
  /** New tables: the server's HTML and CSS, and the offsets of the red cells that have a repair. */
  | { type: 'update'; recognised: boolean; html: string; css: string; fixes: { offset: number; title: string }[]; labels: PreviewLabels }
  /** The editor's cursor moved (an offset into the text), or left the document (null). */
  | { type: 'cursor'; offset: number | null }
  /** Does the page hold the keyboard focus? (answered with 'focus') */
  | { type: 'askFocus' };

export type FromWebview =
  /** The script is listening (sent on every load: the page is rebuilt when shown again). */
  | { type: 'ready' }
  /** A cell was clicked: move the editor's cursor to this offset. */
  | { type: 'reveal'; offset: number }
  /** "Recompute" on a red cell: apply the repair of the cell at this offset. */
  | { type: 'fix'; offset: number }
  /** The answer to 'askFocus': whether the page has the keyboard focus now. */
  | { type: 'focus'; focused: boolean };
