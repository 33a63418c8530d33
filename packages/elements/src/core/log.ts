/** All console output of loket goes through here, with one recognisable prefix. */
const PREFIX = '[loket]';

export const log = {
  error(message: string, ...rest: unknown[]): void {
    console.error(`${PREFIX} ${message}`, ...rest);
  },
  warn(message: string, ...rest: unknown[]): void {
    console.warn(`${PREFIX} ${message}`, ...rest);
  },
};
