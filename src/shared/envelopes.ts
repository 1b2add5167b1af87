import { z } from 'zod';

/** The answer that is a list under one name: `listOf('roles', roleViewSchema)` is `{ roles: RoleView[] }`. */
export const listOf = <const K extends string, T extends z.ZodType>(key: K, item: T) =>
  z.object({ [key]: z.array(item) } as Record<K, z.ZodArray<T>>);

/** One page of a long list: its items, how many there are in all, and which page of what size this is. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
