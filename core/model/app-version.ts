/** The app's name as provenance and the custody log record it. */
export const APP_NAME = 'Research Notes';

/** The app's version (package.json's; a unit test keeps them equal). */
export const APP_VERSION = '0.1.0';

/** How provenance names this program: "Research Notes 0.1.0". */
export const APP_TOOL = `${APP_NAME} ${APP_VERSION}`;
