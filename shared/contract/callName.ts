/** Every call is named `area.action` in camelCase ASCII, e.g. `app.info`, `signing.importPkcs12`. */
export const callNamePattern = /^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/;
