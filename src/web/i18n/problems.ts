import { FIELD_PROBLEMS } from '../../shared/problemFields.js';
import { PROBLEMS } from '../../shared/problems.js';
import type { Language } from '../../shared/text.js';

type Messages = Record<string, { en: string; id: string }>;
type Tree = { [key: string]: string | Tree };

/** `{ 'auth.link_used': ... }` as i18next's nested keys: `{ auth: { link_used: '...' } }`. */
function nest(messages: Messages, language: Language, into: Tree) {
  for (const [code, text] of Object.entries(messages)) {
    const parts = code.split('.');
    const last = parts.pop() as string;
    let node = into;
    for (const part of parts) {
      const next = node[part];
      node[part] = typeof next === 'object' ? next : {};
      node = node[part] as Tree;
    }
    node[last] = text[language];
  }
  return into;
}

/**
 * The app's translations with the messages of every problem and field code under
 * `problem.`: the one map of src/shared is their only source.
 */
export function withProblemMessages<T extends { problem: object }>(translation: T, language: Language): T {
  const problem = structuredClone(translation.problem) as Tree;
  nest(FIELD_PROBLEMS, language, nest(PROBLEMS, language, problem));
  return { ...translation, problem };
}
