import net from 'node:net';
import { ConfigurationProblem } from '../config/problem';

/** Resolves to a TCP port on 127.0.0.1 that nothing listens on right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Resolves when `port` can be bound on every interface (what `next start` will try); otherwise
 * rejects with a ConfigurationProblem naming why: in use, or reserved for the administrator.
 */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => reject(portProblem(port, error)));
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** The one line for a failed listen on `port`. */
export function portProblem(port: number, error: NodeJS.ErrnoException): ConfigurationProblem {
  const options = { cause: error };
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigurationProblem(
        `Port ${port} is already in use.`,
        `Stop whatever listens there (lsof -i :${port}), or start on another port: PORT=${port + 1} npm start`,
        options,
      );
    case 'EACCES':
      // Ports below 1024 are privileged on Linux and macOS.
      return new ConfigurationProblem(
        `Port ${port} needs administrator privileges to listen on.`,
        'Choose a PORT of 1024 or above (PORT=3000 npm start), with a proxy in front answering on port 80 or 443.',
        options,
      );
    default:
      return new ConfigurationProblem(`Cannot listen on port ${port}: ${error.message}.`, 'Choose another PORT, for example PORT=3000 npm start.', options);
  }
}
