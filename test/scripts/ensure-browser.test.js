// The pre-step of `npm test` and `npm run test:firefox` (scripts/ensure-browser.js): what it
// decides on machines we cannot be on (injected files, user, sudo, distribution), and one
// real run on this one. Nothing here installs or removes a browser.
// Run with `node --test test/scripts/` (`npm run test:scripts`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BROWSERS,
  browserPath,
  ensureBrowser,
  planBrowser,
  systemFamily,
  thisSystem,
} from '../../scripts/ensure-browser.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/ensure-browser.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const ALPINE = 'NAME="Alpine Linux"\nID=alpine\n';

/**
 * A machine described by its files and user. `files` is mutable, so a fake install can add
 * the browser; `osRelease` and `canSudo` record whether they were asked.
 */
function machine({
  files = [],
  env = {},
  uid = 1000,
  sudo = false,
  osRelease = DEBIAN,
  platform = 'linux',
} = {}) {
  const asked = { osRelease: 0, canSudo: 0 };
  const present = new Set(files);
  return {
    present,
    asked,
    system: {
      env,
      platform,
      uid,
      exists: (path) => present.has(path),
      osRelease: () => (asked.osRelease++, osRelease),
      canSudo: () => (asked.canSudo++, sudo),
    },
  };
}

const APT = '/usr/bin/apt-get';

test('a present browser is found with a few file checks, asking nothing else', () => {
  const { system, asked } = machine({ files: ['/usr/bin/chromium-browser', APT] });
  assert.deepEqual(planBrowser('chromium', system), {
    action: 'found',
    path: '/usr/bin/chromium-browser',
  });
  assert.deepEqual(asked, { osRelease: 0, canSudo: 0 });
});

test('$CHROME_PATH wins over the usual places', () => {
  const { system } = machine({
    files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
    env: { CHROME_PATH: '/opt/chrome/chrome' },
  });
  assert.deepEqual(planBrowser('chromium', system), {
    action: 'found',
    path: '/opt/chrome/chrome',
  });
});

test('a $CHROME_PATH naming no file stops, and installs nothing even as root', () => {
  const { system } = machine({ files: [APT], env: { CHROME_PATH: '/nope/chrome' }, uid: 0 });
  const plan = planBrowser('chromium', system);
  assert.equal(plan.action, 'stop');
  assert.match(plan.message, /^knead-widgets: /);
  assert.match(plan.message, /CHROME_PATH=\/nope\/chrome does not exist/);
});

