import { existsSync } from 'node:fs';

/** Where the browser tests look for Chromium: $CHROMIUM_PATH, then Debian's and Ubuntu's usual places. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function chromiumPath(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist.`);
    return override;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${CHROMIUM_CANDIDATES.join(', ')}). ` +
        'Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
  }
  return found;
}
