import * as vscode from 'vscode';
import type { FileSystem } from '../../core/decisionLog/store';

/** The store's FileSystem over vscode.workspace.fs, in one folder (works in the web extension host too). */
export class WorkspaceFileSystem implements FileSystem {
  private folderReady: Promise<void> | undefined;

  constructor(private readonly folder: vscode.Uri) {}

  private uri(name: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, name);
  }

  async readFile(name: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uri(name));
  }

  async writeFile(name: string, data: Uint8Array): Promise<void> {
    this.folderReady ??= Promise.resolve(vscode.workspace.fs.createDirectory(this.folder));
    await this.folderReady;
    await vscode.workspace.fs.writeFile(this.uri(name), data);
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(this.uri(from), this.uri(to), { overwrite: true });
  }

  async delete(name: string): Promise<void> {
    await vscode.workspace.fs.delete(this.uri(name), { useTrash: false });
  }

  async stat(name: string): Promise<{ size: number; mtime: number } | undefined> {
    try {
      const { size, mtime } = await vscode.workspace.fs.stat(this.uri(name));
      return { size, mtime };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  async list(): Promise<string[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(this.folder)).filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return [];
      throw error;
    }
  }
}
