/**
 * OutputFileError: a file the command line named could not be written (a folder of that name, a file where a
 * folder should be, no permission, a full disk). The CLI prints its one-line message, `cannot write <path>:
 * <reason>`, and exits with code 1: the user has a path to fix, not a bug to report.
 */

/** Said of a path that names a folder: one that is a folder, or one written with a final "/". */
const FOLDER = 'it names a folder; name a file in it';

/** The reasons a file system gives, as a user would say them; other codes keep the system's message. */
const REASONS: Readonly<Record<string, string>> = {
  EISDIR: FOLDER,
  ENOTDIR: 'part of its path is a file, not a folder',
  // mkdir of the file's folder, where a file has the folder's name.
  EEXIST: 'part of its path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the name is too long',
  // A folder that exists but takes no new file (/proc).
  ENOENT: 'no file can be created there',
};

/** Why `path` could not be written, in words: a path ending in "/" names a folder, whatever the system says. */
function reason(path: string, cause: NodeJS.ErrnoException): string {
  if (/[\\/]$/.test(path)) return FOLDER;
  return (cause.code && REASONS[cause.code]) ?? cause.message;
}

export class OutputFileError extends Error {
  override readonly name = 'OutputFileError';
  constructor(
    readonly path: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${path}: ${reason(path, cause)}`, { cause });
  }
}
