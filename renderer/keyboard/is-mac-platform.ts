/** Whether shortcuts use Cmd (macOS) rather than Ctrl. */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
}
