// The pre-step of `npm test` and `npm run test:firefox`: finds the system browser the tests
// drive, installs it where this machine allows (Debian or Ubuntu, as root or with
// passwordless sudo), and otherwise stops with the one command to run. It never downloads a
// browser build of its own. Silent, and a few file checks long, when the browser is there.
//
//   node scripts/ensure-browser.js chromium|firefox
//
// web-test-runner.browsers.js reads the same lists, so the tests and this step agree on
// where a browser may be. Keep this file free of heavy imports: it runs before every test.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Where each browser may be, the variable that overrides that, and its package per system
 * family. On Ubuntu both packages are snap shims on recent releases: apt installs the snap.
 */
export const BROWSERS = {
  chromium: {
    name: 'Chromium',
    variable: 'CHROME_PATH',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    packages: {
      debian: 'chromium',
      ubuntu: 'chromium-browser',
      fedora: 'chromium',
      arch: 'chromium',
      darwin: 'google-chrome',
    },
  },
  firefox: {
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: { debian: 'firefox-esr', ubuntu: 'firefox', fedora: 'firefox', arch: 'firefox' },
  },
};

/** The command a person runs to install `pkg` on a system `family`, for the stop message. */
const MANUAL_INSTALL = {
  debian: (pkg, sudo) =>
    sudo
      ? `sudo apt-get update && sudo apt-get install -y ${pkg}`
      : `su -c 'apt-get update && apt-get install -y ${pkg}'`,
  ubuntu: (pkg, sudo) => MANUAL_INSTALL.debian(pkg, sudo),
  fedora: (pkg) => `sudo dnf install -y ${pkg}`,
  arch: (pkg) => `sudo pacman -S --needed ${pkg}`,
  darwin: (pkg) => `brew install --cask ${pkg}`,
};

/**
 * The system family from `process.platform` and the text of /etc/os-release: debian,
 * ubuntu (Ubuntu and its derivatives), fedora, arch, darwin, or undefined.
 */
