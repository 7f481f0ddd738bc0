import { findChromium } from './chromium-path.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium found for the browser tests: run `apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu) or set CHROME_PATH to a Chromium binary.',
  );
  process.exit(1);
}
