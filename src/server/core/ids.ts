const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from a token or an address may be compared with a uuid column (anything else makes PostgreSQL fail). */
export const isUuid = (value: string | undefined): value is string => value !== undefined && UUID.test(value);
