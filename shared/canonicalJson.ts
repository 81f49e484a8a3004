/**
 * JSON canonicalised per RFC 8785 (JCS) for the values this app hashes and signs: object keys
 * sorted by UTF-16 code units, no whitespace, strings and finite numbers as ECMAScript
 * serialises them. Undefined object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      out += (index === 0 ? '' : ',') + canonicalJson(item === undefined ? null : item);
    }
    return out + ']';
  }
  if (typeof value === 'object') {
    const members = value as Record<string, unknown>;
    // The default sort compares UTF-16 code units, as RFC 8785 asks.
    const keys = Object.keys(members).sort();
    let out = '{';
    for (const key of keys) {
      const member = members[key];
      if (member === undefined) continue;
      out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(member);
    }
    return out + '}';
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/**
 * Plain JSON data (what JSON.parse makes: null, booleans, strings, finite numbers, arrays, plain
 * objects) whose every object lists its keys in canonical order — then JSON.stringify writes
 * exactly what canonicalJson does.
 */
function isSortedPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (!isSortedPlainJson(item)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const members = value as Record<string, unknown>;
  let previous: string | undefined;
  for (const key in members) {
    if (!Object.hasOwn(members, key)) return false;
    if (previous !== undefined && !(previous < key)) return false;
    if (!isSortedPlainJson(members[key])) return false;
    previous = key;
  }
  return true;
}

/**
 * Whether `text` is exactly `canonicalJson(value)`, without building it when it is: the common
 * case (data JSON.parse read, keys in order) is answered by the engine's JSON.stringify; anything
 * else — integer-like keys an object lists first, a toJSON, a key out of order — by canonicalJson.
 */
export function isCanonicalJsonOf(value: unknown, text: string): boolean {
  if (isSortedPlainJson(value)) return JSON.stringify(value) === text;
  return canonicalJson(value) === text;
}

/**
 * Whether two values have the same canonical JSON (`canonicalJson(a) === canonicalJson(b)` for
 * the data this app handles), compared member by member rather than written out: undefined
 * members are absent, an undefined array item is null, 0 and -0 are one number.
 */
export function sameCanonicalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1)
      if (!sameCanonicalJson((a[index] as unknown) ?? null, (b[index] as unknown) ?? null)) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue;
    count += 1;
    if (!sameCanonicalJson(left[key], right[key])) return false;
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) count -= 1;
  return count === 0;
}
