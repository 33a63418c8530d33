// @ts-check
// WebKitGTK for @web/test-runner: MiniBrowser driven by WebKitWebDriver (classic WebDriver, no BiDi).
// @web/test-runner-commands supports only sendKeys press/type for WebDriver launchers, and no
// setViewport; our tests also hold modifiers (`down: 'Shift'`) and set viewports. So this launcher
// presents itself like a puppeteer one and answers the page API those commands use (keyboard, mouse,
// setViewport) with WebDriver actions, so the tests run unchanged in all three engines.
import { WebdriverLauncher } from '@web/test-runner-webdriver';

// WebDriver's code points for the named keys that puppeteer's key names use (WebDriver §17.4.2).
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  Control: '\uE009',
  ControlLeft: '\uE009',
  Alt: '\uE00A',
  AltLeft: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
  MetaLeft: '\uE03D',
};

/** @param {string} key */
function code(key) {
  if (key in KEYS) return KEYS[/** @type {keyof typeof KEYS} */ (key)];
  if ([...key].length === 1) return key;
  throw new Error(`WebKit launcher: unknown key "${key}" (use a puppeteer key name or one character)`);
}

export class WebKitLauncher extends WebdriverLauncher {
  /** @param {ConstructorParameters<typeof WebdriverLauncher>[0]} options */
  constructor(options) {
    super(options);
    // The command plugins branch on the type; 'puppeteer' routes them to getPage() below.
    /** @type {any} */ (this).type = 'puppeteer';
  }

  /** @param {Parameters<WebdriverLauncher['initialize']>} args */
  async initialize(...args) {
    await super.initialize(...args);
    this.name = 'WebKit'; // not the capability's browserName, "MiniBrowser"
  }

  /** Key actions leave pressed keys pressed (no releaseActions), so `down: 'Shift'` holds across commands. */
  async #keys(/** @type {{ type: 'keyDown' | 'keyUp', value: string }[]} */ actions) {
    await this.#driver().performActions([{ type: 'key', id: 'keyboard', actions }]);
  }

  #driver() {
    const driver = /** @type {any} */ (this).driver;
    if (!driver) throw new Error('WebKit launcher: no WebDriver session');
    return driver;
  }

  /** The slice of puppeteer's Page that @web/test-runner-commands uses. */
  getPage(/** @type {string} */ sessionId) {
    const keyboard = {
      down: (/** @type {string} */ key) => this.#keys([{ type: 'keyDown', value: code(key) }]),
      up: (/** @type {string} */ key) => this.#keys([{ type: 'keyUp', value: code(key) }]),
      press: (/** @type {string} */ key) =>
        this.#keys([
          { type: 'keyDown', value: code(key) },
          { type: 'keyUp', value: code(key) },
        ]),
      type: (/** @type {string} */ text) =>
        this.#keys(
          [...text].flatMap((c) => [
            { type: /** @type {const} */ ('keyDown'), value: c },
            { type: /** @type {const} */ ('keyUp'), value: c },
          ]),
        ),
    };
    /** @param {{ button?: 'left' | 'middle' | 'right' }} [o] */
    const button = (o) => o?.button ?? 'left';
    const mouse = {
      move: (/** @type {number} */ x, /** @type {number} */ y) => this.sendMouseMove(sessionId, x, y),
      click: (/** @type {number} */ x, /** @type {number} */ y, /** @type {any} */ o) =>
        this.sendMouseClick(sessionId, x, y, button(o)),
      down: (/** @type {any} */ o) => this.sendMouseDown(sessionId, button(o)),
      up: (/** @type {any} */ o) => this.sendMouseUp(sessionId, button(o)),
      reset: () => this.resetMouse(sessionId),
    };
    const unsupported = (/** @type {string} */ what) => () => {
      throw new Error(`WebKit launcher: ${what} has no classic-WebDriver equivalent in WebKitWebDriver`);
    };
    return {
      keyboard,
      mouse,
      // WebDriver sizes the window, not the viewport: size it, measure, and correct for the chrome.
      setViewport: async (/** @type {{ width: number, height: number }} */ { width, height }) => {
        const driver = this.#driver();
        const measure = () => driver.executeScript('return [innerWidth, innerHeight]', []);
        let [ww, wh] = [width, height];
        await driver.setWindowRect(null, null, ww, wh);
        let [w, h] = [0, 0];
        // The window manager sometimes applies a resize late (seen once at the full 1536×832 screen
        // under load): measure, correct the window by what the viewport is off, a few times.
        for (let attempt = 0; attempt < 5; attempt++) {
          [w, h] = await measure();
          if (w === width && h === height) return;
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
          [w, h] = await measure();
          if (w === width && h === height) return;
          [ww, wh] = [ww + width - w, wh + height - h];
          if (ww < width || wh < height) [ww, wh] = [width, height];
          await driver.setWindowRect(null, null, ww, wh);
        }
        throw new Error(`WebKit launcher: MiniBrowser's viewport became ${w}×${h}, not ${width}×${height}`);
      },
      emulateMediaType: unsupported('emulateMedia'),
      emulateMediaFeatures: unsupported('emulateMedia'),
      setUserAgent: unsupported('setUserAgent'),
      select: unsupported('selectOption'),
      accessibility: { snapshot: unsupported('a11ySnapshot') },
    };
  }
}
