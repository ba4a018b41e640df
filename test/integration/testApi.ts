// The extension's test API: activate() returns it when the host runs these tests (ExtensionMode.Test).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import type { TestApi } from '../../src/host/testApi';

export async function testApi(): Promise<TestApi> {
  const extension = vscode.extensions.getExtension<TestApi | undefined>(`${manifest.publisher}.${manifest.name}`);
  assert.ok(extension, 'the extension is installed');
  const api = await extension.activate();
  assert.ok(api, 'activate() returns the test API under the tests');
  return api;
}
