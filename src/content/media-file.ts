/**
 * Where a file an entry or a profile names lies (<Figure src>, leadImage.src, <Video src> and
 * its poster, a profile's photo): beside it, inside the folder of its collection
 * (content/articles/, content/authors/), the one place the build takes media from. A path out
 * of that folder (../../secret.jpg, /etc/passwd, a link to a file elsewhere) is refused here,
 * for every kind of file at once, before the build would publish it or stop on it.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { suggestKey } from './suggest-key.ts';

/** A file of a collection on disk: its absolute path, its path inside the collection's folder and from the project's root. */
export interface CollectionFile {
  path: string;
  name: string;
  file: string;
}

/** What is wrong with a file an entry names: an error, or a warning that lets the build go on. */
export interface FileFinding {
  error?: string;
  warning?: string;
  /** The file, once it is found in its collection's folder: absolute, and its path inside the folder (media/clip.mp4). */
  file?: string;
  name?: string;
}

/** How a kind of file is named in messages. */
export interface FileKind {
  /** 图片, 视频 */
  what: string;
  /** A path from the entry to such a file, as an editor writes it. */
  example: string;
}

/** The folder of the collection `entry` belongs to. */
function collectionFolder(entry: CollectionFile): string {
  return path.resolve(entry.path, ...entry.name.split('/').map(() => '..'));
}

/** The path inside `folder` (with "/") of the absolute `file`, or undefined if it lies outside: how the build knows a file of the folder by name. */
export function nameInside(folder: string, file: string): string | undefined {
  const name = path.relative(folder, file);
  if (name === '' || name === '..' || name.startsWith(`..${path.sep}`) || path.isAbsolute(name)) return undefined;
  return name.split(path.sep).join('/');
}

/** The name in `file`'s folder closest to its own, if any is close. */
function closestFile(file: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return undefined;
  }
  return suggestKey(path.basename(file), names);
}

/**
 * The file `src` that `entry` names: its absolute path and its path inside the collection's
 * folder (media/clip.mp4), or why it cannot be used: it is not written from the entry's folder
 * (./images/…), lies outside the collection's folder (also through a symbolic link), or is no
 * file there (with the closest name in its folder).
 */
function namedFile(entry: CollectionFile, src: string, kind: FileKind): { file: string; name: string } | { error: string } {
  if (!/^\.\.?\//.test(src)) return { error: `${kind.what}文件应写成相对于本文的路径，以 ./ 开头，例如 ${kind.example}，实际为 “${src}”` };
  const folder = collectionFolder(entry);
  const file = path.resolve(path.dirname(entry.path), src);
  const shown = entry.file.slice(0, entry.file.length - entry.name.length);
  const outside = { error: `${src} 不在 ${shown} 文件夹里，构建不会发布它；请把${kind.what}复制到 ${shown} 里，写成从本文件所在文件夹起、以 ./ 开头的路径，例如 ${kind.example}` };
  const name = nameInside(folder, file);
  if (name === undefined) return outside;
  let real: string;
  try {
    real = realpathSync(file);
    if (!statSync(real).isFile()) throw new Error(`${real} is a folder`);
  } catch {
    const suggestion = closestFile(file);
    const written = suggestion ? `${path.posix.dirname(src)}/${suggestion}` : undefined;
    return { error: `找不到${kind.what}文件 ${src}${written ? `，是否应为 ${written}？` : `；${kind.what}请放在文章旁的文件夹里，例如 ${kind.example}`}` };
  }
  if (nameInside(realpathSync(folder), real) === undefined) return outside;
  return { file, name };
}

/** What is wrong with the file `src` that `entry` names: where it lies, then what `inspect` finds in it. */
export function fileFinding(entry: CollectionFile, src: string, kind: FileKind, inspect: (file: string) => FileFinding): FileFinding {
  const named = namedFile(entry, src, kind);
  return 'error' in named ? named : { ...inspect(named.file), ...named };
}
