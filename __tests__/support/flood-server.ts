/**
 * A local endpoint that answers with a chunked body (no content-length) of up to `offerBytes`, and records how many
 * bytes it managed to write before the client hung up: a client that caps what it reads while the body streams
 * stops the flood near its cap; one that reads the whole body first takes everything offered.
 */
import { createServer } from 'node:http';

export interface FloodServer {
  url: string;
  /** Resolves with the bytes written once the answer ended or the client closed the connection. */
  written(): Promise<number>;
  close(): Promise<void>;
}

export async function startFloodServer(
  offerBytes: number,
  chunk = Buffer.alloc(256 * 1024, 'x'),
): Promise<FloodServer> {
  let done: (bytes: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (done = resolve));
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    let bytes = 0;
    let closed = false;
    res.on('close', () => {
      closed = true;
      done(bytes);
    });
    const pump = (): void => {
      while (!closed && bytes < offerBytes) {
        bytes += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!closed) res.end();
    };
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/metrics`,
    written: () => finished,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
