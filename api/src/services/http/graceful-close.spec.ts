import { createServer, Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { closeGracefully, trackConnections } from './graceful-close';

/** Sends a raw GET on an open socket and collects everything the server writes until it closes the socket. */
function ask(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (d) => (text += d.toString()));
    socket.on('error', (e) => resolve(`error: ${(e as NodeJS.ErrnoException).code}`));
    socket.on('close', () => resolve(text));
    socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  });
}

describe('closeGracefully', () => {
  let server: Server;
  let port: number;
  let received: string[];
  beforeEach(async () => {
    received = [];
    server = createServer((req, res) => {
      received.push(req.url ?? '');
      const delay = req.url === '/slow' ? 300 : 0;
      setTimeout(() => res.end(`answer to ${req.url}`), delay);
    });
    trackConnections(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => server.closeAllConnections());

  /** Waits for a condition instead of a fixed time: a loaded machine may take longer than any guess. */
  const until = async (ok: () => boolean) => {
    while (!ok()) await new Promise((r) => setTimeout(r, 5));
  };

  const connected = () =>
    new Promise<Socket>((resolve) => {
      const s = connect(port, '127.0.0.1', () => resolve(s));
    });

  it('answers a request sent on a kept-alive connection while the server begins to close', async () => {
    // Plain server.close() (Node 19+) closes kept-alive connections at once: this second request was lost.
    const socket = await connected();
    let text = '';
    socket.on('data', (d) => (text += d.toString()));
    const ended = new Promise<void>((r) => socket.on('close', () => r()));
    socket.write('GET /first HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => text.includes('answer to /first'));
    expect(text).toMatch(/Keep-Alive/i);
    const closing = closeGracefully(server, 500);
    await new Promise((r) => setTimeout(r, 20));
    socket.write('GET /second HTTP/1.1\r\nHost: x\r\n\r\n');
    await ended;
    expect(text).toMatch(/answer to \/first/);
    expect(text).toMatch(/Connection: close[\s\S]*answer to \/second$/i);
    await closing;
  });

  it('lets a request in progress finish, and refuses new connections', async () => {
    const socket = await connected();
    const answer = ask(socket, '/slow');
    await until(() => received.includes('/slow'));
    const closing = closeGracefully(server, 100);
    const refused = await new Promise<string>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.on('connect', () => resolve('connected'));
      s.on('error', (e) => resolve((e as NodeJS.ErrnoException).code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(await answer).toMatch(/answer to \/slow$/);
    await closing;
  });

  it('closes connections that stay idle after the grace time', async () => {
    const socket = await connected();
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    await closeGracefully(server, 100);
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});
