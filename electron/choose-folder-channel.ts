/** The IPC channel of the folder chooser (not an API method: it asks the person, not the library). */
export const CHOOSE_FOLDER_CHANNEL = 'shell:chooseFolder';
