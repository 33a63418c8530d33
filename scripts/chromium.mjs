// @ts-check
/**
 * Debian's Chromium and the flags proven on these machines, for every place that drives it
 * (element tests, end-to-end tests, benchmarks). No browser is ever downloaded.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium calls home at start, which this closed network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
