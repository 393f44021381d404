import type { Session } from 'electron';

/**
 * Refuses every permission a page may ask for (camera, notifications, geolocation, ...): the app
 * needs none, and an imported article must not get any.
 */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
