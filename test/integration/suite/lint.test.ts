import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, diagnosticsWhen, openFile, screenshot } from './helpers';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('dockerCourse');

describe('lint in the editor', () => {
  it('activates on opening a Dockerfile and shows diagnostics with precise ranges and docs links', async () => {
    const editor = await openFile('app/Dockerfile');
    const ext = await activate();
    assert.ok(ext.isActive);
    const diags = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'DF01'));
    assert.deepEqual(diags.map(codeOf).sort(), ['DF01', 'DF03', 'DF04', 'DF15', 'DF54']);
    const df01 = diags.find((d) => codeOf(d) === 'DF01')!;
    assert.deepEqual([df01.range.start.line, df01.range.start.character, df01.range.end.line, df01.range.end.character], [0, 5, 0, 11]);
    assert.equal(df01.severity, vscode.DiagnosticSeverity.Warning);
    const target = (df01.code as { target: vscode.Uri }).target;
    assert.match(target.path, /walkthroughs\/reference\/rules\/df01\.md$/);
    const df15 = diags.find((d) => codeOf(d) === 'DF15')!;
    assert.ok(df15.tags?.includes(vscode.DiagnosticTag.Deprecated));
  });

  it('lints a compose file by its name, with the compose rules', async () => {
    const editor = await openFile('stack/compose.yaml');
    await activate();
    const diags = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'CF01') && d.some((x) => codeOf(x) === 'CF02'));
    const cf01 = diags.find((d) => codeOf(d) === 'CF01')!;
    assert.equal(cf01.range.start.line, 0, 'the obsolete version key is reported on its own line');
    const target = (cf01.code as { target: vscode.Uri }).target;
    assert.match(target.path, /walkthroughs\/reference\/rules\/cf01\.md$/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, cf01.range);
    assert.ok(actions.some((a) => a.title.startsWith('Ignore CF01')), actions.map((a) => a.title).join(' | '));
  });

  it('updates diagnostics after an edit', async () => {
    const editor = await openFile('app/Dockerfile');
    await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'DF01'));
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 0, 11), 'FROM python:3.12-slim'));
    const after = await diagnosticsWhen(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'DF01'));
    assert.deepEqual(after.map(codeOf).sort(), ['DF03', 'DF04', 'DF15', 'DF54']);
  });

  it('offers the rule quick fix and ignore comments; applying the fix changes the text as the unit test says', async () => {
    const editor = await openFile('app/Dockerfile');
    const diags = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'DF04'));
    const df04 = diags.find((d) => codeOf(d) === 'DF04')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, df04.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Replace ADD with COPY'), titles.join(' | '));
    assert.ok(titles.includes('Ignore DF04 for this instruction'), titles.join(' | '));
    assert.ok(titles.includes('Ignore DF04 in this file'), titles.join(' | '));
    await screenshot('dockerfile-diagnostics');
    editor.selection = new vscode.Selection(df04.range.start, df04.range.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quick-fix-menu', 'Replace ADD with COPY');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    const fix = actions.find((a) => a.title === 'Replace ADD with COPY')!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.lineAt(3).text, 'COPY app.py /app/');
    await diagnosticsWhen(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'DF04'));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems-panel', 'MAINTAINER');
  });

  it('fix all applies only the safe fixes', async () => {
    const editor = await openFile('fixall/Dockerfile');
    await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'DF08'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), FIX_ALL.value);
    const fixAll = actions.find((a) => a.kind?.value === FIX_ALL.value);
    assert.ok(fixAll?.edit, `no fix-all action among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.equal(
      editor.document.getText(),
      [
        'FROM debian:12-slim',
        'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
        'WORKDIR app', // relative to an unknown base directory: only a suggestion, never applied automatically
        'COPY run.sh /usr/local/bin/',
        'CMD ["run.sh", "--serve"]',
        '',
      ].join('\n'),
    );
  });

  it('contributes its commands and walkthroughs', async () => {
    const ext = await activate();
    const pkg = ext.packageJSON as { contributes: { commands?: { command: string }[]; walkthroughs?: { id: string; steps: unknown[] }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of pkg.contributes.commands ?? []) assert.ok(registered.has(c.command), `${c.command} is contributed but not registered`);
    for (const w of pkg.contributes.walkthroughs ?? []) assert.ok(w.steps.length > 0, `walkthrough ${w.id} has no steps`);
  });

  it('opens the rule reference in the markdown preview from the code action', async () => {
    const editor = await openFile('app/Dockerfile');
    const diags = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'DF03'));
    const df03 = diags.find((d) => codeOf(d) === 'DF03')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, df03.range);
    const docs = actions.find((a) => a.title === 'Show documentation for DF03');
    assert.ok(docs?.command, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
    const labels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    const opened = () => labels().some((l) => /df03\.md/.test(l));
    if (!opened()) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no preview tab among ${labels().join(', ')}`)), 15000);
        const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
          if (!opened()) return;
          clearTimeout(timer);
          sub.dispose();
          resolve();
        });
      });
    }
    await screenshot('rule-reference', 'DF03 exec-form', async () => {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand(docs.command!.command, ...(docs.command!.arguments ?? []));
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('clears diagnostics when the document closes', async () => {
    const editor = await openFile('app/Dockerfile');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await diagnosticsWhen(uri, (d) => d.length === 0);
  });
});

describe('untrusted workspace', () => {
  it('untrusted: still lints', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this run should open the folder in restricted mode');
    const editor = await openFile('app/Dockerfile');
    await activate();
    await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'DF01'));
  });
});

describe('installed vsix', () => {
  it('installed vsix: activates from the package and lints', async () => {
    const ext = await activate();
    assert.ok(!ext.extensionPath.includes('/test/integration'), `loaded from ${ext.extensionPath}`);
    const editor = await openFile('app/Dockerfile');
    const diags = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'DF01'));
    assert.ok(diags.length >= 4);
  });
});
