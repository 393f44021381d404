import type { CueLexicon } from './cue-lexicon.js';

/*
 * English cues. The reporting verbs follow the VerbNet classes used for PARC 3.0 attribution cues
 * (say-37.7, tell-37.2, complain-37.8, advise-37.9, declare-29.4 and the like), cut to verbs that
 * take a clause or a quotation: a cue with only a noun phrase after it ("announced a deal") says
 * nothing one could quote. Cognitive verbs (think, believe, wonder) are left out on purpose: they
 * report what someone holds, not what they said, and a suggestion should be a quotable claim.
 */

/** "lemma:form form ..." lists; a form may serve two lemmas, the first wins. */
function verbs(spec: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const entry of spec.trim().split(/\s+/)) {
    const [lemma, rest] = entry.split(':') as [string, string | undefined];
    const inflected = rest ? rest.split(',') : regular(lemma);
    for (const form of [lemma, ...inflected]) if (!forms.has(form)) forms.set(form, lemma);
  }
  return forms;
}

function regular(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  return [third, past, `${stem}ing`];
}

const SPEECH = verbs(`
  say:says,said,saying tell:tells,told,telling write:writes,wrote,written,writing
  claim argue assert state add note explain warn admit:admits,admitted,admitting acknowledge deny reply respond answer
  report announce declare confirm stress emphasize emphasise complain allege contend maintain predict promise
  recall observe remark concede insist caution tweet comment testify:testifies,testified,testifying
  point:points,pointed,pointing ask:asks,asked,asking counter retort mention divulge disclose
  instruct urge quip:quips,quipped,quipping joke exclaim recount
`);

// "the advisory reads", "the post read": a document's words (a base "read" needs "that" like any base form).
SPEECH.set('reads', 'read');
SPEECH.set('read', 'read');

const EVIDENCE = verbs(`
  show:shows,showed,shown,showing find:finds,found,finding suggest indicate reveal conclude demonstrate estimate
  project:projects,projected forecast:forecasts,forecasted
`);

const JUDGMENT = verbs(`
  accuse criticize criticise lambaste blame condemn praise slam:slams,slammed,slamming fault thank
`);

const words = (spec: string): Set<string> => new Set(spec.trim().split(/\s+/));

/** The English lexicon of the claim finder. */
export const ENGLISH_CUES: CueLexicon = {
  speechVerbs: SPEECH,
  evidenceVerbs: EVIDENCE,
  judgmentVerbs: JUDGMENT,
  judgmentPrepositions: words('for of over'),
  complementizers: words('that whether'),
  sourcePrefixes: [['according', 'to']],
  statementNouns: words(`statement statements announcement announcements perspective view views words message recommendation
    comment comments remarks response reply explanation answer note tweet post letter testimony`),
  sourceNouns: words(`
    researchers researcher scientists scientist experts expert authors author analysts analyst officials official critics
    supporters opponents residents witnesses spokesman spokeswoman spokesperson lawmaker lawmakers legislator minister
    ministry government company companies firm report study studies survey surveys research findings police prosecutors
    doctors leaders leader sources source commenter commenters respondent respondents contact manifesto paper journal
    daily newspaper agency spokespeople representatives representative activists campaigners economists observers
    diplomats diplomat investigators lawyers lawyer attorney judge court parliament council committee commission group
    team organisers organizers participants users employees workers members member officer officers neuroscience
    teachers students parents voters citizens people executives executive director chairman chairwoman president
    founder ceo chief head board data statistics poll polls document documents ruling order memo website site blog
    trial trials analysis review audit filing filings lawsuit complaint indictment forecast assessment estimate estimates
    figures records transcript guidance guidelines release memo emails email letter letters petition regulator regulators
    inspectors inspector panel jury prosecutor defendant coach manager club players player spokesperson teen teens victim victims witness resident neighbor neighbour chart charts graph table figure map
    institute university hospital agency authority authorities department office insiders insider staff
    reader readers viewer viewers listener listeners fan fans adviser advisers advisor advisors aide aides ally allies
    consultant consultants commentator commentators pundit pundits strategist strategists scholar scholars
    rep reps publicist publicists agent agents
  `),
  organizationNouns: words(`company firm organization organisation site website group agency ministry government party union council committee startup platform
    provider maker retailer carrier bank insurer operator developer publisher vendor giant automaker manufacturer chain lender
    airline broadcaster network outlet newspaper daily magazine club military army navy embassy administration`),
  titles: words(`mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister secretary senator sen rep representative
    governor gov mayor gen general col colonel capt captain lt sgt judge justice chancellor king queen prince princess pope
    rabbi imam father sister brother chairman chairwoman ceo chief director foreign defence defense interior finance deputy
    ambassador commissioner chair spokesman spokeswoman leader majority minority speaker whip councillor councillors councilor councilors councilman councilwoman alderman cfo cto coo cio ciso vp svp evp`),
  nameSuffixes: words('phd ph.d md jr sr ii iii mba ma msc bsc esq'),
  pronouns: new Map([
    ['he', 'male'], ['him', 'male'], ['his', 'male'],
    ['she', 'female'], ['her', 'female'],
    ['they', 'plural'], ['them', 'plural'], ['their', 'plural'],
    ['it', 'neuter'], ['its', 'neuter'],
  ]),
  firstPerson: words('i we me us my our'),
  nonSources: words(`this that these those which what who whom whose there here it's one's nobody everyone anyone someone
    something nothing everything many few some all most none each either neither such other others`),
  clauseStarters: words('but while whereas although though because and or so yet when whenever after before since if unless as'),
  relatives: words('who whom whose which that where when'),
  verbModifiers: words(`has have had will would was were is are be been also then later now again publicly repeatedly recently
    previously consistently earlier once still already reportedly separately further frequently often has also not never
    just only even indeed privately openly in fact today yesterday flat-out outright`),
  finiteVerbs: words(`is are was were am be been being has have had do does did will would shall should can could may might must
    isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't shouldn't
    takes took makes made gets got goes went needs needed wants wanted fear fears feared remains remained plans planned
    seems seemed appears appeared comes came helps helped knows knew thinks thought believes believed
    provides provided offers offered causes caused means meant includes included leads led gives gave sees saw
    became become becomes began begins grew grows rose rises fell falls kept keeps left lost won paid sent spent stood held
    brought built ran runs put set cut hit let lay lies felt found heard met sold bought told understood`),
  prepositions: words(`in on at of for from with by to after before during since under over about into onto upon against among
    between through across around near toward towards without within despite via per like unlike than behind beyond inside outside beside beneath along amid throughout`),
  quantities: words(`half quarter quarters third thirds majority minority most many some all none several few dozens hundreds
    thousands millions percent per cent one two three four five six seven eight nine ten body number lot team panel series handful couple`),
  femaleWords: words('chairwoman spokeswoman congresswoman businesswoman woman mother wife daughter sister queen princess mrs ms miss dame lady'),
  maleWords: words('chairman spokesman congressman businessman man father husband son brother king prince mr sir lord'),
};
