import { z } from 'zod';
import { EVENT_ROLES } from './constants.js';
import { languageSchema, nameSchema, secretSchema, textSchema, tokenSchema } from './text.js';

export { CSRF_HEADER, EVENT_ROLES, type EventRole } from './constants.js';

const email = z
  .email('a valid e-mail address')
  .max(254)
  .transform((value) => value.toLowerCase());

export const passwordSignInSchema = z.strictObject({
  email,
  password: secretSchema(200),
});

export const magicLinkRequestSchema = z.strictObject({
  email,
  redirectTo: textSchema(300).startsWith('/').optional(),
});

export const magicLinkConsumeSchema = z.strictObject({ token: tokenSchema(100).min(20) });

export const accountViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  language: languageSchema,
  isAdmin: z.boolean(),
  roles: z.array(
    z.object({
      eventSlug: z.string(),
      role: z.enum(EVENT_ROLES),
      /** The delegation the role acts for (a focal point's); null for a role of the whole event. */
      delegationId: z.uuid().nullable(),
    }),
  ),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const sessionViewSchema = z.object({
  account: accountViewSchema.nullable(),
  /** A registration's personal link opened this session: that registration only, no account. */
  registration: z.object({ eventSlug: z.string(), name: z.string() }).nullable(),
  /** Send it back in the x-csrf-token header with every write. */
  csrfToken: z.string().nullable(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const updateMeSchema = z.strictObject({
  name: nameSchema(200).optional(),
  language: languageSchema.optional(),
});
