import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFileFromPath } from '../import/import-file-from-path.js';
import { SEED_ARTICLE } from '../../tests/support/fixtures.js';
import { findClaims } from './find-claims.js';
import { loadNameLexicon } from './name-lexicon.js';

beforeAll(loadNameLexicon);

/** The one suggestion whose content contains `words`. */
function suggestionWith(text: string, words: string) {
  const found = findClaims(text).filter((suggestion) => suggestion.target.quote.exact.includes(words));
  expect(found, `one suggestion holds "${words}"`).toHaveLength(1);
  return found[0]!;
}

describe('findClaims on the seed article', () => {
  it('gives Khachatrian his statements and Putin his date, with their roles and kinds', async () => {
    const { text } = await importFileFromPath(SEED_ARTICLE);
    const question = suggestionWith(text, 'Why is there no reaction');
    expect(question).toMatchObject({ claimant: 'Armen Khachatrian', kind: 'direct', cue: 'told', role: 'A senior Armenian lawmaker' });
    expect(question.target.quote.exact).toBe('Why is there no reaction to the aggression against a [CSTO] member state and occupation of its territory even in the form of statements?');
    expect(suggestionWith(text, 'Baku is “ready” to launch')).toMatchObject({ claimant: 'Armen Khachatrian', kind: 'mixed' });
    expect(suggestionWith(text, 'the CSTO for not providing any military aid')).toMatchObject({ claimant: 'Armen Khachatrian', cue: 'lambasted' });
    expect(suggestionWith(text, 'Turkish troops could also participate')).toMatchObject({ claimant: 'Armen Khachatrian', kind: 'indirect' });
    const date = suggestionWith(text, 'You can agree on a date');
    expect(date).toMatchObject({ claimant: 'Vladimir Putin', kind: 'direct', cue: 'said' });
    // The selectors point at the text they quote.
    for (const suggestion of findClaims(text)) {
      const { start, end } = suggestion.target.position;
      expect(text.slice(start, end)).toBe(suggestion.target.quote.exact);
      expect(suggestion.confidence).toBeGreaterThan(0);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is the same text the plain-text file holds', async () => {
    const raw = await readFile(SEED_ARTICLE, 'utf8');
    expect(raw).toContain('lambasted the CSTO');
  });
});

describe('findClaims on tricky cases', () => {
  it('keeps a nested quotation inside its quotation', () => {
    const text = '“They told us ‘we will not leave’ and they stayed for a week,” said Maria Lopez, the mayor.';
    const suggestion = suggestionWith(text, 'They told us');
    expect(suggestion.target.quote.exact).toBe('They told us ‘we will not leave’ and they stayed for a week,');
    expect(suggestion).toMatchObject({ claimant: 'Maria Lopez', role: 'the mayor', kind: 'direct' });
  });

  it('ends an unclosed quotation with its paragraph, with less confidence', () => {
    const text = 'John Carter said: “The bridge will be closed until the spring and nobody knows why.\n\nTraffic moved slowly on Tuesday.';
    const suggestion = suggestionWith(text, 'The bridge will be closed');
    expect(suggestion.target.quote.exact).toBe('The bridge will be closed until the spring and nobody knows why.');
    expect(suggestion.claimant).toBe('John Carter');
    const closed = suggestionWith(text.replace('why.', 'why.”'), 'The bridge will be closed');
    expect(suggestion.confidence).toBeLessThan(closed.confidence);
    expect(findClaims(text).some((other) => other.target.quote.exact.includes('Traffic'))).toBe(false);
  });

  it('reads "according to" before and after the content', () => {
    const before = suggestionWith('According to the Health Ministry, 40 people were treated in hospital.', '40 people');
    expect(before).toMatchObject({ claimant: 'Health Ministry', cue: 'according to', kind: 'indirect' });
    expect(before.target.quote.exact).toBe('40 people were treated in hospital');
    const after = suggestionWith('The road was reopened on Friday, according to local police.', 'The road was reopened');
    expect(after.claimant).toBe('local police');
  });

  it('takes a quotation over two paragraphs as one claim per paragraph, the second reopened with a quote mark, both the speaker’s', () => {
    const text = '“We have waited for this moment for ten years,” said Anna Berg. “The court has finally listened.\n\n“Now the government must act on it.”\n\nThe ministry did not comment.';
    expect(suggestionWith(text, 'The court has finally listened')).toMatchObject({ claimant: 'Anna Berg', target: { quote: { exact: 'The court has finally listened.' } } });
    expect(suggestionWith(text, 'Now the government must act')).toMatchObject({ claimant: 'Anna Berg', target: { quote: { exact: 'Now the government must act on it.' } } });
  });

  it('resolves a pronoun two sentences after the name, past a sentence with no person', () => {
    const text = 'Maria Lopez met the board on Tuesday. The meeting lasted an hour. She said that the budget would be cut by a third.';
    expect(suggestionWith(text, 'the budget would be cut')).toMatchObject({ claimant: 'Maria Lopez', kind: 'indirect' });
  });

  it('does not give "he" to a woman', () => {
    const text = 'Sarah Khan met Peter Wolf in Berlin. “We agreed on nothing at all,” he said.';
    expect(suggestionWith(text, 'We agreed on nothing').claimant).toBe('Peter Wolf');
  });

  it('takes an organisation as the source', () => {
    const text = 'The World Health Organization said in a statement that the outbreak was under control.';
    expect(suggestionWith(text, 'the outbreak was under control')).toMatchObject({ claimant: 'World Health Organization', kind: 'indirect' });
  });

  it('stays silent on scare quotes, passives and the author speaking', () => {
    const text = 'The so-called "a-ha" moment is said to be rare. I think that we were wrong. We found that nobody cared.';
    expect(findClaims(text)).toEqual([]);
  });

  it('ends a sentence at a reference mark after its period, and leaves the mark out of the content', () => {
    const text = 'A 1988 report showed that the icefield had lost a fifth of its volume.[5] The finding was disputed at first.';
    expect(suggestionWith(text, 'the icefield had lost').target.quote.exact).toBe('the icefield had lost a fifth of its volume');
  });

  it('reads a source with its apposition before "said", and the inverted order with a time after the cue', () => {
    const okafor = 'Linda Okafor, 71, a retired school librarian in Toledo, said the routine quickly became a habit.';
    expect(suggestionWith(okafor, 'the routine quickly became a habit')).toMatchObject({ claimant: 'Linda Okafor', kind: 'indirect' });
    const wire = 'VELGRAD, March 14 (Reuters) - Varenia will resume talks with Dostrava next week, Foreign Minister Anneli Korhavan said on Thursday, ending a freeze.';
    const talks = suggestionWith(wire, 'Varenia will resume talks');
    expect(talks.claimant).toBe('Anneli Korhavan');
    expect(talks.target.quote.exact).toBe('Varenia will resume talks with Dostrava next week');
  });

  it('ends a content where a second attribution or the writer’s comment begins', () => {
    const survey = 'In the survey, 34% of buyers said they were satisfied with the tools, and 52% of agency respondents said reporting was their biggest frustration.';
    expect(suggestionWith(survey, 'they were satisfied').target.quote.exact).toBe('they were satisfied with the tools');
    expect(suggestionWith(survey, 'reporting was their biggest frustration').claimant).toBe('agency respondents');
    const comment = 'Fishing associations claimed that her reforms had driven small crews out of business, a charge she consistently denied.';
    expect(suggestionWith(comment, 'her reforms had driven').target.quote.exact).toBe('her reforms had driven small crews out of business');
  });

  it('takes no example after a colon, no code block, no circumstance after a bare "said" and not the author’s own research for a claim', () => {
    expect(findClaims('The simplest way to think about it is that black-box monitoring is symptom-oriented: "The system isn’t working correctly, right now."')).toEqual([]);
    expect(findClaims('Let us start with a program that adds two numbers:\n\n#include <stdio.h> int add(int x, int y) { return x + y; }')).toEqual([]);
    expect(findClaims('“Beeeeep,” the drone said angrily when Haoyu moved to block its way again.').filter((suggestion) => suggestion.kind === 'indirect')).toEqual([]);
    expect(findClaims('Our rough research has told us newsrooms need to be reorganized.')).toEqual([]);
  });

  it('reads a participle after a comma as the subject’s report: “pushed back, arguing that …”, “…, saying …”', () => {
    const moderator = 'The moderator, Ines Valcourt, pushed back, arguing that thirty variants were just “thirty ways to avoid a decision”.';
    expect(suggestionWith(moderator, 'thirty variants were just')).toMatchObject({ claimant: 'Ines Valcourt', cue: 'arguing', kind: 'mixed' });
    const wire = 'The minister left the summit early, saying the talks had collapsed over the border question.';
    expect(suggestionWith(wire, 'the talks had collapsed').claimant).toBe('The minister');
    // "saying" with no clause after it, or a participle with no comma before it, reports nothing.
    expect(findClaims('She kept saying goodbye to everyone at the door.')).toEqual([]);
    expect(findClaims('The minister left early, saying nothing to reporters.')).toEqual([]);
  });

  it('goes on with a short quotation only when it is a whole sentence in the same paragraph', () => {
    const feld = 'Dr. Marcus Feld agreed. “Pick one meal and walk after it for a week,” he said. “If that sticks, add lunch.”\n\nThe “walk a week” advice is his.';
    expect(suggestionWith(feld, 'If that sticks').claimant).toBe('Marcus Feld');
    expect(findClaims(feld).some((suggestion) => suggestion.target.quote.exact.includes('walk a week'))).toBe(false);
  });

  it('gives a name inside an apposition (“a Nimbic customer”) no claim, and a “-based” description its company', () => {
    const whitlock = 'Sandra Whitlock, vice president at Harborline Logistics, a Nimbic customer since 2019, said the new pricing would save her company money.';
    expect(suggestionWith(whitlock, 'the new pricing').claimant).toBe('Sandra Whitlock');
    const company = 'Nimbic Systems is cutting the price of its storage by as much as 30% for new customers, the San Jose-based cloud provider said on Tuesday.';
    expect(suggestionWith(company, 'cutting the price').claimant).toBe('Nimbic Systems');
  });

  it('reads “As X put it, …” and “…, as X put it.”, and no other “put it”', () => {
    const keynote = 'As the keynote speaker, Dana Okafor, put it, every onboarding flow is really “a negotiation the user didn’t ask for”.';
    expect(suggestionWith(keynote, 'every onboarding flow')).toMatchObject({ claimant: 'Dana Okafor', kind: 'mixed' });
    expect(suggestionWith('The deal is a lifeline for the struggling airline, as one analyst put it.', 'a lifeline').claimant).toBe('one analyst');
    expect(findClaims('He put it on the table, and the minister put it away.')).toEqual([]);
  });

  it('reads a source past a quoted title in its apposition, and takes no title for a quotation', () => {
    const report = 'The cuts come three weeks after a Castellan Research report, "The Cloud Cost Reckoning," found that 71% of large enterprises exceeded their budgets.';
    const found = findClaims(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ claimant: 'a Castellan Research report', cue: 'found', kind: 'indirect' });
    expect(found[0]!.target.quote.exact).toBe('71% of large enterprises exceeded their budgets');
  });

  it('gives a share (“64% said”) the group surveyed, and “the report” the report’s name', () => {
    const survey = 'In a survey of 310 brand marketers conducted for the report, 64% said that inconsistent metrics made it difficult to compare performance. Just 18% said they were confident in the figures.';
    expect(suggestionWith(survey, 'inconsistent metrics').claimant).toBe('310 brand marketers');
    expect(suggestionWith(survey, 'they were confident').claimant).toBe('310 brand marketers');
    const halves = 'More than half of respondents (54%) said their team had rolled back a release, and a third reported that on-call duties had increased.';
    expect(suggestionWith(halves, 'rolled back').claimant).toBe('respondents');
    expect(suggestionWith(halves, 'on-call duties').claimant).toBe('respondents');
    const report = 'The alliance today released its annual Retail Media Revenue Report. The report finds that revenue reached $41.8 billion in 2025.';
    expect(suggestionWith(report, 'revenue reached').claimant).toBe('Retail Media Revenue Report');
    // A bare number beside a name is an age, not a share.
    expect(suggestionWith('Linda Okafor, 71, a retired librarian, said the routine became a habit.', 'the routine').claimant).toBe('Linda Okafor');
  });

  it('resolves “the ministry” only to a name with “Ministry” in it, and keeps a ministry described by its country', () => {
    const wire = 'Smith told The Associated Press that he would appeal.\n\nThe ministry said in a statement that the claims were baseless.';
    expect(suggestionWith(wire, 'the claims were baseless').claimant).toBe('The ministry');
    const varenia = 'The Varenian foreign ministry said in a statement that the talks were a sign of good faith. It added that Velgrad expected a halt to the filling of the reservoir.';
    expect(suggestionWith(varenia, 'Velgrad expected').claimant).toBe('The Varenian foreign ministry');
  });

  it('reads a source with an apposition before the cue after a quotation, and no “told” as an inversion', () => {
    const rates = '“We have no choice but to raise rates again,” Jane Doerr, a professor of economics at Halden University, said on Tuesday.';
    expect(suggestionWith(rates, 'no choice')).toMatchObject({ claimant: 'Jane Doerr', kind: 'direct', role: 'a professor of economics at Halden University' });
    const governor = '“The committee will act,” the central bank’s governor, Piet Vanlo, told reporters in Brussels.';
    const found = findClaims(governor);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ claimant: 'Piet Vanlo', kind: 'direct', cue: 'told' });
  });

  it('reads the news forms: “adding that” after a quotation’s comma, “, while Sen. X argued”, “counter”, a name told, “the advisory reads”', () => {
    const takeda = 'Senate Majority Leader Ron Takeda called the vote “a historic step,” adding that the measure would lower costs for families.';
    expect(suggestionWith(takeda, 'the measure would lower costs')).toMatchObject({ claimant: 'Ron Takeda', cue: 'adding' });
    const senators = 'Sen. Mara Hollis of Idaho said it was rushed, while Sen. Dean Koval argued the costs had been underestimated.';
    expect(suggestionWith(senators, 'it was rushed').target.quote.exact).toBe('it was rushed');
    expect(suggestionWith(senators, 'the costs had been underestimated').claimant).toBe('Dean Koval');
    expect(suggestionWith('Supporters counter that it will expand coverage to 4 million people.', 'expand coverage').claimant).toBe('Supporters');
    const register = 'A Microsoft spokesperson told The Register the company was "aware of reports" and working on a fix.';
    expect(suggestionWith(register, 'the company was').target.quote.exact).toBe('the company was "aware of reports" and working on a fix');
    expect(suggestionWith(register, 'the company was').claimant).toBe('Microsoft');
    expect(suggestionWith('"We recommend customers apply the patch immediately," the advisory reads.', 'apply the patch').claimant).toBe('the advisory');
  });

  it('names a user by the description, not by the site, and a chief executive by the name after the title', () => {
    expect(suggestionWith('One Reddit user wrote: "Our whole team lost access for three hours."', 'lost access').claimant).toBe('One Reddit user');
    const reyes = 'In a blog post, GitLab CEO Sid Reyes wrote that the company would double its security team.';
    expect(suggestionWith(reyes, 'double its security team')).toMatchObject({ claimant: 'Sid Reyes', role: 'GitLab CEO' });
  });

  it('reads records as sources (“emails show …”, “…, agency records show.”) and a report past its participle', () => {
    expect(suggestionWith('Internal emails show managers at the plant knew their effluent was breaching limits.', 'managers at the plant').claimant).toBe('Internal emails');
    expect(suggestionWith('That sampling did not take place until February 2025, agency records show.', 'That sampling').claimant).toBe('agency records');
    const staff = 'A city staff report presented at the start of the meeting found that the project would add 900 trips a day.';
    expect(suggestionWith(staff, 'the project would add').claimant).toBe('A city staff report');
  });

  it('cuts a content at “, and that”, at “but declined to”, at a second cue and at the end of a relative clause', () => {
    const two = 'Several speakers said 280 parking spaces were not enough for 312 units, and that overflow cars would end up on side streets.';
    expect(suggestionWith(two, '280 parking spaces').target.quote.exact).toBe('280 parking spaces were not enough for 312 units');
    expect(suggestionWith(two, 'overflow cars').target.quote.exact).toBe('overflow cars would end up on side streets');
    // Without the comma it stays one content, as PARC labels it.
    expect(suggestionWith('Feld cautioned that the trial was short and that most participants were white.', 'the trial was short').target.quote.exact).toBe('the trial was short and that most participants were white');
    expect(suggestionWith('Gwen Tarrant confirmed the emails were genuine but declined to comment further.', 'genuine').target.quote.exact).toBe('the emails were genuine');
    const lunde = 'Lunde said the council was "rushing a 40-year decision" and argued that the deal had been negotiated behind closed doors.';
    expect(suggestionWith(lunde, 'rushing').target.quote.exact).toBe('the council was "rushing a 40-year decision"');
    expect(suggestionWith(lunde, 'behind closed doors')).toMatchObject({ claimant: 'Lunde', cue: 'argued' });
    const oyelaran = 'Councillor Raymond Oyelaran, who had said for weeks he was undecided, joined the supporters.';
    expect(suggestionWith(oyelaran, 'undecided')).toMatchObject({ claimant: 'Raymond Oyelaran' });
    expect(suggestionWith(oyelaran, 'undecided').target.quote.exact).toBe('he was undecided');
  });

  it('finds the source of a colon past an opening adverbial and a noun that looks like a verb', () => {
    const pike = 'In a written statement submitted before the hearing, the association’s president, Howard Pike, put it this way: "We are not against housing."';
    expect(suggestionWith(pike, 'not against housing').claimant).toBe('Howard Pike');
    const reply = 'A reply from the operations director, Neil Sharrock, sent the next morning, reads in full: “Understood. Let’s keep this off email.”';
    expect(suggestionWith(reply, 'Understood').claimant).toBe('Neil Sharrock');
  });

  it('resolves “the mayor” and “the two-term councillor” to the person given that title, not to the nearest name', () => {
    const council = [
      'Mayor Alicia Drummond cast the deciding vote. Councillor Beatrice Lunde voted against it.',
      'Lunde said the council was rushing. Victor Amankwah, a resident, left early.',
      '“I asked for a traffic study,” the two-term councillor said. “I have listened to every one of you,” the mayor said.',
    ].join('\n\n');
    expect(suggestionWith(council, 'traffic study')).toMatchObject({ claimant: 'Beatrice Lunde', role: 'the two-term councillor' });
    expect(suggestionWith(council, 'every one of you').claimant).toBe('Alicia Drummond');
  });

  it('reads real news forms: a bulleted list after “said:”, a quotation right after the cue, a quoted subject, “told the U.N. …”', () => {
    const list = 'In a wide-ranging interview, President Obama also said:\n\nThe UK must stay in the EU to have influence\n\nHe is confident the Iran nuclear deal will be passed\n\nMr Obama has faced criticism in the country.';
    const items = findClaims(list);
    expect(items.map((item) => item.target.quote.exact)).toEqual(['The UK must stay in the EU to have influence', 'He is confident the Iran nuclear deal will be passed']);
    expect(items.every((item) => item.claimant === 'Obama')).toBe(true);
    expect(suggestionWith('Mr Obama smiled. Talking about his successes, he said "every president, every leader has strengths and weaknesses".', 'every president')).toMatchObject({ kind: 'direct', cue: 'said' });
    // Interface text after "says" is no quotation of anyone.
    expect(findClaims('One screen had a button that says “Accept and continue” in grey.')).toEqual([]);
    expect(suggestionWith('Mr Obama spoke in June. After the killings, he admitted "politics in this town" meant there were few options.', 'few options').kind).toBe('mixed');
    const un = 'President Obama told the U.N. General Assembly 18 months ago that he would seek “real breakthroughs on these two issues.”';
    expect(suggestionWith(un, 'real breakthroughs').claimant).toBe('Obama');
  });

  it('carries a speaker on to quotations after reported speech, and knows a surname that is also a word', () => {
    const indyk = '“Now it’s hard to see what could persuade the Palestinians” to hold up on their plans, Indyk said. “That has nothing to do with negotiations, but it could lead to a collapse.';
    expect(suggestionWith(indyk, 'hard to see')).toMatchObject({ claimant: 'Indyk', kind: 'mixed' });
    expect(suggestionWith(indyk, 'nothing to do with negotiations')).toMatchObject({ claimant: 'Indyk', kind: 'direct' });
    const earnest = '“We are deeply concerned about the rhetoric,” White House press secretary Josh Earnest told reporters aboard Air Force One.\n\nEarnest added that the disavowal would force the administration to reconsider its approach.';
    expect(suggestionWith(earnest, 'deeply concerned').claimant).toBe('Josh Earnest');
    expect(suggestionWith(earnest, 'the disavowal would force').claimant).toBe('Josh Earnest');
  });

  it('takes no order, no noun after “Palestinian”, nothing shown with a relative clause and no “thanks to” for a claim', () => {
    expect(findClaims('Vendor revokes signing certificate, tells customers to rotate stored credentials')).toEqual([]);
    // Since version 8 the declaration is a claim (a noun cue), but still nothing after "Palestinian".
    const declaration = findClaims('Netanyahu’s declaration that there would be no Palestinian state on his watch makes that more difficult.');
    expect(declaration.map((suggestion) => [suggestion.claimant, suggestion.target.quote.exact])).toEqual([['Netanyahu', 'there would be no Palestinian state on his watch']]);
    expect(findClaims('The carving, Te Kaurinui Parata shows, bears marks where a poacher had attempted to hack it out.').filter((item) => item.cue === 'shows')).toEqual([]);
    expect(findClaims('The show looks great thanks to its brilliant use of HDR, which the console supports.')).toEqual([]);
  });

  it('takes no source from a relative clause in an apposition, and no person from “African-American churchgoers”', () => {
    const ruth = 'Ruth Abernathy-Cole, IT operations manager at Pellham County Credit Union, which runs BackupVault across two data centres, told SysWire her team learned of the problem from a forum.';
    expect(suggestionWith(ruth, 'her team learned').claimant).toBe('Ruth Abernathy-Cole');
    const obama = 'Mr Obama spoke in June.\n\nAfter nine African-American churchgoers were killed, he admitted that there were few options available.';
    expect(suggestionWith(obama, 'few options').claimant).toBe('Obama');
  });

  it('gives a document to its owner and a short company name to the full one, and reads a double-barrelled surname as a subject', () => {
    const corvane = 'Corvane Software said it had been breached. Corvane’s advisory tells customers to wait. It also says the component was built to stay dormant.';
    expect(suggestionWith(corvane, 'stay dormant').claimant).toBe('Corvane Software');
    const lab = 'The samples were analysed by Kestrel Analytical, an accredited laboratory. Its results showed that ammonia levels were high.';
    expect(suggestionWith(lab, 'ammonia levels').claimant).toBe('Kestrel Analytical');
    const ruth = 'Ruth Abernathy-Cole runs IT for a clinic. Corvane offered six free months. Abernathy-Cole was not won over. “Six free months is nice,” she said.';
    expect(suggestionWith(ruth, 'Six free months is nice').claimant).toBe('Ruth Abernathy-Cole');
  });

  it('reads an unquoted “CONTENT, X said at the trial.” and “CONTENT, X said, and CONTENT2”', () => {
    const text = 'Mark Zuckerberg testified on Tuesday. A key approach is building a long-term relationship with your target, Zuckerberg said at the trial. It also pays to be wary of competing suitors for your startup, Zuckerberg said, and be willing to move fast to stave off rivals.';
    expect(suggestionWith(text, 'long-term relationship')).toMatchObject({ claimant: 'Mark Zuckerberg', cue: 'said', kind: 'indirect' });
    expect(suggestionWith(text, 'competing suitors').target.quote.exact).toBe('It also pays to be wary of competing suitors for your startup');
    expect(suggestionWith(text, 'move fast').claimant).toBe('Mark Zuckerberg');
    // Without "and" after it, "X said," opens a clause of its own: nothing is read before it.
    expect(findClaims('At a meeting last spring in the capital, Zuckerberg said, the plan was set.').filter((item) => item.target.quote.exact.includes('meeting'))).toEqual([]);
  });

  it('reads a cue set off after an opening phrase as reporting the clause that follows', () => {
    const text = 'Tom Forte is an analyst. Within months of the acquisition, Forte said, Whole Foods was selling cheaper eggs. If producers are squeezed too much, he noted, they may start to cut corners. To alleviate the threat, the officials said, the utility switched its covers to vented ones, “so they cannot form a combustible amount,” Mr. McHugh said.';
    expect(suggestionWith(text, 'Whole Foods was selling')).toMatchObject({ claimant: 'Tom Forte', cue: 'said' });
    expect(suggestionWith(text, 'cut corners').target.quote.exact).toBe('they may start to cut corners');
    expect(suggestionWith(text, 'the utility switched').target.quote.exact).toBe('the utility switched its covers to vented ones');
    expect(suggestionWith(text, 'combustible amount').claimant).toBe('McHugh');
  });

  it('reads “there’s” as a clause, “Simply” as no name and an “according to” content from the dash', () => {
    expect(suggestionWith('Tyler Besecker buys fish. He said there’s little if any room for a profit.', 'little if any room').claimant).toBe('Tyler Besecker');
    expect(suggestionWith('Joe Carbone runs the crews. Simply put, more freeze-thaw cycles result in more potholes, he said.', 'more potholes').claimant).toBe('Joe Carbone');
    const dash = 'Amazon is finding success with its own brands — it had more than 100 as of last July, according to Coresight Research, double the number in 2017.';
    expect(suggestionWith(dash, 'more than 100').target.quote.exact).toBe('it had more than 100 as of last July');
    expect(suggestionWith('“Don’t get nervous,” instructed Milton Velez, the district supervisor.', 'nervous').claimant).toBe('Milton Velez');
  });

  it('takes no claim from a passive, a denied or counterfactual cue, a question, or a participle before a noun', () => {
    expect(findClaims('We’re told that we reveal our true character in moments of crisis.')).toEqual([]);
    expect(findClaims('Uber says little. But it won’t tell us what measures it is taking to improve its safety record.')).toEqual([]);
    expect(findClaims('For its part, Uber might have suggested that it would use its network of drivers for a rescue.')).toEqual([]);
    expect(findClaims('Aren’t those the kinds of things libertarians say they hate about government?')).toEqual([]);
    expect(findClaims('That is fair for taxi services, given that they profit from publicly maintained roads and bridges.')).toEqual([]);
  });

  it('ends a content where the writer answers it, and reads “Many reports” and the subject after “whenever”', () => {
    expect(suggestionWith('Uber claims that its rating system is a better way to monitor drivers, but that’s an unproven assumption.', 'rating system').target.quote.exact).toBe('its rating system is a better way to monitor drivers');
    expect(suggestionWith('Many reports suggest that drivers don’t feel much better about the company.', 'drivers').claimant).toBe('Many reports');
    expect(suggestionWith('Its prices impose costs on customers, rising whenever the data suggests customers can be compelled to pay.', 'compelled').claimant).toBe('the data');
  });

  it('reads a first-person paragraph without marks after a person’s claim as their block quotation, but not the writer’s own “I”', () => {
    const text = 'Mark Zuckerberg testified on Tuesday. A key approach is building a long-term relationship with your target, Zuckerberg said at the trial.\n\nI’ve been building relationships for years with the founders of these companies, which made it so that we could move quickly.\n\nIt was not clear why this failed with Snapchat.';
    expect(suggestionWith(text, 'building relationships for years')).toMatchObject({ claimant: 'Mark Zuckerberg', kind: 'direct' });
    const answer = 'Dana Okafor spoke last.\n\n“If your name is on the design file, your name is on the decision,” Okafor told the room.\n\nI’m not sure I agree with all of it. Blaming individual designers feels a bit convenient when the targets are set three floors up.';
    expect(findClaims(answer).filter((item) => item.target.quote.exact.includes('not sure I agree'))).toEqual([]);
    const writer = 'We spoke to Ana Ruiz, who said the plant was closed.\n\nOver eight months, we reviewed more than 2,000 pages of internal company emails and regulator documents.';
    expect(findClaims(writer).filter((item) => item.target.quote.exact.includes('we reviewed'))).toEqual([]);
  });

  it('gives a quoted paragraph with no cue to the person the paragraph before names, but not a quoted heading', () => {
    const text = 'A whale stranded at Pātaua this week.\n\nBut for Hori Parata and his family the deaths are personal.\n\n“It’s very emotional. Our ancestors tell us the strandings are a sign from the sea.”';
    expect(suggestionWith(text, 'very emotional')).toMatchObject({ claimant: 'Hori Parata', kind: 'direct' });
    const heading = 'Many in Millbeck blame the plant, says Owain Petrakis.\n\n‘Nobody came until the fish were floating’\n\nThe river is quiet now.';
    expect(findClaims(heading).filter((item) => item.target.quote.exact.includes('Nobody came'))).toEqual([]);
  });

  it('reads “Wired Italy” and “The change log itself” as sources, and ends a content at the writer’s doubt', () => {
    expect(suggestionWith('Wired Italy reports that Martino resisted the plans to “internationalize” production—although it is not clear what that meant.', 'Martino')).toMatchObject({ claimant: 'Italy', kind: 'mixed' });
    expect(suggestionWith('Wired Italy reports that Martino resisted the plans—although it is not clear what that meant.', 'Martino').target.quote.exact).toBe('Martino resisted the plans');
    expect(suggestionWith('The change log itself points out that the development was underwritten by GIS companies.', 'underwritten').claimant).toBe('The change log');
    expect(suggestionWith('Banzi says that several outlets are paying Arduino SRL, but it is quite difficult to determine which retailers are on which side.', 'outlets').target.quote.exact).toBe('several outlets are paying Arduino SRL');
  });

  it('takes nothing from “during that time” or from “, which suggests that”', () => {
    expect(findClaims('The main feature added during that time would appear to be improved accessibility support.')).toEqual([]);
    expect(findClaims('The page notes that dates have been set for August, which suggests that this debate is far from over.').map((item) => item.target.quote.exact)).toEqual(['dates have been set for August']);
  });

  it('gives a whole sentence to “according to” set off inside it, but not to an apposition after the source', () => {
    const inside = 'The goal, according to the change log, is to provide a stable version for businesses.';
    expect(suggestionWith(inside, 'stable version')).toMatchObject({ claimant: 'the change log', cue: 'according to' });
    expect(suggestionWith(inside, 'stable version').target.quote.exact).toBe('The goal, according to the change log, is to provide a stable version for businesses');
    expect(suggestionWith('Amazon had more than 100, according to Coresight, a research firm.', 'Amazon').target.quote.exact).toBe('Amazon had more than 100');
  });

  it('gives the paragraph after a colon to the person who is the clause’s subject, but not to a heading or a thing', () => {
    const text = 'Marco Arment released Overcast 2.0 on Monday.\n\nOf course, Marco jumps in, and predictably, he’s snippy:\n\nIf you’re going to speak in precise absolutes, it’s best to first ensure that you’re correct.';
    expect(suggestionWith(text, 'precise absolutes')).toMatchObject({ claimant: 'Marco Arment', cue: ':', kind: 'direct' });
    expect(suggestionWith('Samantha Bielefeld basically abases herself at his feet:\n\nI understand my mistake, and it diluted the point of my article.', 'my mistake').claimant).toBe('Samantha Bielefeld');
    expect(findClaims('‘GMA’ Cookie Search:\n\nA photographer is fighting back after a photo she posted started a backlash.')).toEqual([]);
    expect(findClaims('To a first approximation, the top companies supporting LibreOffice are:\n\nDevelopment work is thus concentrated in a small number of companies.')).toEqual([]);
    expect(findClaims('The rules are simple:\n\nYou must be over eighteen to enter the draw.')).toEqual([]);
  });

  it('needs “that” after “showed” unless records show it', () => {
    expect(findClaims('The photo showed a newborn infant wrapped in an American flag held by his father.')).toEqual([]);
    expect(suggestionWith('Internal emails showed managers knew about the leak for months.', 'managers knew').claimant).toBe('Internal emails');
  });

  it('reads a US news page’s turns: a party in parentheses, a quoted predicate, “— claiming”, “saying, “…””, a cue inside the clause', () => {
    expect(suggestionWith('State Sen. Michael Doherty (R-Warren) said Christie had failed the state.', 'failed').claimant).toBe('Michael Doherty');
    expect(suggestionWith('Doherty said Christie “didn’t fight hard enough” to change the court’s makeup.', 'fight hard')).toMatchObject({ claimant: 'Doherty', kind: 'mixed' });
    expect(suggestionWith('Hachette had waged a bruising battle with Amazon — claiming the e-tailer was acting as a bully.', 'bully')).toMatchObject({ claimant: 'Hachette', cue: 'claiming' });
    expect(suggestionWith('Amazon released a separate statement saying, “It allows us to grow our business together with Macmillan.”', 'grow our business')).toMatchObject({ claimant: 'Amazon', kind: 'direct' });
    const inside = suggestionWith('One of the most popular offerings so far, said the owners, is the Pick 6, a box of six beers.', 'Pick 6');
    expect(inside.target.quote.exact).toBe('One of the most popular offerings so far, said the owners, is the Pick 6, a box of six beers');
    expect(suggestionWith('The economy is slowing down quickly, said the analyst, and prices are rising.', 'economy').target.quote.exact).toBe('The economy is slowing down quickly');
  });

  it('does not end a content at a comma when the relative clause before the cue closed before it', () => {
    expect(suggestionWith('Doherty, who represents a rural district, says his main frustration is that poor, urban districts get more aid.', 'frustration').target.quote.exact).toBe('his main frustration is that poor, urban districts get more aid');
  });

  it('gives a report in a newspaper to the newspaper, but a study by researchers to the study', () => {
    expect(suggestionWith('According to a report in the Daily Express newspaper, the Argentine Air Force is set to get a dozen planes.', 'Air Force').claimant).toBe('Daily Express');
    expect(suggestionWith('A study by Harvard researchers found that sleep matters more than diet.', 'sleep matters').claimant).toBe('A study');
  });

  it('reads “After the …,” at a sentence’s start as a preposition, so the subject comes after it', () => {
    expect(suggestionWith('After the gruesome killing of the mother, the teen hurried to the hospital, claiming the child was stillborn at home.', 'stillborn').claimant).toBe('the teen');
    expect(suggestionWith('Officials said the council began the review in May.', 'council began').claimant).toBe('Officials');
  });

  it('resolves “He added” to the last speaker, not to a plural noun opening the sentence before', () => {
    expect(suggestionWith('Sharks are native to the area, and Colligan said that they are spotted several times a year. He added that attacks like this are rare.', 'are rare').claimant).toBe('Colligan');
  });

  it('reads a cue set off after “Before …,” and leaves the writer’s “we’ll say” alone', () => {
    expect(suggestionWith('Before Swanson got out of the water, Walsh said, he fashioned a tourniquet from his leash cord.', 'tourniquet')).toMatchObject({ claimant: 'Walsh', kind: 'indirect' });
    expect(findClaims('And we’ll say, “No, man. But you can be our new dad now.”')).toEqual([]);
    expect(findClaims('A power outage hit the airport on Monday, adding some extra misery to an already busy travel week.')).toEqual([]);
  });

  it('reads the subject of a second clause joined by “and” without a comma', () => {
    expect(suggestionWith('He was airlifted to a local hospital and a hospital spokesman said Swanson was in fair condition.', 'fair condition').claimant).toBe('a hospital spokesman');
  });

  it('takes “X said.” after a quoted question, and a paraphrase with its quoted fragment as one mixed claim', () => {
    const question = 'Tom Forte is an analyst.\n\n“Do they take the profit from their cloud business and reinvest it in grocery?” Forte said.';
    expect(suggestionWith(question, 'take the profit')).toMatchObject({ claimant: 'Tom Forte', kind: 'direct' });
    const fragment = suggestionWith('Upgrading the city’s utilities is a slow, painstaking process, “because you have such a fixed-in-place system,” said Rae Zimmerman.', 'painstaking');
    expect(fragment).toMatchObject({ claimant: 'Rae Zimmerman', kind: 'mixed' });
    expect(fragment.target.quote.exact).toBe('Upgrading the city’s utilities is a slow, painstaking process, “because you have such a fixed-in-place system,”');
    const goingOn = suggestionWith('“I was shocked to see that level,” said Tyler Besecker, a buyer. The price, which was matched at QFC last week, is “as low as I’ve ever seen.”', 'The price');
    expect(goingOn).toMatchObject({ claimant: 'Tyler Besecker', kind: 'mixed' });
  });

  it('takes nothing from the writer’s own counts', () => {
    expect(findClaims('On to New Hampshire, where Bernie Sanders has logged the most visits, according to our totals.')).toEqual([]);
  });

  it('gives an acronym its full name, and a body’s data to the body', () => {
    const text = 'In 2013, there were 21.58 million flights, according to the Federal Aviation Administration. The FAA has concluded that it is safe to let planes take off sooner. National Transportation Safety Board data show that only two years had no deaths.';
    expect(suggestionWith(text, 'take off sooner').claimant).toBe('Federal Aviation Administration');
    expect(suggestionWith(text, 'two years').claimant).toBe('National Transportation Safety Board');
    expect(suggestionWith('A 1988 report found that the icefield had lost a fifth of its volume.', 'icefield').claimant).toBe('A 1988 report');
  });

  it('keeps a quoted fragment ending an “according to” clause in it, and reads a quoted predicate after “it”', () => {
    const itu = suggestionWith('According to the International Telecommunication Union, this year there were nearly 7 billion phones, “corresponding to a penetration rate of 96 percent.”', 'billion phones');
    expect(itu).toMatchObject({ claimant: 'International Telecommunication Union', kind: 'mixed' });
    expect(itu.target.quote.exact).toContain('96 percent');
    expect(suggestionWith('Iridium says it “is the only satellite company that offers truly global coverage.”', 'truly global')).toMatchObject({ claimant: 'Iridium' });
    expect(findClaims('The launch succeeded, thanks in part to the expertise of German rocket scientists.')).toEqual([]);
  });

  it('takes what a thing suggests as the writer’s inference, but what a chart or data show as theirs; two full names before “write”', () => {
    expect(findClaims('Waze won’t be around forever, but its many features, some subtle and some outright mind-bending, suggest that maps will get richer.')).toEqual([]);
    expect(suggestionWith('The chart shows that large advertisers are the most committed.', 'large advertisers').claimant).toBe('The chart');
    expect(suggestionWith('“Cash is the most formidable enemy of the poor,” Tonny K. Omwansa and Nicholas P. Sullivan write in their e-book.', 'Cash is')).toMatchObject({ kind: 'direct', cue: 'write' });
  });

  it('reads a cue set off with the one told (“Menard tells me,”) and a long subject after it', () => {
    const text = 'Jim Menard runs the site. In November, Menard tells me, more than 1 million people submitted such updates.';
    expect(suggestionWith(text, 'submitted')).toMatchObject({ claimant: 'Jim Menard', kind: 'indirect' });
    expect(suggestionWith('Once there, investigators said, Salinas beat Cartas with a blunt object and then proceeded to flee.', 'Salinas beat').claimant).toBe('investigators');
  });

  it('reads the wire’s turns: “told local television CLAUSE”, “CONTENT, X told Reuters.”, an aside after the cue, “said X, noting that”', () => {
    expect(suggestionWith('Soelistyo, head of the agency, told local television the search area between the islands would be expanded.', 'search area')).toMatchObject({ claimant: 'Soelistyo', cue: 'told' });
    expect(suggestionWith('Searchers had investigated several areas but had found nothing connected to the plane, Tjahjanto told Reuters.', 'nothing connected').target.quote.exact).toBe('Searchers had investigated several areas but had found nothing connected to the plane');
    expect(suggestionWith('Authorities would also investigate reports of an explosion, Tjahjanto added, although dynamite fishing is common there.', 'explosion').target.quote.exact).toBe('Authorities would also investigate reports of an explosion');
    expect(suggestionWith('“It’s so shallow that they may just spot the plane,” said van Sebille, noting that sunlight travels through water up to 100 metres.', 'sunlight')).toMatchObject({ claimant: 'Sebille', cue: 'noting' });
  });

  it('gives a claim to the person, not to the place at the end of their address', () => {
    expect(suggestionWith('“Penguins are highly susceptible to infectious diseases,” Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said.', 'Penguins').claimant).toBe('Wray Grimaldi');
    expect(suggestionWith('Norman Ratcliffe, an ecologist from the Antarctic Survey in Cambridge, United Kingdom, told New Scientist that the evidence is lacking.', 'evidence').claimant).toBe('Norman Ratcliffe');
    expect(suggestionWith('Officials in Dunedin, New Zealand, said the road was closed.', 'road').claimant).toBe('Officials');
    expect(suggestionWith('Russia said the talks had failed.', 'talks').claimant).toBe('Russia');
  });

  it('takes nothing from what things suggest, from found signs, or from a heading before a colon', () => {
    expect(findClaims('Channels, valleys, and gullies are found all over Mars, and suggest that liquid water might have flowed there.')).toEqual([]);
    expect(findClaims('The rover found signs that water once flowed on the planet’s surface.')).toEqual([]);
    expect(findClaims('Atmospheric composition (by volume):\n\n95.32 percent carbon dioxide, 2.7 percent nitrogen, 1.6 percent argon.')).toEqual([]);
    expect(suggestionWith('Researchers suggest that liquid water might have flowed there.', 'liquid water').claimant).toBe('Researchers');
  });

  it('makes a one-word quoted fragment before its cue one mixed claim with the sentence', () => {
    const text = 'Just over 24 hours before the march, Wenjian Liu and Rafael Ramos had been shot “execution-style,” Mayor Bill DeBlasio said.';
    expect(suggestionWith(text, 'execution-style')).toMatchObject({ claimant: 'Bill DeBlasio', kind: 'mixed' });
  });

  it('takes a trial as a document source of “according to”', () => {
    const lead = 'Ten minutes of walking after each meal may blunt blood sugar spikes in older adults, according to a new clinical trial.';
    expect(suggestionWith(lead, 'Ten minutes of walking')).toMatchObject({ claimant: 'a new clinical trial', cue: 'according to' });
  });

  it('finds nothing in a language it has no cues for', () => {
    expect(findClaims('« Nous ne partirons pas », a déclaré le maire.', { lang: 'fr' })).toEqual([]);
  });
});

