/** Parsed documents as plain data: a mapping is an object that is neither null nor an array. */
export type Data = Record<string, unknown>;

export const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
