import { readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigurationProblem } from '../config/problem';
import { assertPortFree, findFreePort, portProblem } from './free-port';

/** Whether this process may not listen on port 80 (not root, and Linux keeps ports below 1024 privileged). */
function lowPortsPrivileged(): boolean {
  if (os.userInfo().uid === 0) return false;
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8')) > 80;
  } catch {
    return process.platform !== 'win32';
  }
}

const errno = (code: string, message = code): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

describe('the port npm start serves on', () => {
  it('is accepted when nothing listens there', async () => {
    await expect(assertPortFree(await findFreePort())).resolves.toBeUndefined();
  });

  it('in use is one line saying so, with how to find the other listener or move', async () => {
    const blocker = net.createServer().listen(0);
    await new Promise((resolve) => blocker.once('listening', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const problem = await assertPortFree(port).catch((error: unknown) => error);
      expect(problem).toBeInstanceOf(ConfigurationProblem);
      expect(String(problem)).toBe(`Port ${port} is already in use.\n  → Stop whatever listens there (lsof -i :${port}), or start on another port: PORT=${port + 1} npm start`);
    } finally {
      blocker.close();
    }
  });

  it('reserved for the administrator (EACCES) says it needs privileges and to choose a PORT of 1024 or above', () => {
    expect(String(portProblem(80, errno('EACCES', 'listen EACCES: permission denied 0.0.0.0:80')))).toBe(
      'Port 80 needs administrator privileges to listen on.\n  → Choose a PORT of 1024 or above (PORT=3000 npm start), with a proxy in front answering on port 80 or 443.',
    );
  });

  it.runIf(lowPortsPrivileged())('80, for a user who may not listen there, is that problem', async () => {
    await expect(assertPortFree(80)).rejects.toThrow('Port 80 needs administrator privileges to listen on.');
  });

  it('failing otherwise names the reason', () => {
    expect(String(portProblem(3000, errno('EADDRNOTAVAIL', 'listen EADDRNOTAVAIL: address not available')))).toBe(
      'Cannot listen on port 3000: listen EADDRNOTAVAIL: address not available.\n  → Choose another PORT, for example PORT=3000 npm start.',
    );
  });
});
