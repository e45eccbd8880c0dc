import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { ConfigurationProblem } from '../../lib/config/problem';

/**
 * The Chromium the end-to-end tests drive: CHROME_PATH, then Debian's headless shell (the
 * chromium-headless-shell package: the same engine without the desktop browser around it, about
 * half the CPU per page on a small machine), then Debian's /usr/bin/chromium, then a browser
 * Playwright downloaded itself. When there is none and we run as root (CI here), Debian's
 * packages are installed; otherwise the run stops and says what to install.
 */
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

export async function findOrInstallChromium(log: (message: string) => void): Promise<string> {
  const found = await findChromium();
  if (found) return found;
  if (os.userInfo().uid !== 0) {
    throw new ConfigurationProblem(
      'No Chromium found for the end-to-end tests.',
      'Install it (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  log('no Chromium found: installing Debian’s chromium and chromium-headless-shell packages with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'chromium-headless-shell'], { stdio: 'inherit', env });
  } catch (error) {
    throw new ConfigurationProblem('Installing Chromium with apt-get failed.', 'Install it by hand (apt-get install -y chromium) or set CHROME_PATH.', { cause: error });
  }
  const installed = await findChromium();
  if (!installed) throw new ConfigurationProblem('apt-get installed chromium but /usr/bin/chromium is missing.', 'Set CHROME_PATH to the browser binary.');
  return installed;
}

async function findChromium(): Promise<string | null> {
  const candidates = [process.env.CHROME_PATH, HEADLESS_SHELL, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here: fine.
  }
  return null;
}
