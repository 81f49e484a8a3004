import { describe, expect, it } from 'vitest';
import { blankBallotHtml } from '../../../main/templates/blankBallot';
import { drawMinutesHtml } from '../../../main/draws/drawMinutes';
import { partyDocument } from '../../../main/print/partyDocument';
import { printStylesheet } from '../../../main/print/printStylesheet';
import { memberRatingForm, schoolForm, wardForm } from '../../../shared/templates/builtInTemplates';
import { sampleDrawMinutes } from '../draws/sampleDrawMinutes';

/*
 * The preview frame inherits the app's CSP and the printers run with scripts and network off:
 * a print document must carry nothing those would block, or it would preview differently from
 * how it prints.
 */
const hostile = '<script>alert(1)</script><img src="http://x/y.png" style="color:red">';
const documents: Record<string, string> = {
  'school ballot': blankBallotHtml(schoolForm),
  'ward ballot': blankBallotHtml(wardForm),
  'ward ballot with hostile names': blankBallotHtml(wardForm, { subjectName: hostile, unitName: hostile }),
  'rating ballot': blankBallotHtml(memberRatingForm),
  'ballot with hostile text': blankBallotHtml({ ...schoolForm, title: hostile, criteria: [{ text: hostile }] }),
  'draw minutes': drawMinutesHtml(sampleDrawMinutes),
  'draw minutes with hostile text': drawMinutesHtml({
    ...sampleDrawMinutes,
    record: { ...sampleDrawMinutes.record, seed: hostile },
    meeting: { ...sampleDrawMinutes.meeting, chair: hostile, witnesses: [hostile] },
  }),
  'party document with hostile text': partyDocument({
    issuingBody: [hostile],
    place: hostile,
    date: '2023-01-27',
    title: hostile,
    subtitle: hostile,
    bodyHtml: '<p>…</p>',
    signatures: { lead: { onBehalfOf: hostile, role: hostile, name: hostile }, members: [hostile] },
  }),
};

/** The markup alone: escaped text holds no "<", so whatever hostile text says stays out of it. */
const tagsOf = (html: string) => (html.match(/<[^>]*>/g) ?? []).join('\n');

describe.each(Object.entries(documents))('the %s', (name, html) => {
  it('has no script, no style attribute, no address and no external resource in its markup', () => {
    const tags = tagsOf(html);
    expect(tags).not.toMatch(/<script/i);
    expect(tags).not.toMatch(/\sstyle\s*=/i);
    expect(tags).not.toMatch(/http/i);
    expect(tags).not.toMatch(/<(img|link|iframe|object|embed|base|meta http-equiv)\b/i);
    expect(tags).not.toMatch(/\s(src|href|srcset|action)\s*=/i);
    expect(tags).not.toMatch(/\son[a-z]+\s*=/i);
  });

  // Documents of ordinary text carry no such words at all (hostile ones carry them escaped, as text).
  if (!name.includes('hostile')) {
    it('has no "http", "style=" or "<script" anywhere', () => {
      expect(html).not.toMatch(/http|style=|<script/i);
    });
  }

  it('has exactly one <style> element, holding the print stylesheet to the byte', () => {
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html).toContain(`<style>${printStylesheet}</style>`);
  });
});
