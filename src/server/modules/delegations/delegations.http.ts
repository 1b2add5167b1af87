import { z } from 'zod';
import { slugParams } from '../../../shared/text.js';

/** What the delegations' routes share: their tag, their base path and their parameters. */
export const tags = ['delegations'];
export const params = slugParams;
export const byId = params.extend({ id: z.uuid() });
export const base = '/api/events/:slug/delegations';