export function systemFamily(platform, osRelease) {
  if (platform === 'darwin') return 'darwin';
  if (platform !== 'linux' || !osRelease) return undefined;
  const field = (key) =>
    (osRelease.match(new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm'))?.[1] ?? '').split(/\s+/);
  const ids = [...field('ID'), ...field('ID_LIKE')];
  return ['ubuntu', 'debian', 'fedora', 'arch'].find((family) => ids.includes(family));
}

/**
 * Where the browser is, without installing anything: `{ path }`, or `{ missing }` with
 * what was wrong. `$VARIABLE` wins when set; a set variable naming no file is an error, not
 * a reason to look elsewhere.
 */
export function findBrowser(key, { env, exists }) {
  const browser = BROWSERS[key];
  const fromEnv = env[browser.variable];
  if (fromEnv) {
    return exists(fromEnv)
      ? { path: fromEnv }
      : { missing: `${browser.variable}=${fromEnv} does not exist.`, fromEnv: true };
  }
  const path = browser.candidates.find((candidate) => exists(candidate));
  return path
    ? { path }
    : { missing: `${browser.name} was not found in ${browser.candidates.join(', ')}.` };
}

/**
 * What the pre-step should do, decided from the injected `system` alone:
 * - `{ action: 'found', path }`;
 * - `{ action: 'install', package, commands, note? }`: argv lists to run in turn (apt, as
 *   root or through `sudo -n`);
 * - `{ action: 'stop', message }`: what is missing and the one command to run.
 *
 * `system` is `{ env, exists(path), platform, uid, osRelease(), canSudo() }`; the last two
 * are only called when the browser is missing, so a present browser costs a few `exists`.
 */
export function planBrowser(key, system) {
  const browser = BROWSERS[key];
  const found = findBrowser(key, system);
  if (found.path) return { action: 'found', path: found.path };
  const variable = browser.variable;
  if (found.fromEnv) {
    return stop(`${found.missing} Point it at ${browser.name}'s executable, or unset it.`);
  }

  const family = systemFamily(system.platform, system.osRelease());
  const pkg = family && browser.packages[family];
  const apt = (family === 'debian' || family === 'ubuntu') && system.exists('/usr/bin/apt-get');
  const note =
    family === 'ubuntu'
      ? `On Ubuntu, apt's ${pkg} package installs the ${browser.name} snap, which needs snapd.`
      : undefined;
  if (apt) {
    const root = system.uid === 0;
    if (root || system.canSudo()) {
      const prefix = root ? [] : ['sudo', '-n'];
      return {
        action: 'install',
        package: pkg,
        commands: [
          [...prefix, 'apt-get', 'update', '-qq'],
          [
            ...prefix,
            'env',
            'DEBIAN_FRONTEND=noninteractive',
            'apt-get',
            'install',
            '-y',
            '-qq',
            pkg,
          ],
        ],
        ...(note && { note }),
      };
    }
  }
  const manual = pkg && MANUAL_INSTALL[family](pkg, system.exists('/usr/bin/sudo'));
  return stop(
    `${found.missing}\n` +
      (manual
        ? `Install it with:\n\n    ${manual}\n\nthen run the tests again. Or set ${variable} ` +
          `to a ${browser.name} executable.${note ? `\n${note}` : ''}`
        : `Install ${browser.name} with your system's package manager, or set ${variable} ` +
          `to its executable, then run the tests again.`),
  );
}

function stop(message) {
  return { action: 'stop', message: `knead-widgets: the tests need a browser. ${message}` };
}

/**
 * Finds or installs the browser; returns its path, or throws an Error whose message says
 * what to do. `run(argv)` runs a command and returns its exit status; `log` reports progress.
 */
export function ensureBrowser(key, system, { run, log }) {
  const plan = planBrowser(key, system);
  if (plan.action === 'found') return plan.path;
  if (plan.action === 'stop') throw new Error(plan.message);

  const { name } = BROWSERS[key];
  log(`knead-widgets: ${name} is missing; installing the ${plan.package} package (apt-get).`);
  if (plan.note) log(`knead-widgets: ${plan.note}`);
  for (const argv of plan.commands) {
    const status = run(argv);
    if (status !== 0) {
      throw new Error(
        `knead-widgets: installing ${name} failed (\`${argv.join(' ')}\` exited with ${status}). ` +
          `Install the ${plan.package} package yourself, or set ${BROWSERS[key].variable} to ` +
          `a ${name} executable, then run the tests again.`,
      );
    }
  }
  const after = findBrowser(key, system);
  if (after.path) {
    log(`knead-widgets: ${name} installed at ${after.path}.`);
    return after.path;
  }
  throw new Error(
    `knead-widgets: the ${plan.package} package installed, but ${after.missing} ` +
      `Set ${BROWSERS[key].variable} to its executable.`,
  );
}

/** This machine, as `planBrowser` sees it. */
export function thisSystem() {
  return {
    env: process.env,
    exists: existsSync,
    platform: process.platform,
    uid: process.getuid?.(),
    osRelease: () => {
      try {
        return readFileSync('/etc/os-release', 'utf8');
      } catch {
        return undefined;
      }
    },
    canSudo: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
}

/**
 * The browser's path for the test tools, which never install: throws with the message that
 * names the pre-step (or `$VARIABLE`) when it is missing.
 */
export function browserPath(key) {
  const found = findBrowser(key, thisSystem());
  if (found.path) return found.path;
  throw new Error(
    `knead-widgets: ${found.missing} Run \`node scripts/ensure-browser.js ${key}\` to find or ` +
      `install it, or set ${BROWSERS[key].variable} to its executable.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const key = process.argv[2];
  if (!Object.hasOwn(BROWSERS, key)) {
    console.error(`Usage: node scripts/ensure-browser.js ${Object.keys(BROWSERS).join('|')}`);
    process.exit(2);
  }
  try {
    ensureBrowser(key, thisSystem(), {
      run: (argv) => spawnSync(argv[0], argv.slice(1), { stdio: 'inherit' }).status ?? 1,
      log: (line) => console.error(line),
    });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
