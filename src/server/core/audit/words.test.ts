import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../shared/audit.js';
import en from '../../../web/i18n/en.json' with { type: 'json' };
import id from '../../../web/i18n/id.json' with { type: 'json' };
import { sourceFiles } from '../../../web/testing/sourceFiles.js';

const SERVER = join(dirname(fileURLToPath(import.meta.url)), '../..');

type Messages = { [key: string]: string | Messages };

/** The sentence of an action in a language: its plain key, or its plural forms. */
function sentenceOf(messages: Messages, action: string): string | undefined {
  const [group = '', name = ''] = action.split(/\.(.*)/s);
  const actions = (messages.audit as Messages).actions as Messages;
  const words = actions[group];
  if (typeof words !== 'object') return undefined;
  const found = words[name] ?? words[`${name}_other`];
  return typeof found === 'string' ? found : undefined;
}

/** The actions the server's code writes as plain strings (`action: 'x.y'`), tests aside. */
function writtenActions(): string[] {
  return sourceFiles(SERVER)
    .filter((file) => !file.endsWith('.test.ts'))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\baction: '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1] ?? ''),
    );
}

describe('the words of the audit log', () => {
  it('name every action the code writes (recordAudit takes only AUDIT_ACTIONS: the compiler checks the rest)', () => {
    const written = writtenActions();
    expect(written.length).toBeGreaterThan(50);
    expect(written.filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  it('give every action a sentence in English and in Indonesian, naming who did it', () => {
    for (const messages of [en, id] as Messages[]) {
      const missing = AUDIT_ACTIONS.filter((action) => !sentenceOf(messages, action));
      expect(missing).toEqual([]);
    }
    // A sentence names its actor, except the system's own failures.
    const withoutActor = AUDIT_ACTIONS.filter((action) => !sentenceOf(en as Messages, action)?.includes('{{actor}}'));
    expect(withoutActor).toEqual(['commitments.import_failed']);
  });

  it('count the records of an act in the plural forms, in both languages', () => {
    const plural = (en.audit.actions.registration as Record<string, string>).approved_other;
    expect(plural).toBe('{{actor}} approved {{count}} registrations');
    expect((id.audit.actions.registration as Record<string, string>).approved_other).toBe(
      '{{actor}} menyetujui {{count}} pendaftaran',
    );
  });
});
