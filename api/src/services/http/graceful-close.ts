import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, Socket } from 'node:net';

interface Tracker {
  /** Requests in progress per open connection. */
  sockets: Map<Socket, number>;
  closing: boolean;
}

const trackers = new WeakMap<Server, Tracker>();

/** Follows the server's connections and their requests from the start, so that `closeGracefully` can judge them. */
export function trackConnections(server: Server): void {
  const t: Tracker = { sockets: new Map(), closing: false };
  trackers.set(server, t);
  server.on('connection', (socket: Socket) => {
    t.sockets.set(socket, 0);
    socket.once('close', () => t.sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    t.sockets.set(socket, (t.sockets.get(socket) ?? 0) + 1);
    if (t.closing && !res.headersSent) res.setHeader('Connection', 'close');
    res.once('close', () => {
      if (t.sockets.has(socket)) t.sockets.set(socket, Math.max(0, t.sockets.get(socket)! - 1));
    });
  });
}

/**
 * Stops an HTTP server without dropping a request that reached it. `server.close()` (Node 19+) destroys every
 * connection without a request in progress at once, including one accepted a moment ago whose request is still
 * unread in its buffer; under load that request got ECONNRESET. Here the listener stops first, connections get
 * `graceMs` to deliver a request (answered with `Connection: close`), then idle ones are closed, and the promise
 * settles when every answer is out, or after `timeoutMs`.
 */
export function closeGracefully(server: Server, graceMs = 1000, timeoutMs = 60_000): Promise<void> {
  const t = trackers.get(server);
  if (!t) throw new Error('closeGracefully needs trackConnections(server) from the start');
  t.closing = true;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    };
    // net.Server's close: stop accepting, call back once the last connection has ended.
    NetServer.prototype.close.call(server, () => finish());
    const sweep = setInterval(() => {
      for (const [socket, active] of t.sockets) if (active === 0) socket.destroy();
    }, graceMs);
    const deadline = setTimeout(() => {
      for (const socket of t.sockets.keys()) socket.destroy();
      finish();
    }, timeoutMs);
    if (t.sockets.size === 0) finish();
  });
}
