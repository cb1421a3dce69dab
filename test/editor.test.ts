/**
 * Editor support, proven: the real yaml-language-server (what the VS Code YAML extension runs),
 * spoken to over the Language Server Protocol, flags a level 7 from schemas/assessment.schema.json.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/root.js';
import { startProcess } from './helpers/spawn.js';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
}

/** A minimal LSP client over stdio: Content-Length framing, requests, and a wait for a notification. */
function languageServer() {
  const bin = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
  const { child } = startProcess(process.execPath, [bin, '--stdio']);
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const listeners: ((message: Message) => void)[] = [];
  const send = (message: Message & { jsonrpc?: string }) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())![1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()) as Message;
      buffer = buffer.subarray(end + 4 + length);
      // The server asks for its settings: answer every configuration item with validation on.
      if (message.method === 'workspace/configuration' && message.id !== undefined) {
        const items = (message.params as { items: unknown[] }).items;
        send({ id: message.id, result: items.map(() => ({ validate: true, hover: true, completion: true, schemaStore: { enable: false } })) } as Message);
      } else if (message.method && message.id !== undefined) {
        send({ id: message.id, result: null } as Message);
      }
      for (const listener of [...listeners]) listener(message);
    }
  });
  return {
    request(method: string, params: unknown): Promise<unknown> {
      const id = nextId++;
      return new Promise((resolve) => {
        const listener = (m: Message) => {
          if (m.id === id && m.method === undefined) {
            listeners.splice(listeners.indexOf(listener), 1);
            resolve(m.result);
          }
        };
        listeners.push(listener);
        send({ id, method, params });
      });
    },
    notify: (method: string, params: unknown) => send({ method, params }),
    waitFor(method: string, accept: (params: any) => boolean): Promise<any> {
      return new Promise((resolve) => {
        const listener = (m: Message) => {
          if (m.method === method && accept(m.params)) {
            listeners.splice(listeners.indexOf(listener), 1);
            resolve(m.params);
          }
        };
        listeners.push(listener);
      });
    },
    stop: () => child.kill(),
  };
}

describe('yaml-language-server with our schema', () => {
  it('reports a level 7 as a diagnostic from schemas/assessment.schema.json, and hovers its level description', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-lsp-'));
    const file = join(dir, 'kota-x-2024.yaml');
    const schema = pathToFileURL(join(ROOT, 'schemas/assessment.schema.json')).href;
    const text = `# yaml-language-server: $schema=${schema}\nyear: 2024\nagency: Kota X\nindicators:\n  1: 3\n  42: 7\n`;
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const server = languageServer();
    try {
      await server.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } } });
      server.notify('initialized', {});
      server.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, hover: true, schemaStore: { enable: false } } } });
      const diagnostics = server.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const published = await diagnostics;
      const levelSeven = published.diagnostics.find((d: { range: { start: { line: number } } }) => d.range.start.line === 5);
      expect(levelSeven).toMatchObject({ message: 'Value is above the maximum of 5.', range: { start: { line: 5, character: 6 } } });
      // The source names the title our schema gives indicator 42 (scripts/assessment-schema.mjs).
      expect(levelSeven.source).toBe('yaml-schema: 42. Tingkat Kematangan Layanan Pengaduan Pelayanan Publik');
      const hover = (await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 7 } })) as { contents: { value: string } };
      expect(hover.contents.value).toContain('Maturity level (tingkat): a whole number 1..5 under PermenPANRB 59/2020');
      expect(hover.contents.value).toContain('Source: [assessment.schema.json]');
    } finally {
      server.stop();
    }
  }, 30_000);
});
