// The package's version, put in by esbuild from package.json (`dev` when run from source); the CLI
// and the language server both report it.
declare const NIANBAO_VERSION: string | undefined;

export const version: string = typeof NIANBAO_VERSION === 'string' ? NIANBAO_VERSION : 'dev';
