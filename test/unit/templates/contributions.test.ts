import * as assert from 'node:assert/strict';
import manifest from '../../../package.json';
import { Commands } from '../../../src/host/commandIds';

interface Contributes {
  commands: { command: string; title: string }[];
  menus?: { commandPalette?: { command: string; when: string }[] };
  configuration: { properties: Record<string, { type: string; scope?: string; markdownDescription?: string; default?: unknown }> };
}

describe('package.json: drafts and templates contributions', () => {
  const contributes = manifest.contributes as unknown as Contributes;

  it('contributes the three draft commands with their titles', () => {
    const titles = Object.fromEntries(contributes.commands.map((c) => [c.command, c.title]));
    assert.equal(titles[Commands.newDraft], 'New Decline Draft');
    assert.equal(titles[Commands.openInMailClient], 'Open Draft in Mail Client');
    assert.equal(titles[Commands.copyDraftBody], 'Copy Draft Body');
  });

  it('offers the mail and copy commands in the palette only while a text editor is active', () => {
    for (const command of [Commands.openInMailClient, Commands.copyDraftBody]) {
      const entry = contributes.menus?.commandPalette?.find((m) => m.command === command);
      assert.ok(entry, command);
      // Any text editor: files, untitled drafts (what New Decline Draft opens) and virtual files.
      // Checked in the real workbench: `activeEditor == workbench.editors.files.textFileEditor` hid them for untitled drafts.
      assert.equal(entry.when, 'editorLangId');
    }
    assert.equal(contributes.menus?.commandPalette?.some((m) => m.command === Commands.newDraft && m.when === 'false'), false, 'New Decline Draft stays in the palette');
  });

  it('describes both settings, with a scope and an empty default', () => {
    for (const key of ['gracefulDecline.senderName', 'gracefulDecline.templatesFolder']) {
      const setting = contributes.configuration.properties[key];
      assert.ok(setting, key);
      assert.equal(setting.type, 'string');
      assert.equal(setting.default, '');
      assert.ok(setting.scope && (setting.markdownDescription ?? '').length > 30, key);
    }
  });

  it('restricts the templates folder setting in untrusted workspaces', () => {
    const untrusted = (manifest as unknown as { capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] } } }).capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.ok((untrusted.description ?? '').length > 20);
    assert.ok(untrusted.restrictedConfigurations?.includes('gracefulDecline.templatesFolder'));
  });
});
