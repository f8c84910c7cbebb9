// "Bitext: Link with Counterpart Sentence…", "Bitext: Unlink Sentence", "Bitext: Merge with Next Bead": the server says which
// sentences may be linked and what the workspace's links file becomes; this code asks the user to
// pick one and writes the file through a workspace edit (an edit of the open links file, on its undo
// stack; the server takes the file as the editor holds it, so an Undo there realigns at once).
import type { ExtensionContext } from 'vscode';
import { commands, Range, Uri, window, workspace, WorkspaceEdit } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LINK_CANDIDATES_REQUEST, LINK_REQUEST, MERGE_REQUEST, SPLIT_REQUEST, UNPAIRED_REQUEST, type MergeParams, type LinkCandidatesParams, type LinkCandidatesResult, type LinkParams, type LinkResult } from '../../server/src/lsp/protocol';

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function registerLinks(context: ExtensionContext, client: () => LanguageClient | undefined): void {
  const where = (): LinkCandidatesParams | undefined => {
    const editor = window.activeTextEditor;
    return editor ? { uri: editor.document.uri.toString(), position: editor.selection.active } : undefined;
  };

  const write = async (result: LinkResult, done: string) => {
    if (result.error !== undefined) {
      void window.showInformationMessage(`Bitext: ${result.error}`);
      return;
    }
    const uri = Uri.parse(result.fileUri);
    const create = new WorkspaceEdit();
    create.createFile(uri, { ignoreIfExists: true });
    await workspace.applyEdit(create);
    const doc = await workspace.openTextDocument(uri);
    const replace = new WorkspaceEdit();
    replace.replace(uri, new Range(0, 0, doc.lineCount, 0), result.text);
    await workspace.applyEdit(replace);
    await doc.save();
    // the edit is on the links file's undo stack: Ctrl+Z there takes the correction back (the server
    // reads the file as the editor holds it, so at once, saved or not)
    void window.setStatusBarMessage(`Bitext: ${done}; Undo in that file takes it back`, 8000);
  };

  const link = async () => {
    const languageClient = client();
    const params = where();
    if (!languageClient || !params) return;
    const answer = await languageClient.sendRequest<LinkCandidatesResult>(LINK_CANDIDATES_REQUEST, params);
    if (answer.error !== undefined) {
      void window.showInformationMessage(`Bitext: ${answer.error}`);
      return;
    }
    const pick = await window.showQuickPick(
      answer.candidates.map((candidate) => ({ label: candidate.text, description: candidate.current ? '(aligned with it now)' : undefined, candidate })),
      { title: `Bitext: link "${shorten(answer.sentence)}" with…`, placeHolder: 'the sentence of the counterpart that translates it', matchOnDescription: true },
    );
    if (!pick) return;
    await write(await languageClient.sendRequest<LinkResult>(LINK_REQUEST, { ...params, other: pick.candidate.text } satisfies LinkParams), 'sentences linked (.bitext/links.json)');
  };

  const unlink = async () => {
    const languageClient = client();
    const params = where();
    if (!languageClient || !params) return;
    await write(await languageClient.sendRequest<LinkResult>(LINK_REQUEST, { ...params, other: null } satisfies LinkParams), 'link removed (.bitext/links.json)');
  };

  const merge = async () => {
    const languageClient = client();
    const params = where();
    if (!languageClient || !params) return;
    await write(await languageClient.sendRequest<LinkResult>(MERGE_REQUEST, params satisfies MergeParams), 'beads merged (.bitext/links.json)');
  };

  const split = async () => {
    const languageClient = client();
    const params = where();
    if (!languageClient || !params) return;
    await write(await languageClient.sendRequest<LinkResult>(SPLIT_REQUEST, params satisfies MergeParams), 'bead split (.bitext/links.json)');
  };

  const unpaired = async () => {
    const languageClient = client();
    const params = where();
    if (!languageClient || !params) return;
    await write(await languageClient.sendRequest<LinkResult>(UNPAIRED_REQUEST, params satisfies MergeParams), 'sentence linked to no counterpart (.bitext/links.json)');
  };

  context.subscriptions.push(
    commands.registerCommand('bitext.linkSentence', link),
    commands.registerCommand('bitext.unlinkSentence', unlink),
    commands.registerCommand('bitext.mergeWithNext', merge),
    commands.registerCommand('bitext.splitHere', split),
    commands.registerCommand('bitext.markUnpaired', unpaired),
  );
}
