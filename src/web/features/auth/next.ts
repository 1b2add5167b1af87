/** Where to go after signing in: a path on this site only, never another origin ("//evil.example" included). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
