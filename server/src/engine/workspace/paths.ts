// A report's name as the workspace checks get it: a path from the CLI or the editor, with "/" or
// "\" (a Windows path named on the command line), split without node:path (the engine does no I/O
// and runs the same whichever system wrote the path).

/** The file's own name, without its folders. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The folders before the file's name ('' for a bare name). */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'), 0));
}