describe('findClaims, version 7', () => {
  it('reads a reported clause whose subject has a prepositional phrase before a past verb', () => {
    const text = 'State Park Ranger Supervisor Robert Colligan said the attack by the 8-to-10 foot shark happened at around 11 a.m. local time.';
    expect(suggestionWith(text, 'the attack by the')).toMatchObject({ claimant: 'Robert Colligan', role: 'State Park Ranger Supervisor', kind: 'indirect' });
    // A plural noun ending such a phrase is no verb: "told a meeting of ... member states" reports nothing.
    expect(findClaims('Armen Khachatrian told a meeting of parliamentarians from the CSTO member states.')).toEqual([]);
  });

  it('never joins the writer’s words to a quotation that goes on into the next paragraph', () => {
    const text = 'The plan was drawn up in a hurry and was a rushed job, “because nobody had read it\n\n“and nobody will defend it now,” Mayor Jane Doe said.';
    const found = findClaims(text);
    expect(found.map((suggestion) => suggestion.target.quote.exact)).toEqual(['because nobody had read it', 'and nobody will defend it now,']);
    expect(found.every((suggestion) => suggestion.claimant === 'Jane Doe')).toBe(true);
  });

  it('takes “the director” to the person the story is about when no one was given that role, but a described source stays itself', () => {
    const text = 'For the film, Chandor asked his leading man to pick a year. “Scripts are vague on back-story, and the actors fill them in,” the director said.';
    expect(suggestionWith(text, 'Scripts are vague')).toMatchObject({ claimant: 'Chandor', role: 'the director' });
    const anonymous = 'Daria Menk spoke first. A Western diplomat in Velgrad said both governments had come under pressure. “Nobody wants this on the agenda in May,” the diplomat said.';
    expect(suggestionWith(anonymous, 'Nobody wants this').claimant).toBe('A Western diplomat');
  });

  it('keeps a hyphenated given name whole, and a name inside an apposition’s prepositional phrase out of the subject', () => {
    const commander = 'Cheuk Hau-yip, the commander of Kowloon West district, said: “These rioters, they are also criminals. They have to face the consequences.”';
    expect(suggestionWith(commander, 'These rioters')).toMatchObject({ claimant: 'Cheuk Hau-yip', role: 'the commander of Kowloon West district' });
    const blogger = 'Leif Dahleen, the blogger behind the Physician on FIRE, retired at age 43. He says the first step for any aspiring early retiree is to take inventory of their finances.';
    expect(suggestionWith(blogger, 'the first step')).toMatchObject({ claimant: 'Leif Dahleen', role: 'the blogger behind the Physician on FIRE' });
    // "San Jose-based" stays an adjective, never a name.
    expect(suggestionWith('A San Jose-based company said the deal is fine.', 'the deal').claimant).toBe('A San Jose-based company');
  });

  it('gives “the statement read” to whoever issued the statement, and never takes “the company” to a person', () => {
    const text = 'Scooter Braun bought Big Machine Records from Scott Borchetta, the former label of Taylor Swift, in June. On Thursday, Swift took to social media and accused Braun, Borchetta and Big Machine of blocking a documentary.\n\nThe company flat-out denied the allegations in a statement shared to its website.\n\n“As her partner for over a decade, we were shocked to see her statements yesterday,” the statement read.';
    expect(suggestionWith(text, 'we were shocked')).toMatchObject({ claimant: expect.stringMatching(/^Big Machine/), kind: 'direct' });
    // "denied the allegations in a statement shared to its website" reports a noun phrase, not a clause.
    expect(findClaims(text).filter((suggestion) => suggestion.target.quote.exact.includes('the allegations'))).toEqual([]);
  });

  it('leaves out a charge put as a gerund (“accused X of …”) unless it quotes the accuser, and keeps a public rebuke', () => {
    expect(findClaims('Stephanie Grisham accused the Democrats of being blinded by their hatred for the president.')).toEqual([]);
    expect(suggestionWith('Miro Tadesk accused Varenian officials of “inflating the numbers to win sympathy abroad” ahead of the summit.', 'inflating the numbers')).toMatchObject({ claimant: 'Miro Tadesk', kind: 'mixed' });
    expect(suggestionWith('Armen Khachatrian on Monday lambasted the CSTO for not providing any military aid to Armenia.', 'the CSTO for not providing')).toMatchObject({ claimant: 'Armen Khachatrian', cue: 'lambasted' });
  });

  it('closes a wire quote on two single marks, and reads a cue after a question whose nested quote closes first', () => {
    expect(suggestionWith('“It was an attempt to mislead voters,’’ Will Moy told the BBC.', 'mislead voters')).toMatchObject({ claimant: 'Will Moy', kind: 'direct' });
    expect(suggestionWith('“I then heard him ask, quote, ‘So he’s going to do the investigation?’” Holmes testified.', 'I then heard')).toMatchObject({ claimant: 'Holmes', cue: 'testified' });
  });
});

