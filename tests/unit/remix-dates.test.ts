import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dutchDate, isIsoDate } from '../../src/lib/remix/dates';
import { lastCommitDays, parseLastChanges, type RunGit } from '../../src/data/commit-dates';
import { checkDeck, parseSlideIndex, updatedOn, updatedOnSuffix } from '../../src/lib/remix/slide-index';
import { slideSchema } from '../../src/schemas/slide';

describe('the day a slide was updated, in Dutch', () => {
  it('writes a calendar day as a Dutch reader reads it', () => {
    expect(dutchDate('2026-12-05')).toBe('5 december 2026');
    expect(dutchDate('2025-01-31')).toBe('31 januari 2025');
    expect(updatedOn('2026-12-05')).toBe('Deze slide is bijgewerkt op 5 december 2026');
    expect(updatedOnSuffix('2026-03-01')).toBe(' (bijgewerkt op 1 maart 2026)');
  });

  it('says nothing for a day it cannot read, rather than a wrong one', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '5 december',
      '',
      '2026-12-05T10:00',
      'x2026-12-05',
      '12026-12-05',
      '2026-1-05',
      '2026-12-5',
      '26-12-05',
      '2026-ab-05',
      '2026-12-ab',
      'abcd-12-05',
    ])
      expect([isIsoDate(bad), dutchDate(bad)]).toEqual([false, '']);
    expect(updatedOn(undefined)).toBe('');
    expect(updatedOnSuffix('gisteren')).toBe('');
  });

  it('carries the day of a changed slide from the index into the check of a link', () => {
    const index = parseSlideIndex({
      slides: {
        a: { t: 'A', v: 'AAAA', d: '2026-12-05' },
        b: { t: 'B', v: 'BBBB' },
        c: { t: 'C', v: 'CCCC', d: 'morgen' },
      },
      redirects: {},
    });
    expect(index.slides['c']).toEqual({ t: 'C', v: 'CCCC' });
    const checked = checkDeck(
      { title: 't', slides: ['a', 'b', 'c'], versions: { a: 'XXXX', b: 'XXXX', c: 'CCCC' } },
      index,
    );
    expect(checked.changed).toEqual([
      { id: 'a', title: 'A', date: '2026-12-05' },
      { id: 'b', title: 'B' },
    ]);
  });
});

describe('the day each content file was last committed', () => {
  const log = [
    '\u0001c3 2026-12-05',
    '',
    'slides/a.mdx',
    '\u0001c2 2026-11-20',
    '',
    'slides/a.mdx',
    'slides/b.mdx',
    '\u0001c1 2026-10-01',
    '',
    'slides/c.mdx',
    'slides/b.mdx',
    '',
  ].join('\n');

  it('takes each file at its newest commit', () => {
    expect(Object.fromEntries(parseLastChanges(log, new Set()))).toEqual({
      'slides/a.mdx': '2026-12-05',
      'slides/b.mdx': '2026-11-20',
      'slides/c.mdx': '2026-10-01',
    });
  });

  it('gives no day to a file whose history a shallow clone cut off', () => {
    expect(Object.fromEntries(parseLastChanges(log, new Set(['c1'])))).toEqual({
      'slides/a.mdx': '2026-12-05',
      'slides/b.mdx': '2026-11-20',
    });
  });

  it('asks git once for all files, and gives no day at all without git', () => {
    const calls: string[][] = [];
    const git: RunGit = (args) => {
      calls.push(args);
      return args[0] === 'rev-parse' ? '/repo\n.git/shallow-that-is-not-there\n' : log;
    };
    const days = lastCommitDays(['/repo/slides/a.mdx', 'slides/c.mdx', 'slides/d.mdx'], '/repo', git);
    expect(Object.fromEntries(days)).toEqual({
      '/repo/slides/a.mdx': '2026-12-05',
      'slides/c.mdx': '2026-10-01',
    });
    expect(calls.filter((args) => args.includes('log'))).toHaveLength(1);
    expect(lastCommitDays(['slides/a.mdx'], '/repo', () => undefined).size).toBe(0);
  });

  it('agrees with git log -1 for a real slide of this repository', () => {
    const file = 'slides/aanpak-2026-financiering.mdx';
    const expected = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
      encoding: 'utf8',
    }).trim();
    // Run from a copy outside git's view (Stryker's sandbox), git knows no day and neither do we.
    expect(lastCommitDays([file]).get(file)).toBe(expected === '' ? undefined : expected);
  });
});

describe('a slide’s own `bijgewerkt` field, for builds without git history', () => {
  const valid = { id: 'x', title: 'T', part: 'verhaal', summary: 'S.', sources: ['bron'] };
  it('reads the day as YAML gives it (a date) or as text, and refuses another form', () => {
    expect(slideSchema.parse({ ...valid, bijgewerkt: new Date('2026-12-05T00:00:00Z') }).bijgewerkt).toBe(
      '2026-12-05',
    );
    expect(slideSchema.parse({ ...valid, bijgewerkt: '2026-11-20' }).bijgewerkt).toBe('2026-11-20');
    expect(slideSchema.parse(valid).bijgewerkt).toBeUndefined();
    expect(slideSchema.safeParse({ ...valid, bijgewerkt: '5 december 2026' }).success).toBe(false);
  });
});
