// A front for a local stack that adds a realtime endpoint: HTTP requests are passed through to
// the backend unchanged, and WebSocket upgrades on /socket.io/ are answered by a minimal
// Socket.IO v4 server (Engine.IO 4 over WebSocket only, the transport the SDK's realtime client
// uses) that authenticates the handshake the way InsForge's realtime does: `auth.token` is the
// anon key or a JWT that jsonwebtoken verifies with JWT_SECRET; anything else is refused with a
// CONNECT_ERROR. Every handshake is recorded.
//
// Wire format (Socket.IO protocol v5 over Engine.IO v4): the server opens with
// `0{"sid",…,"pingInterval","pingTimeout","maxPayload"}`; the client sends `40` + JSON auth; the
// server answers `40{"sid"}` (connected) or `44{"message"}` (refused). `2`/`3` are ping/pong.

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { WebSocketServer } from 'ws';

/** startRealtimeFront({ backendUrl, secrets }) → { url, handshakes, connections(), dropAll(), close() } */
export async function startRealtimeFront({ backendUrl, secrets }) {
  const backend = new URL(backendUrl);
  const handshakes = [];
  const sockets = new Set();

  const server = http.createServer((req, res) => {
    const out = http.request(
      { host: backend.hostname, port: backend.port, method: req.method, path: req.url, headers: { ...req.headers, host: backend.host } },
      (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', (e) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'BAD_GATEWAY', message: e.message, statusCode: 502 }));
    });
    req.pipe(out);
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url, 'http://front');
    if (url.pathname !== '/socket.io/' || url.searchParams.get('EIO') !== '4' || url.searchParams.get('transport') !== 'websocket') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws));
  });

  function authenticate(auth) {
    const token = auth?.token;
    if (typeof token !== 'string' || token === '') return { ok: false, reason: 'no token' };
    if (token === secrets.ANON_KEY) return { ok: true, role: 'anon' };
    try {
      const claims = jwt.verify(token, secrets.JWT_SECRET, { algorithms: ['HS256'] });
      return { ok: true, role: claims.role, sub: claims.sub, exp: claims.exp };
    } catch (e) {
      return { ok: false, reason: e.message };
    }
  }

  function accept(ws) {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(`0${JSON.stringify({ sid: randomUUID(), upgrades: [], pingInterval: 300_000, pingTimeout: 300_000, maxPayload: 1_000_000 })}`);
    ws.on('message', (data) => {
      const text = data.toString();
      if (text === '3') return; // pong
      if (!text.startsWith('40')) return; // only the CONNECT of the main namespace matters here
      let auth = {};
      try {
        auth = text.length > 2 ? JSON.parse(text.slice(2)) : {};
      } catch {
        /* an unreadable auth payload is no token */
      }
      const verdict = authenticate(auth);
      handshakes.push({ at: Date.now(), token: auth?.token ?? null, ...verdict });
      if (verdict.ok) ws.send(`40${JSON.stringify({ sid: randomUUID() })}`);
      else ws.send(`44${JSON.stringify({ message: `unauthorized: ${verdict.reason}` })}`);
    });
  }

  await new Promise((resolve, reject) => server.listen(0, '127.0.0.1', resolve).on('error', reject));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    handshakes,
    connections: () => sockets.size,
    /** Close every socket from the server side, as a restart or a network drop would. */
    dropAll() {
      for (const ws of sockets) ws.terminate();
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections?.();
      });
    },
  };
}
