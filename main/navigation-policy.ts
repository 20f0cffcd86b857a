// Runtime: node. What the desktop window may load and who may call the API: pure decisions,
// kept apart from Electron so they can be tested without it.

/** The renderer is served from this origin by a custom protocol (never file://, never http). */
export const appScheme = 'mandate';
export const appOrigin = `${appScheme}://app`;
export const appEntry = `${appOrigin}/index.html`;

/** True for pages of the app itself; everything else is refused in the window. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${appScheme}:` && u.host === 'app';
  } catch {
    return false;
  }
}

/** Links the user clicks may open in the system browser only when they are plain https pages. */
export function isSafeExternalLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** An IPC call is accepted only from the main frame of our own window, showing our own page. */
export function isTrustedSender(sender: { frameUrl: string | undefined; isMainFrame: boolean; fromOurWindow: boolean }): boolean {
  return sender.fromOurWindow && sender.isMainFrame && sender.frameUrl !== undefined && isAppUrl(sender.frameUrl);
}

/** The file under the renderer folder a mandate://app/... request names, or undefined if it escapes. */
export function rendererFileFor(url: string, rendererDir: string, join: (...p: string[]) => string, normalize: (p: string) => string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  // Backslashes are separators on Windows and NUL truncates paths: neither belongs in our URLs.
  if (/[\\\0]/.test(path) || path.split('/').includes('..')) return undefined;
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
  return file.startsWith(normalize(join(rendererDir, '.'))) ? file : undefined;
}
