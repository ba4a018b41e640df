// A real Node file system rooted in a folder, for the store's unit tests (the extension passes
// an adapter over vscode.workspace.fs instead).
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileSystem } from '../../../src/core/decisionLog/store';

export class NodeFileSystem implements FileSystem {
  constructor(readonly dir: string) {}
  readFile(name: string): Promise<Uint8Array> {
    return fs.readFile(path.join(this.dir, name));
  }
  writeFile(name: string, data: Uint8Array): Promise<void> {
    return fs.writeFile(path.join(this.dir, name), data);
  }
  rename(from: string, to: string): Promise<void> {
    return fs.rename(path.join(this.dir, from), path.join(this.dir, to));
  }
  delete(name: string): Promise<void> {
    return fs.rm(path.join(this.dir, name));
  }
  async stat(name: string): Promise<{ size: number; mtime: number } | undefined> {
    try {
      const { size, mtimeMs } = await fs.stat(path.join(this.dir, name));
      return { size, mtime: mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
  async list(): Promise<string[]> {
    try {
      return (await fs.readdir(this.dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'graceful-decline-log-'));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

export async function listDir(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

export async function readText(dir: string, name: string): Promise<string> {
  return fs.readFile(path.join(dir, name), 'utf8');
}

export async function writeText(dir: string, name: string, text: string | Uint8Array): Promise<void> {
  await fs.writeFile(path.join(dir, name), text);
}

/** Sets a file's modified time (to make a leftover file look old or new). */
export async function setModified(dir: string, name: string, time: Date): Promise<void> {
  await fs.utimes(path.join(dir, name), time, time);
}

export async function removeFile(dir: string, name: string): Promise<void> {
  await fs.rm(path.join(dir, name));
}