describe('findClaims, version 8', () => {
  it('reads a statement named by a noun with its possessor (“Halvard’s vow that …”), and ends it where the sentence’s own verb comes back', () => {
    expect(suggestionWith('Minister Ines Halvard is under fire over her often-repeated vow that the mine would close by March.', 'the mine would close')).toMatchObject({ claimant: 'Ines Halvard', cue: 'vow', kind: 'indirect' });
    const subject = suggestionWith('Voss’s astounding admission that he never read the contract is hard to believe.', 'he never read');
    expect(subject.target.quote.exact).toBe('he never read the contract');
    expect(subject.claimant).toBe('Voss');
    const preposed = suggestionWith('Despite Mr. Orlov’s May 2 announcement that the two firms had reached a “binding” deal, nothing was signed.', 'the two firms');
    expect(preposed).toMatchObject({ claimant: 'Orlov', kind: 'mixed' });
    expect(preposed.target.quote.exact).toBe('the two firms had reached a “binding” deal');
    // No possessor, no source: "the claim that" is nobody's here.
    expect(findClaims('The claim that the mine would close by March was false.')).toEqual([]);
  });

  it('takes “the 56-year-old” to the person the story is about, and reads a colon after the cue and an adverbial', () => {
    const text = 'Dana Reyes has agreed a deal to coach the club until 2024.\n\nThe 56-year-old said after her appointment: “I am excited to be joining a club with such passionate supporters.”';
    expect(suggestionWith(text, 'I am excited')).toMatchObject({ claimant: 'Dana Reyes', role: 'The 56-year-old', kind: 'direct' });
  });

  it('does not take an opening common noun (“Negotiations”) for a person’s name', () => {
    const text = 'Dana Reyes has agreed a deal.\n\nNegotiations between the club and her agents intensified this week.\n\nThe 56-year-old said: “It is a great club.”';
    expect(suggestionWith(text, 'It is a great club').claimant).toBe('Dana Reyes');
  });

  it('passes a title of unknown gender (“Web of Angels”) for “she”, but keeps a surname of unknown gender', () => {
    const text = 'Ford wrote Web of Angels in 1980. I reached Vera Lindqvist by phone. She had represented him since 1978. Web of Angels was the first novel she ever sold. “When I started, I felt this was where I was meant to be,” she said.';
    expect(suggestionWith(text, 'When I started').claimant).toBe('Vera Lindqvist');
    const surname = 'Armen Khachatrian spoke after Emmanuel Macron. Khachatrian asked why nobody reacted. “Why is there no reaction?” he said.';
    expect(suggestionWith(surname, 'Why is there no reaction').claimant).toBe('Armen Khachatrian');
  });

  it('reads “told reporters” before a clause whose subject has an infinitive, and no order after “told X to”', () => {
    expect(suggestionWith('Prosecutors told reporters the decision to drop the inquiry had been taken after interviews.', 'the decision to drop')).toMatchObject({ claimant: 'Prosecutors', cue: 'told' });
    expect(findClaims('The mayor told reporters to leave the room before the vote.')).toEqual([]);
  });

  it('takes “US” for the country, not for “us”, and never as the antecedent of “they”', () => {
    expect(suggestionWith('US officials said American forces had launched a rescue mission.', 'American forces')).toMatchObject({ claimant: 'US officials' });
    const they = 'Dara and Sam Quill moved from the US in 2015. Saving takes effort, whereas earning more is a long-term solution, they said.';
    expect(findClaims(they).filter((suggestion) => suggestion.claimant === 'US')).toEqual([]);
  });

  it('keeps “of” inside an office or a body’s name, and nowhere else', () => {
    expect(suggestionWith('Secretary of State Mike Pompeo said the release gives us hope.', 'the release')).toMatchObject({ claimant: 'Mike Pompeo', role: 'Secretary of State' });
    expect(suggestionWith('Chancellor of the Exchequer Sajid Javid said the budget was fair.', 'the budget')).toMatchObject({ claimant: 'Sajid Javid', role: 'Chancellor of the Exchequer' });
    expect(suggestionWith('The Bank of England said rates would stay on hold.', 'rates would')).toMatchObject({ claimant: 'Bank of England' });
    expect(suggestionWith('Michael Joseph, CEO of Safaricom, said the banks were missing.', 'the banks')).toMatchObject({ claimant: 'Michael Joseph', role: 'CEO of Safaricom' });
  });

  it('reads “claimed victory” as a thing claimed, not a statement', () => {
    expect(findClaims('President Ada Borg has claimed victory as the House concluded its third public hearing on Thursday.')).toEqual([]);
  });

  it('reads “people familiar with the talks” as the whole description, after the content or before it', () => {
    expect(suggestionWith('The deal may grow bigger if Beijing agrees, people familiar with the talks say.', 'The deal may grow')).toMatchObject({ claimant: 'people familiar with the talks', cue: 'say' });
    expect(suggestionWith('Officials close to the president said the talks had failed.', 'the talks had failed').claimant).toBe('Officials close to the president');
  });

  it('reads a quotation after the cue and an adverbial set off by a comma (“said in a statement, “…””)', () => {
    const text = 'Prime Minister Ola Brandt said in a statement, “We are profoundly pleased and relieved” at the release.';
    expect(suggestionWith(text, 'profoundly pleased')).toMatchObject({ claimant: 'Ola Brandt', cue: 'said', kind: 'direct' });
    // A clause between them is no adverbial: "said as he left, “…”" stays unread rather than guessed.
    expect(findClaims('Smith said as he left, “We are pleased.”')).toEqual([]);
  });

  it('ends a clause reported inside an opening “Although …,” at the comma before the main clause, whose own cue is read too', () => {
    const text = 'Although representatives of the banker suggested he may have been murdered, Nadia Orr told lawmakers no evidence supports anything other than suicide.';
    expect(suggestionWith(text, 'he may have been murdered').target.quote.exact).toBe('he may have been murdered');
    expect(suggestionWith(text, 'no evidence supports')).toMatchObject({ claimant: 'Nadia Orr', cue: 'told' });
    // A comma inside the clause that no main clause follows keeps the content going.
    expect(suggestionWith('While Mark Zuckerberg said scare tactics are an effective, if undesirable, way of persuading startups to sell, the court disagreed.', 'scare tactics').target.quote.exact).toBe('scare tactics are an effective, if undesirable, way of persuading startups to sell');
    // And the subordinate clause is no role of the main clause's subject.
    expect(suggestionWith(text, 'no evidence supports').role).toBeNull();
  });

  it('reads “announced it was …” without “that”, but not “announced it yesterday”', () => {
    expect(suggestionWith('Airbus announced last week it would scrap its production.', 'it would scrap')).toMatchObject({ claimant: 'Airbus', cue: 'announced' });
    expect(findClaims('The firm announced it yesterday at a meeting in Paris.')).toEqual([]);
  });

  it('reads “CONTENT, X said,” before a participle or a subordinate clause, the latter as more of what was said', () => {
    const since = 'But Halden has had a place in his heart since 1984, Ivo Marr said, ever since he did an internship at the company.';
    expect(suggestionWith(since, 'a place in his heart')).toMatchObject({ claimant: 'Ivo Marr', cue: 'said' });
    expect(suggestionWith(since, 'ever since he did')).toMatchObject({ claimant: 'Ivo Marr' });
    const participle = 'Targeting audiences is key in making dollars go further, Julie Graham said, offering the example of a recent campaign.';
    expect(suggestionWith(participle, 'Targeting audiences').target.quote.exact).toBe('Targeting audiences is key in making dollars go further');
    expect(findClaims(participle).filter((suggestion) => suggestion.target.quote.exact.includes('offering'))).toEqual([]);
  });

  it('reads a clause that opens with a number with thousands, and none in a number’s noun (“90,000 miles of cable”)', () => {
    expect(suggestionWith('The unions said more than 15,000 people registered for the rally.', '15,000 people')).toMatchObject({ claimant: 'The unions' });
    expect(findClaims('Con Edison, which maintains about 90,000 miles of underground cable in the city, was fined.')).toEqual([]);
  });

  it('reads a reported clause whose predicate is quoted, but not a quoted word after “said the word”', () => {
    expect(suggestionWith('Mira Voss said the release of the hostages “give[s] us hope for the success of the talks.”', 'the release of the hostages')).toMatchObject({ claimant: 'Mira Voss', kind: 'mixed' });
    expect(findClaims('She said the word “hello” twice.')).toEqual([]);
  });

  it('reads a clause whose verb is a third-person -s word after a short noun phrase, but not a plural noun before a verb', () => {
    expect(suggestionWith('The agency says the typical single-family homeowner pays about $1,024 per year.', 'the typical single-family homeowner')).toMatchObject({ claimant: 'The agency', kind: 'indirect' });
    expect(suggestionWith('Devika Sorensen said the incident fits a pattern of attacks on backup tools.', 'the incident fits')).toMatchObject({ claimant: 'Devika Sorensen' });
    // "The biggest reason advisors get fired" is a noun phrase: "advisors" is no verb before "get".
    const subject = 'The biggest reason advisors get fired, writes Charlotte Beyer, is "it is always about communication, every time."';
    expect(suggestionWith(subject, 'always about communication')).toMatchObject({ claimant: 'Charlotte Beyer', cue: 'writes' });
  });

  it('gives a quotation after “, saying” to the subject of the clause before it', () => {
    const text = 'Zia Duvall urged the president to make a deal as soon as possible, saying “time is running out for many in agriculture.”';
    expect(suggestionWith(text, 'time is running out')).toMatchObject({ claimant: 'Zia Duvall', cue: 'saying', kind: 'direct' });
  });

  it('reads a plural-form possessive (“Edmunds’ executive director”) as a role, not as the speaker’s name', () => {
    const text = '“The end of the year is a popular time for purchases,” Jessie Caldwell, Edmunds’ executive director of industry analysis, said in a statement.';
    expect(suggestionWith(text, 'popular time')).toMatchObject({ claimant: 'Jessie Caldwell', role: 'Edmunds’ executive director of industry analysis' });
    // A closing single quote after a title is no possessive.
    expect(suggestionWith('Hana Reyes said: "I loved \'Meet the Parents\' as a child, really."', 'as a child').claimant).toBe('Hana Reyes');
  });

  it('gives a quoted paragraph after a mention to the person, not to a name that modifies a noun (“his Instagram announcement”)', () => {
    const text = 'In his initial Instagram announcement of the pregnancy, Van Der Beek touched on the idea of loss.\n\n"Kimberly and I have been through three of those first appointments to discover no heartbeat."';
    expect(suggestionWith(text, 'Kimberly and I')).toMatchObject({ claimant: 'Van Der Beek', kind: 'direct' });
  });

  it('reads no source from a party-and-state aside (“R-Texas”) or an opening “When …” clause', () => {
    expect(suggestionWith('Sen. Ted Cruz, R-Texas, said the death is a symptom of deeper problems.', 'a symptom')).toMatchObject({ claimant: 'Ted Cruz' });
    const when = 'When the guards found the body Aug. 10, prosecutors alleged that the two officers had not made their checks.';
    expect(suggestionWith(when, 'the two officers')).toMatchObject({ claimant: 'prosecutors', role: null });
  });

  it('reads a proposal’s base-form clause (“suggested Beijing buy …”), readers as sources, and “Mr. Trump was” as a main clause', () => {
    expect(suggestionWith('Advisers suggested Beijing buy more soybeans this year.', 'Beijing buy')).toMatchObject({ claimant: 'Advisers', cue: 'suggested' });
    expect(suggestionWith('One reader suggested we look into reliable birth control.', 'we look into')).toMatchObject({ claimant: 'One reader' });
    const when = 'When his advisers suggested that Beijing resume buying farm products, Mr. Trump was not satisfied.';
    expect(suggestionWith(when, 'Beijing resume').target.quote.exact).toBe('Beijing resume buying farm products');
  });

  it('ends a reported clause before “, warning:” or “,” adding …”, which report statements of their own', () => {
    const warning = 'Liu Xia said that the army could be deployed in Beijing, warning: “They are already there in the garrison.”';
    expect(suggestionWith(warning, 'the army could').target.quote.exact).toBe('the army could be deployed in Beijing');
    expect(suggestionWith(warning, 'already there')).toMatchObject({ claimant: 'Liu Xia', cue: 'warning', kind: 'direct' });
    const adding = 'Kristi Noem later tweeted that the epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”';
    expect(suggestionWith(adding, 'dinner table').target.quote.exact).toBe('the epidemic “needs to be a dinner table conversation,”');
    expect(suggestionWith(adding, 'we need everyone')).toMatchObject({ claimant: 'Kristi Noem', cue: 'adding' });
  });

  it('reads “issued a statement warning that …” and “, adding that …” after a quotation as the subject’s', () => {
    expect(suggestionWith('The Electoral Commission issued a statement warning that voters are entitled to transparency.', 'voters are entitled')).toMatchObject({ claimant: 'Electoral Commission', cue: 'warning' });
    const after = 'Scott Morrison said in a statement, “We are pleased” at the release, adding that the family had asked to convey its relief.';
    expect(suggestionWith(after, 'the family had asked')).toMatchObject({ claimant: 'Scott Morrison', cue: 'adding' });
  });

  it('gives “the statement said” to whoever “said in a statement” before, and keeps “the US military” as itself', () => {
    const text = 'The United Nations met on Monday.\n\nTwo service members were killed in a crash, the US military said in a statement on Wednesday.\n\n"The cause of the crash is under investigation, and no enemy fire was seen," the statement said.';
    expect(suggestionWith(text, 'Two service members')).toMatchObject({ claimant: 'the US military' });
    expect(suggestionWith(text, 'The cause of the crash')).toMatchObject({ claimant: 'the US military', kind: 'direct' });
  });

  it('gives a second verb (“… and said …”) the subject of the clause when the first verb reports nothing', () => {
    expect(suggestionWith('The army did not reveal the crash location and said it was withholding the names of those killed.', 'withholding')).toMatchObject({ claimant: 'The army', cue: 'said' });
  });

  it('ends a reported clause before “, but he …” or “— and …, he …”, a new clause of the writer’s, and keeps a determiner that opens the clause', () => {
    expect(suggestionWith('Mark Esper said it would be provided next year, but he gave no details on payment.', 'provided next year').target.quote.exact).toBe('it would be provided next year');
    expect(suggestionWith('The president says his approach has created leverage — and in some cases, he is right.', 'leverage').target.quote.exact).toBe('his approach has created leverage');
    const quoted = suggestionWith('Trump said a deal signing would take place in “farm country,” but the Chinese have been reluctant to commit.', 'deal signing');
    expect(quoted.target.quote.exact).toBe('a deal signing would take place in “farm country,”');
    // A gerund after "but" is no new subject of the writer's: the contrast is the source's.
    expect(suggestionWith('Smith said selling a product is difficult, but altering behavior is much more difficult.', 'selling').target.quote.exact).toBe('selling a product is difficult, but altering behavior is much more difficult');
  });

  it('takes no capitalised surname ending in -es (“Petrides”) for a verb, so “CONTENT, says X, role” is read inverted', () => {
    expect(findClaims('Smith says John Petrides.')).toEqual([]);
    const text = 'The Coty-Kylie Jenner deal could be the beginning of a new trend for stocks, says John Petrides, portfolio manager at Tocqueville Asset Management.';
    expect(suggestionWith(text, 'a new trend')).toMatchObject({ claimant: 'John Petrides', cue: 'says' });
  });

  it('ends a clause reported inside a relative clause at the main verb, and takes no source from a contrasted clause’s “others”', () => {
    const relative = 'In adults aged 26 or older, the number who said they had used cannabis in the past month rose by 23 percent.';
    expect(suggestionWith(relative, 'they had used').target.quote.exact).toBe('they had used cannabis in the past month');
    expect(findClaims('For some, the peace of mind is worth it, while others may argue that the money saved would pale in comparison.')).toEqual([]);
    // The clause before still lends its subject when the cue's clause has one of its own that is a clause.
    const panel = 'My colleague Hanna Ek, who went to the workshop while I was at the panel, told me that the best session was one I had skipped.';
    expect(suggestionWith(panel, 'the best session').claimant).toBe('Hanna Ek');
  });

  it('gives “… and said …” to a one-word subject whose verb follows it', () => {
    expect(suggestionWith('Smith visited the site and said that the walls were cracked.', 'the walls')).toMatchObject({ claimant: 'Smith' });
  });

  it('reads the source of a cue inside a subordinate clause mid-sentence (“Oil fell after sources told Reuters that …”), not inside a relative clause', () => {
    expect(suggestionWith('Oil fell after sources told Reuters that Russia is unlikely to agree to cut output.', 'Russia is unlikely')).toMatchObject({ claimant: 'sources', cue: 'told' });
    const relative = 'A spokesperson who did not wish to be named because of agency policy said that the agency never has administered vaccines.';
    expect(suggestionWith(relative, 'never has administered').claimant).toBe('A spokesperson');
  });

  it('reads an infinitive cue (“tried to suggest that”, “to say SOURCE did”) as the clause subject’s, but not “asked to say” or “declined to say”', () => {
    expect(suggestionWith('Trump has recently tried to suggest that he barely knows his ambassador.', 'barely knows')).toMatchObject({ claimant: 'Trump', cue: 'suggest' });
    expect(suggestionWith('Kurt Volker shifted his account of the meeting to say Sondland did discuss investigations with them.', 'Sondland did')).toMatchObject({ claimant: 'Kurt Volker' });
    expect(findClaims('The participants were asked to say in which direction the dots had moved.')).toEqual([]);
    expect(findClaims('It is unclear what those signals might be, and Instagram declined to say.')).toEqual([]);
  });

  it('reads “, telling lawmakers that …”, a rep as a source, and “Apple employs …” as a clause', () => {
    expect(suggestionWith('Hawk Sawyer acknowledged staffing shortages Tuesday, telling lawmakers that officials are working to fill vacancies.', 'officials are working')).toMatchObject({ claimant: 'Hawk Sawyer', cue: 'telling' });
    expect(suggestionWith("Swift's rep told Fox News that this, too, was not the whole truth.", 'the whole truth').claimant).toBe("Swift's rep");
    expect(suggestionWith('Cook said Apple employs about 450 Dreamers.', 'Apple employs')).toMatchObject({ claimant: 'Cook' });
  });

  it('reads “urged voters, “…”” as the speaker’s quotation, inside a “when” clause too', () => {
    const text = 'Audience members laughed when Boris Johnson urged voters, “Look what I have said I am going to do and look what I have delivered.”';
    expect(suggestionWith(text, 'Look what I have said')).toMatchObject({ claimant: 'Boris Johnson', cue: 'urged voters', kind: 'direct' });
  });

  it('gives an infinitive cue after an object (“prompted some Twitter users to argue that”) to that object', () => {
    const text = 'The video, as well as photos of people with the tagline, prompted some Twitter users to argue that the material made it look as if they were on the drug.';
    expect(suggestionWith(text, 'the material made it look')).toMatchObject({ claimant: 'some Twitter users', cue: 'argue' });
  });

  it('takes “in the state” for a noun, and reads “CONTENT with a “quoted” predicate and more, X said in the announcement.”', () => {
    const text = 'Kristi Noem launched it. South Dakota’s meth crisis is "growing at an alarming rate" and affects every community in the state, Noem said in the campaign’s public service announcement.';
    const found = suggestionWith(text, 'growing at an alarming rate');
    expect(found).toMatchObject({ claimant: 'Kristi Noem', cue: 'said', kind: 'mixed' });
    expect(found.target.quote.exact).toBe('South Dakota’s meth crisis is "growing at an alarming rate" and affects every community in the state');
  });
});

