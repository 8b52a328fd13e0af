// What the file system said, in both languages: one wording for the CLI (reading inputs, listing
// folders, writing fixes back) and the language server (converting a published file).
import type { Message } from './engine/model.ts';

const ioWords: Record<string, Message> = {
  EACCES: { zh: '权限不足', en: 'permission denied' },
  EPERM: { zh: '不允许的操作', en: 'operation not permitted' },
  EROFS: { zh: '只读文件系统', en: 'read-only file system' },
  ENOSPC: { zh: '磁盘已满', en: 'no space left on the disk' },
  EDQUOT: { zh: '超出磁盘配额', en: 'disk quota exceeded' },
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  EISDIR: { zh: '是文件夹', en: 'is a folder' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EIO: { zh: '磁盘读写错误', en: 'input/output error' },
  EXDEV: { zh: '不能跨设备改名', en: 'cannot rename across devices' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
};

/** A file system error in both languages (its own message when its code is not one we word). */
export function ioMessage(error: unknown): Message {
  const code = error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '';
  const own = error instanceof Error ? error.message : String(error);
  return ioWords[code] ?? { zh: own, en: own };
}
