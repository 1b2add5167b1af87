import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../shared/text.js';
import { MODULES } from './app.js';
import type { MailTemplate } from './core/mail/templates.js';

const MODULES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'modules');

/** Every template a module's `*.mails.ts` exports, read from the files themselves. */
async function mailsInFiles(): Promise<MailTemplate[]> {
  const found: MailTemplate[] = [];
  for (const folder of readdirSync(MODULES_DIR)) {
    for (const file of readdirSync(join(MODULES_DIR, folder)).filter((f) => f.endsWith('.mails.ts'))) {
      const exports: Record<string, unknown> = await import(join(MODULES_DIR, folder, file));
      found.push(...(Object.values(exports) as MailTemplate[]).filter((value) => typeof value?.name === 'string'));
    }
  }
  return found;
}

describe('the module manifests', () => {
  it('name each module once, each with a policy and routes', () => {
    const names = MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const module of MODULES) {
      expect(Object.keys(module.policy).length, module.name).toBeGreaterThan(0);
      expect(typeof module.routes).toBe('function');
    }
  });

  it('list every mail their modules send, each named once and written in every language', async () => {
    const listed = MODULES.flatMap((m) => m.mails ?? []);
    const inFiles = await mailsInFiles();
    expect(inFiles.length).toBeGreaterThan(0);
    expect(listed.map((t) => t.name).sort()).toEqual(inFiles.map((t) => t.name).sort());
    expect(new Set(listed.map((t) => t.name)).size).toBe(listed.length);
    for (const template of listed) {
      for (const language of LANGUAGES)
        expect(typeof template[language], `${template.name} ${language}`).toBe('function');
    }
  });

  it('seed the demo in an order that works: registrations before the delegations that endorse them, the programme and registrants before the live history, the delegations before the outcome they negotiate, the outcome before the commitments made under it', () => {
    const seeding = MODULES.filter((m) => m.seed).map((m) => m.name);
    expect(seeding).toEqual(['registration', 'programme', 'delegations', 'live', 'outcome', 'commitments']);
  });
});
