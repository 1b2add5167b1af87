/**
 * Rules of the registration form the browser needs at run time too: this module imports
 * nothing, so the public form uses them without pulling zod into its bundle.
 */

/** Whether a registrant of `category` is asked the question. */
export const isAskedOf = (question: { categories?: string[] }, category: string) =>
  !question.categories?.length || question.categories.includes(category);

/** Where the registration window stands at `now`: before it opens, after it closes, or open. */
export function windowState(
  form: { opensAt?: string | null; closesAt?: string | null },
  now: number,
): 'not_yet_open' | 'ended' | 'open' {
  if (form.opensAt && now < Date.parse(form.opensAt)) return 'not_yet_open';
  if (form.closesAt && now >= Date.parse(form.closesAt)) return 'ended';
  return 'open';
}
