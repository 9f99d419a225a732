// content/redirects.yaml: an old slide id leads to one new id, to the parts of a split slide, or to
// nothing (a retired slide); ids on both sides are kebab-case.
import { describe, expect, it } from 'vitest';
import { redirectsSchema } from '../../src/schemas/redirects';

describe('the redirects file', () => {
  it('reads a renamed slide as a list of one, a split slide as its parts and a retired slide as none', () => {
    expect(redirectsSchema.parse({ oud: 'nieuw', gesplitst: ['deel-1', 'deel-2'], titel: [] })).toEqual({
      oud: ['nieuw'],
      gesplitst: ['deel-1', 'deel-2'],
      titel: [],
    });
  });

  it('refuses an id that is not kebab-case on either side, with the Dutch message', () => {
    const message = 'gebruik kleine letters, cijfers en streepjes (kebab-case)';
    for (const input of [{ Oud: 'nieuw' }, { oud: 'Nieuw' }, { oud: ['deel-1', 'Deel 2'] }]) {
      const result = redirectsSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(
        result.error?.issues.some(
          (issue) => issue.message === message || JSON.stringify(issue).includes(message),
        ),
      ).toBe(true);
    }
    expect(redirectsSchema.safeParse({ oud: 5 }).success).toBe(false);
  });
});
