// Values of hostile requests. Some are too deep to exist as JavaScript objects that JSON.stringify could walk
// (100,000 levels), so a request body is written as text: `Raw` is a piece of JSON (and GraphQL) text taken as it
// is, `EnumValue` a GraphQL enum literal (a string in JSON). Everything else serializes as usual.

export class Raw {
  /** Text, or functions making it when a body is written (big pieces are not kept in memory). */
  constructor(
    private readonly jsonText: string | (() => string),
    private readonly graphqlText: string | (() => string) = jsonText,
  ) {}
  get json(): string {
    return typeof this.jsonText === 'function' ? this.jsonText() : this.jsonText;
  }
  get graphql(): string {
    return typeof this.graphqlText === 'function' ? this.graphqlText() : this.graphqlText;
  }
}

export class EnumValue {
  constructor(readonly name: string) {}
}

export type Value = null | boolean | number | string | Raw | EnumValue | Value[] | { [key: string]: Value };

/** JSON text of a value (our own values are shallow: recursion is fine here; Raw pieces may be deep). */
export function toJson(value: Value | undefined): string {
  if (value === undefined) return 'null';
  if (value instanceof Raw) return value.json;
  if (value instanceof EnumValue) return JSON.stringify(value.name);
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/** A GraphQL literal of a value (object keys as field names, strings quoted, enums bare). */
export function toGraphQL(value: Value): string {
  if (value instanceof Raw) return value.graphql;
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(toGraphQL).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${toGraphQL(v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}

/** A copy whose containers are new (Raw, EnumValue and strings are immutable and shared). */
export function cloneValue<T extends Value>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Raw) && !(value instanceof EnumValue)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v)])) as T;
  }
  return value;
}

const cache = new Map<string, Raw>();
function memo(key: string, make: () => Raw): Raw {
  let raw = cache.get(key);
  if (!raw) cache.set(key, (raw = make()));
  return raw;
}

/** `{"a":{"a":…1…}}`, `depth` objects deep (100,000 levels: 600 KB). */
export const deepObject = (depth: number) =>
  memo(
    `o${depth}`,
    () => new Raw(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`),
  );
/** `[[[…]]]`, `depth` lists deep. */
export const deepArray = (depth: number) =>
  memo(`a${depth}`, () => new Raw(`${'['.repeat(depth)}${']'.repeat(depth)}`));
/** Objects and lists alternating, `depth` levels. */
export const deepMixed = (depth: number) =>
  memo(`m${depth}`, () => {
    const open: string[] = [];
    const close: string[] = [];
    for (let i = 0; i < depth; i++) {
      if (i % 2) {
        open.push('[');
        close.push(']');
      } else {
        open.push('{"k":');
        close.push('}');
      }
    }
    return new Raw(`${open.join('')}0${close.reverse().join('')}`);
  });

/** A list of `count` copies of one value, as text (100,000 elements stay cheap to build and send). */
export function longList(count: number, element: Value): Raw {
  return new Raw(
    () => `[${new Array(count).fill(toJson(element)).join(',')}]`,
    () => `[${new Array(count).fill(toGraphQL(element)).join(' ')}]`,
  );
}

export const MEGABYTE_STRING = 'a'.repeat(1024 * 1024);

/** An object of 100,000 keys (`{"f0":1,"f1":1,…}`, 1.1 MB), made once. */
export const manyKeys = (prefix: string) =>
  memo(
    `k${prefix}`,
    () =>
      new Raw(
        `{${Array.from({ length: 100_000 }, (_, i) => `"${prefix}${i}":1`).join(',')}}`,
        `{${Array.from({ length: 100_000 }, (_, i) => `${prefix}${i}: 1`).join(' ')}}`,
      ),
  );
