// Finds Chrome/Chromium for the tests, and installs Debian's chromium when
// running as root on Debian with none present. No npm package may download one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
const PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChrome() {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  for (const name of NAMES) {
    const found = which(name);
    if (found) return found;
  }
  return PATHS.find((p) => existsSync(p));
}

export function ensureChrome() {
  let chrome = findChrome();
  if (chrome) return chrome;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/etc/debian_version')) {
    console.log('No Chrome/Chromium found: installing Debian\'s chromium (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    chrome = findChrome();
    if (chrome) return chrome;
  }
  console.error(
    'No Chrome or Chromium found. Install one and/or point CHROME_PATH at it, e.g.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  macOS:         brew install --cask chromium\n' +
      '  any:           CHROME_PATH=/path/to/chrome npm test'
  );
  process.exit(1);
}

// Flags for a root session on a machine whose network reaches only registries.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests run in several tabs at once: a background tab must still get frames and timers.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChrome());
