import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyPermissions } from './deny-permissions.js';

// Every permission handler of a stand-in session, asked as Chromium would ask it.

describe('denyPermissions', () => {
  it('denies every permission request, permission check and device request', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => (handlers.device = handler),
    } as unknown as Session;
    denyPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb']) {
      const answers: boolean[] = [];
      handlers.request!({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl: 'file:///app/index.html' });
      expect(answers, permission).toEqual([false]);
      expect(handlers.check!({}, permission, 'file://', { requestingUrl: 'file:///app/index.html' }), permission).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });
});
