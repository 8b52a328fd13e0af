// The package's version, put in by esbuild from package.json (`dev` when run from source).
declare const NIANBAO_VERSION: string | undefined;

export const version: string = typeof NIANBAO_VERSION === 'string' ? NIANBAO_VERSION : 'dev';
