/** Every call is named `area.action` in camelCase ASCII, e.g. `app.info`, `ballot.importLines`. */
export const callNamePattern = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;
