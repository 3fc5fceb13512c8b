// How every browser run here starts Debian's Chromium: tests (playwright.config.ts) and benches.
// SwiftShader draws WebGL on the CPU; the network flags stop Chromium's own background requests,
// which this offline machine would refuse by the dozen.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