test('as root on Debian it installs chromium with apt-get, no sudo', () => {
  const { system, asked } = machine({ files: [APT], uid: 0 });
  assert.deepEqual(planBrowser('chromium', system), {
    action: 'install',
    package: 'chromium',
    commands: [
      ['apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
    ],
  });
  assert.equal(asked.canSudo, 0);
});

test('with passwordless sudo it installs through sudo -n', () => {
  const { system } = machine({ files: [APT], uid: 1000, sudo: true });
  const plan = planBrowser('chromium', system);
  assert.equal(plan.action, 'install');
  assert.deepEqual(plan.commands, [
    ['sudo', '-n', 'apt-get', 'update', '-qq'],
    [
      'sudo',
      '-n',
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      'install',
      '-y',
      '-qq',
      'chromium',
    ],
  ]);
});

test('Firefox is firefox-esr on Debian, checked in $FIREFOX_PATH and the usual places', () => {
  const { system } = machine({ files: [APT], uid: 0 });
  const plan = planBrowser('firefox', system);
  assert.equal(plan.package, 'firefox-esr');
  assert.deepEqual(plan.commands.at(-1).slice(-1), ['firefox-esr']);
  const found = machine({ files: ['/usr/bin/firefox-esr'] }).system;
  assert.deepEqual(planBrowser('firefox', found), {
    action: 'found',
    path: '/usr/bin/firefox-esr',
  });
  const fromEnv = machine({ files: ['/x/ff'], env: { FIREFOX_PATH: '/x/ff' } }).system;
  assert.equal(planBrowser('firefox', fromEnv).path, '/x/ff');
});

test('without root or passwordless sudo it stops with the one command to run', () => {
  const { system, asked } = machine({ files: [APT, '/usr/bin/sudo'], uid: 1000, sudo: false });
  const plan = planBrowser('chromium', system);
  assert.equal(plan.action, 'stop');
  assert.equal(asked.canSudo, 1);
  assert.ok(
    plan.message.includes('\n    sudo apt-get update && sudo apt-get install -y chromium\n'),
    plan.message,
  );
  assert.match(plan.message, /Chromium was not found in \/usr\/bin\/chromium, /);
  assert.match(plan.message, /Or set CHROME_PATH to a Chromium executable/);

  const noSudo = machine({ files: [APT], uid: 1000 }).system;
  assert.ok(
    planBrowser('firefox', noSudo).message.includes(
      "su -c 'apt-get update && apt-get install -y firefox-esr'",
    ),
  );
});

test('on Ubuntu and its derivatives it installs chromium-browser and says it is a snap', () => {
  for (const osRelease of [UBUNTU, MINT]) {
    const { system } = machine({ files: [APT], uid: 0, osRelease });
    const plan = planBrowser('chromium', system);
    assert.equal(plan.package, 'chromium-browser');
    assert.match(plan.note, /snap/);
  }
  const firefox = planBrowser(
    'firefox',
    machine({ files: [APT], uid: 0, osRelease: UBUNTU }).system,
  );
  assert.equal(firefox.package, 'firefox');
});

test('where it cannot install, it says how for that system', () => {
  const fedora = planBrowser('chromium', machine({ osRelease: FEDORA, uid: 0 }).system);
  assert.equal(fedora.action, 'stop');
  assert.ok(fedora.message.includes('sudo dnf install -y chromium'), fedora.message);

  const mac = planBrowser('chromium', machine({ platform: 'darwin', osRelease: undefined }).system);
  assert.ok(mac.message.includes('brew install --cask google-chrome'), mac.message);

  const alpine = planBrowser('chromium', machine({ osRelease: ALPINE, uid: 0 }).system);
  assert.match(alpine.message, /Install Chromium with your system's package manager/);
  assert.match(alpine.message, /set CHROME_PATH/);

  // Debian-like but without apt-get: no install attempt.
  const noApt = planBrowser('chromium', machine({ files: [], uid: 0 }).system);
  assert.equal(noApt.action, 'stop');
});

test('systemFamily reads ID and ID_LIKE', () => {
  assert.equal(systemFamily('linux', DEBIAN), 'debian');
  assert.equal(systemFamily('linux', UBUNTU), 'ubuntu');
  assert.equal(systemFamily('linux', MINT), 'ubuntu');
  assert.equal(systemFamily('linux', 'ID=raspbian\nID_LIKE=debian\n'), 'debian');
  assert.equal(systemFamily('linux', ALPINE), undefined);
  assert.equal(systemFamily('linux', undefined), undefined);
  assert.equal(systemFamily('darwin', undefined), 'darwin');
  assert.equal(systemFamily('win32', undefined), undefined);
});

test('ensureBrowser runs the install commands in turn, then finds the browser', () => {
  const { system, present } = machine({ files: [APT], uid: 0 });
  const ran = [];
  const logged = [];
  const path = ensureBrowser('chromium', system, {
    run: (argv) => {
      ran.push(argv.join(' '));
      if (argv.includes('install')) present.add('/usr/bin/chromium');
      return 0;
    },
    log: (line) => logged.push(line),
  });
  assert.equal(path, '/usr/bin/chromium');
  assert.deepEqual(ran, [
    'apt-get update -qq',
    'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
  ]);
  assert.match(logged[0], /^knead-widgets: Chromium is missing; installing the chromium package/);
  assert.equal(logged.at(-1), 'knead-widgets: Chromium installed at /usr/bin/chromium.');
});

test('ensureBrowser is silent and runs nothing when the browser is there', () => {
  const { system } = machine({ files: ['/usr/bin/chromium'] });
  const calls = [];
  const path = ensureBrowser('chromium', system, {
    run: (argv) => (calls.push(argv), 0),
    log: (line) => calls.push(line),
  });
  assert.equal(path, '/usr/bin/chromium');
  assert.deepEqual(calls, []);
});

test('a failed install stops at that command and says what to do', () => {
  const { system } = machine({ files: [APT], uid: 1000, sudo: true });
  const ran = [];
  assert.throws(
    () =>
      ensureBrowser('firefox', system, {
        run: (argv) => (ran.push(argv), 100),
        log: () => {},
      }),
    (error) =>
      /^knead-widgets: installing Firefox failed \(`sudo -n apt-get update -qq` exited with 100\)/.test(
        error.message,
      ) && /set FIREFOX_PATH/.test(error.message),
  );
  assert.equal(ran.length, 1);
});

test('an install that leaves no browser in the usual places says so', () => {
  const { system } = machine({ files: [APT], uid: 0, osRelease: UBUNTU });
  assert.throws(
    () => ensureBrowser('chromium', system, { run: () => 0, log: () => {} }),
    /the chromium-browser package installed, but Chromium was not found in .* Set CHROME_PATH/,
  );
});

test('npm test and npm run test:firefox run the pre-step first', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8'));
  assert.equal(scripts.pretest, 'node scripts/ensure-browser.js chromium');
  assert.equal(scripts['pretest:firefox'], 'node scripts/ensure-browser.js firefox');
});

test('the browser lists cover the places the tests used to look', () => {
  assert.ok(BROWSERS.chromium.candidates.includes('/usr/bin/chromium'));
  assert.ok(BROWSERS.firefox.candidates.includes('/usr/bin/firefox-esr'));
});

// On this machine: Debian with /usr/bin/chromium and /usr/bin/firefox-esr installed.
test('on this machine the pre-step finds /usr/bin/chromium and prints nothing', () => {
  const env = { ...process.env };
  delete env.CHROME_PATH;
  delete env.FIREFOX_PATH;
  const system = { ...thisSystem(), env };
  assert.equal(planBrowser('chromium', system).path, '/usr/bin/chromium');
  for (const key of ['chromium', 'firefox']) {
    const result = spawnSync(process.execPath, [SCRIPT, key], { env, encoding: 'utf8' });
    assert.deepEqual(
      { status: result.status, stdout: result.stdout, stderr: result.stderr },
      { status: 0, stdout: '', stderr: '' },
      key,
    );
  }
});

test('on this machine a wrong $CHROME_PATH stops with exit 1 and the message', () => {
  const result = spawnSync(process.execPath, [SCRIPT, 'chromium'], {
    env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^knead-widgets: .*CHROME_PATH=\/nonexistent\/chrome does not exist/);
  assert.equal(result.stdout, '');
});

test('the test tools, which never install, name the pre-step when the browser is missing', () => {
  const saved = process.env.CHROME_PATH;
  process.env.CHROME_PATH = '/nonexistent/chrome';
  try {
    assert.throws(
      () => browserPath('chromium'),
      /Run `node scripts\/ensure-browser.js chromium` to find or install it/,
    );
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
});
