import { describe, expect, it } from 'vitest';
import { OutputFileError } from '../../src/cli/output-file-error.js';

/** An error as node's file system functions throw it. */
const systemError = (code: string, message = `${code}: something, open 'x'`): NodeJS.ErrnoException =>
  Object.assign(new Error(message), { code });

describe('OutputFileError', () => {
  it.each([
    ['out', 'EISDIR', 'cannot write out: it names a folder; name a file in it'],
    ['out/', 'ENOTDIR', 'cannot write out/: it names a folder; name a file in it'],
    ['a.txt/b.json', 'ENOTDIR', 'cannot write a.txt/b.json: part of its path is a file, not a folder'],
    ['a.txt/b.json', 'EEXIST', 'cannot write a.txt/b.json: part of its path is a file, not a folder'],
    ['/root/x.json', 'EACCES', 'cannot write /root/x.json: permission denied'],
    ['x.json', 'EIO', "cannot write x.json: EIO: something, open 'x'"],
  ])('should say why %s cannot be written (%s) in words', (path, code, message) => {
    const error = new OutputFileError(path, systemError(code));
    expect([error.name, error.message, error.path]).toEqual(['OutputFileError', message, path]);
  });
});
