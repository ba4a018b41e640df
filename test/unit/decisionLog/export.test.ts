import * as assert from 'node:assert/strict';
import { channelLabels, outcomeLabels } from '../../../src/core/checklist/present';
import { stageLabels } from '../../../src/core/checklist/questions';
import { analyze } from '../../../src/core/analysis';
import { csvCell, exportDecisions, labels, mdText, toCsv, toMarkdown } from '../../../src/core/decisionLog/export';
import { entry } from './fixtures';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('decision log export', () => {
  it('CSV: a header and one row per decision, readable back cell for cell', () => {
    const tricky = entry({ id: 'x', company: 'Smith, Jones & "Partners"', role: 'Lead\nEngineer', reasons: ['one', 'two, three'] });
    const rows = parseCsv(toCsv([entry(), tricky]));
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0].slice(0, 3), ['Company', 'Role', 'Stage']);
    assert.equal(rows[2][0], 'Smith, Jones & "Partners"');
    assert.equal(rows[2][1], 'Lead\nEngineer');
    assert.equal(rows[2][rows[0].indexOf('Reasons')], 'one; two, three');
    assert.equal(rows[1][rows[0].indexOf('Outcome')], 'Decline');
    assert.equal(rows[1][rows[0].indexOf('Reply by')], '2026-03-04T09:00:00.000Z');
    assert.ok(rows.every((r) => r.length === rows[0].length));
  });

  it('CSV: escapes quotes, commas and line breaks', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('cr\rhere'), '"cr\rhere"');
  });

  it('CSV: guards cells a spreadsheet would run as formulas', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+1 555'), "'+1 555");
    assert.equal(csvCell('-2'), "'-2");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\t=1'), "'\t=1");
    assert.equal(csvCell('A=1'), 'A=1');
    const rows = parseCsv(toCsv([entry({ company: '=cmd|calc' })]));
    assert.equal(rows[1][0], "'=cmd|calc");
  });

  it('CSV: an empty log is just the header', () => {
    assert.equal(parseCsv(toCsv([])).length, 1);
  });

  it('Markdown: a summary table and a section per decision, with user text escaped', () => {
    const md = toMarkdown([entry({ company: 'Acme <img src=x onerror=alert(1)>', role: 'A|B', reasons: ['too far *away*'] }), entry({ id: 'b', company: 'Beta', answeredAt: '2026-03-03T00:00:00.000Z' })], new Date('2026-03-05T00:00:00Z'), 'UTC');
    assert.match(md, /^<!-- graceful-decline-disable -->\n# Interview decisions\n/);
    assert.match(md, /Exported Thursday 5 March 2026, 00:00 \(UTC\): 2 decisions\./);
    assert.match(md, /\| Company \| Role \| Stage \| Outcome \| Channel \| Reply by \| Answered \|/);
    assert.ok(md.includes('Acme \\<img src=x onerror=alert(1)\\>'), 'HTML shown as text');
    assert.ok(!/(^|[^\\])<img/.test(md), 'no raw HTML');
    assert.ok(md.includes('| A\\|B |'), 'a pipe does not split the table cell');
    assert.ok(md.includes('  - too far \\*away\\*'));
    assert.match(md, /## Beta — Data Engineer/);
    assert.match(md, /- Answered: Tuesday 3 March 2026, 00:00 \(UTC\)/);
    assert.match(md, /- Answered: not yet/);
    const tableRows = md.split('\n').filter((l) => l.startsWith('| '));
    assert.equal(tableRows.length, 4, 'header, separator and two rows');
    for (const row of tableRows) assert.equal(row.replace(/\\\|/g, '').split('|').length, 9, row);
  });

  // Issue 12, item 11: people read times in their own zone, machines read the ISO value.
  it('Markdown: every time as people read it, in the reader\'s time zone (daylight saving included), never raw ISO', () => {
    const e = entry({ invitationReceivedAt: '2026-03-02T09:00:00.000Z', interviewAt: '2026-11-30T15:00:00-05:00', replyBy: '2026-11-29T09:00:00Z', answeredAt: '2026-03-28T23:30:00.000Z', loggedAt: '2026-03-02T10:00:00.000Z' });
    const berlin = toMarkdown([e], new Date('2026-11-28T12:00:00Z'), 'Europe/Berlin');
    assert.match(berlin, /Exported Saturday 28 November 2026, 13:00 \(UTC\+01:00\): 1 decision\./);
    assert.match(berlin, /Times are shown in the Europe\/Berlin time zone; the CSV export keeps the exact ISO 8601 values\./);
    assert.match(berlin, /\| Sunday 29 November 2026, 10:00 \(UTC\+01:00\) \| Sunday 29 March 2026, 00:30 \(UTC\+01:00\) \|/, 'reply-by and answered in the table');
    assert.match(berlin, /- Invitation received: Monday 2 March 2026, 10:00 \(UTC\+01:00\)/);
    assert.match(berlin, /- Interview: Monday 30 November 2026, 21:00 \(UTC\+01:00\)/, '15:00 in New York is 21:00 in Berlin');
    assert.match(berlin, /- Logged: Monday 2 March 2026, 11:00 \(UTC\+01:00\)/);
    assert.doesNotMatch(berlin, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'no raw ISO value left');
    const summer = toMarkdown([entry({ replyBy: '2026-07-01T09:00:00Z' })], new Date('2026-07-01T00:00:00Z'), 'Europe/Berlin');
    assert.match(summer, /- Reply by: Wednesday 1 July 2026, 11:00 \(UTC\+02:00\)/, 'summer time');
    const kolkata = toMarkdown([e], new Date('2026-11-28T12:00:00Z'), 'Asia/Kolkata');
    assert.match(kolkata, /- Reply by: Sunday 29 November 2026, 14:30 \(UTC\+05:30\)/);
  });

  it('Markdown: an unknown time zone falls back to UTC; a logged value without a zone is shown as logged', () => {
    const md = toMarkdown([entry({ replyBy: '2026-11-29T09:00:00Z', interviewAt: '2026-11-30' })], new Date('2026-11-28T12:00:00Z'), 'Mars/Olympus_Mons');
    assert.match(md, /Times are shown in the UTC time zone/);
    assert.match(md, /- Reply by: Sunday 29 November 2026, 09:00 \(UTC\)/);
    assert.match(md, /- Interview: 2026-11-30$/m);
  });

  it('CSV: keeps every time exactly as logged (ISO 8601), whatever the zone', () => {
    const e = entry({ replyBy: '2026-11-29T10:00:00+01:00', answeredAt: '2026-11-28T09:00:00.000Z' });
    const rows = parseCsv(exportDecisions([e], 'csv', new Date(), 'Asia/Kolkata'));
    const cell = (name: string) => rows[1][rows[0].indexOf(name)];
    assert.equal(cell('Reply by'), '2026-11-29T10:00:00+01:00');
    assert.equal(cell('Answered'), '2026-11-28T09:00:00.000Z');
    assert.equal(cell('Logged'), e.loggedAt);
    assert.equal(cell('Updated'), '');
    const updated = parseCsv(exportDecisions([entry({ updatedAt: '2026-03-02T11:00:00.000Z' })], 'csv', new Date(), 'UTC'));
    assert.equal(updated[1][updated[0].indexOf('Updated')], '2026-03-02T11:00:00.000Z');
    assert.match(exportDecisions([entry({ updatedAt: '2026-03-02T11:00:00.000Z' })], 'markdown', new Date('2026-03-03T00:00:00Z'), 'UTC'), /- Updated: Monday 2 March 2026, 11:00 \(UTC\)/);
  });

  it('Markdown: folds line breaks in user text so the table holds', () => {
    assert.equal(mdText('a\nb\r\nc'), 'a b c');
  });

  it('Markdown: is not flagged by our own tone checks when opened in the editor', () => {
    const md = toMarkdown([entry({ reasons: ['Accepted another offer', 'The commute is long', 'The pay is low'] }), entry({ id: 'b', company: 'Beta' })], new Date('2026-03-05T00:00:00Z'));
    assert.deepEqual(analyze(md), []);
    assert.notDeepEqual(analyze(md.replace('<!-- graceful-decline-disable -->\n', '')), [], 'without the comment the export would be flagged');
  });

  it('Markdown: says when there is nothing to export', () => {
    const md = toMarkdown([], new Date('2026-03-05T00:00:00Z'));
    assert.match(md, /0 decisions\./);
    assert.ok(!md.includes('|'));
  });

  it("uses the checklist's own labels for stage, outcome and channel (one set, not a copy)", () => {
    assert.equal(labels.stage, stageLabels);
    assert.equal(labels.outcome, outcomeLabels);
    assert.equal(labels.channel, channelLabels);
    const cells = parseCsv(toCsv([entry({ stage: 'screening', outcome: 'propose-alternative', channel: 'phone' })]))[1];
    for (const label of [stageLabels.screening, outcomeLabels['propose-alternative'], channelLabels.phone]) assert.ok(cells.includes(label), `${label} in ${cells.join(' | ')}`);
  });

  it('picks the format by name', () => {
    assert.equal(exportDecisions([entry()], 'csv'), toCsv([entry()]));
    assert.equal(exportDecisions([entry()], 'markdown', new Date(0)), toMarkdown([entry()], new Date(0)));
    assert.equal(exportDecisions([entry()], 'markdown', new Date(0), 'Asia/Tokyo'), toMarkdown([entry()], new Date(0), 'Asia/Tokyo'));
  });
});
