// A page of an ordinary web service that takes files three ways (a file input,
// a pasted picture in a chat box, a drop zone) and records what reached it,
// served on loopback for the end-to-end tests.
import { createServer, type Server } from 'node:http';

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Gửi hồ sơ</title></head>
<body>
<h1>Gửi hồ sơ</h1>
<input id="file" type="file" multiple>
<div id="chat" contenteditable="true" style="min-height:60px;border:1px solid #888">Nhắn tin…</div>
<script>
  window.__got = [];
  const note = (how, f) => { window.__got.push({ how, type: f.type, size: f.size }); fetch('/upload', { method: 'POST', body: f }); };
  document.getElementById('file').addEventListener('change', (e) => { for (const f of e.target.files) note('input', f); });
  document.getElementById('chat').addEventListener('paste', (e) => {
    e.preventDefault();
    for (const f of e.clipboardData.files) note('paste', f);
  });
</script>
</body></html>`;

export interface UploadPage {
  url: string;
  origin: string;
  /** Bodies the page posted (what a real service would have received). */
  uploads: Buffer[];
  close(): Promise<void>;
}

export async function startUploadPage(): Promise<UploadPage> {
  const uploads: Buffer[] = [];
  const server: Server = createServer(async (req, res) => {
    if (req.method === 'POST') {
      const parts: Buffer[] = [];
      try {
        for await (const c of req) parts.push(c as Buffer);
      } catch {
        // The test closed the page mid-upload: nothing was received.
        return;
      }
      uploads.push(Buffer.concat(parts));
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: `${origin}/`,
    origin,
    uploads,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
