import type { BrowserContext, BrowserType } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare const FONTS: { dejavu: string[]; liberation: string[] };
export type FontSetup = keyof typeof FONTS;
export declare function launchChromium(
  options?: Parameters<BrowserType['launchPersistentContext']>[1] & {
    profilePrefix?: string;
    font?: FontSetup;
    textScale?: number;
  },
): Promise<BrowserContext>;
