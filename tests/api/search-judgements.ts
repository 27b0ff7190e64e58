/**
 * The judged query set: what a practitioner, a working-group member and an English-speaking
 * visitor type, each with the instruments of the example data (slugs) that must be in the top 10.
 * For phase and type words, `share` says which phase or type the top results must carry: of the
 * first k results (k = 10, or fewer when fewer instruments carry it), at least `min` must.
 * Judged from the example data's content as a reader would, before search was tuned; kept after.
 */
export const QUERY_CLASSES = [
  'phase/type words',
  'verb/noun forms',
  'compounds',
  'synonyms/own words',
  'whole questions',
  'typos',
  'English',
  'multi-word',
] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export interface Judgement {
  query: string;
  class: QueryClass;
  mustFind: string[];
  share?: { phase?: string; type?: string; min: number };
}

const SHARE = 0.9;

export const JUDGEMENTS: Judgement[] = [
  // Phase and type words: the vocabulary a practitioner sees in the filters, typed as search.
  { query: 'evalueren', class: 'phase/type words', mustFind: ['formatieve-evaluatie-van-je-learning-community'], share: { phase: 'EVALUATE', min: SHARE } },
  { query: 'opschalen', class: 'phase/type words', mustFind: ['handreiking-opschalen-van-learning-communities'], share: { phase: 'SUSTAIN_SCALE', min: SHARE } },
  { query: 'ontwikkelen', class: 'phase/type words', mustFind: [], share: { phase: 'DEVELOP', min: SHARE } },
  { query: 'rubrics', class: 'phase/type words', mustFind: ['rubric-samenwerking-onderwijs-werkveld', 'rubric-interdisciplinaire-samenwerking', 'rubric-eigenaarschap-van-studenten', 'rubric-onderzoekend-vermogen-in-de-beroepspraktijk'], share: { type: 'RUBRIC', min: SHARE } },
  { query: 'canvas', class: 'phase/type words', mustFind: ['canvas-learning-community-in-ontwikkeling', 'stakeholderkaart-regionale-pps', 'canvas-borging-na-de-subsidieperiode', 'canvas-rollen-en-verwachtingen', 'impactcanvas-voor-learning-communities'], share: { type: 'CANVAS', min: SHARE } },
  { query: 'vragenlijst', class: 'phase/type words', mustFind: ['vragenlijst-leerklimaat-in-de-learning-community', 'vragenlijst-studentbetrokkenheid-in-praktijkgerichte-projecten', 'pulsmeting-na-elke-bijeenkomst', 'vragenlijst-tevredenheid-werkveldpartners'], share: { type: 'QUESTIONNAIRE', min: SHARE } },
  { query: 'handreiking', class: 'phase/type words', mustFind: ['handreiking-opschalen-van-learning-communities', 'handreiking-voor-werkveldpartners-instappen-in-een-learning-community', 'handreiking-financien-en-verdienmodellen-voor-learning-communities', 'gids-voor-kwartiermakers-van-een-learning-community'], share: { type: 'GUIDE', min: SHARE } },
  { query: 'werkvorm', class: 'phase/type words', mustFind: ['werkvorm-van-ideeen-naar-experimenten', 'werkvorm-feedback-van-opdrachtgevers-in-drie-rondes', 'kenniscafe-kennis-delen-tussen-school-en-bedrijf'], share: { type: 'WORK_FORM', min: SHARE } },
  { query: 'zelfscan', class: 'phase/type words', mustFind: ['zelfscan-duurzaamheid-van-je-learning-community', 'zelfscan-gedeeld-leiderschap', 'teamscan-samenwerken-in-een-learning-community'], share: { type: 'CHECKLIST', min: SHARE } },
  { query: 'model', class: 'phase/type words', mustFind: ['levensfasenmodel-van-een-learning-community', 'veranderingstheorie-voor-je-learning-community', 'model-van-vier-leermechanismen-bij-grensoverschrijdend-leren'], share: { type: 'MODEL', min: SHARE } },

  // Verb and noun forms of one idea.
  { query: 'evaluatie', class: 'verb/noun forms', mustFind: ['formatieve-evaluatie-van-je-learning-community', 'most-significant-change-in-de-learning-community'], share: { phase: 'EVALUATE', min: SHARE } },
  { query: 'reflecteren', class: 'verb/noun forms', mustFind: ['reflectiekaarten-leren-op-de-grens-van-school-en-werk'] },
  { query: 'opschaling', class: 'verb/noun forms', mustFind: ['handreiking-opschalen-van-learning-communities', 'opschaalspel-van-een-learning-community-naar-een-regionaal-netwerk', 'quickscan-opschaalbaarheid-eerste-versie'] },
  { query: 'samenwerken', class: 'verb/noun forms', mustFind: ['teamscan-samenwerken-in-een-learning-community', 'rubric-samenwerking-onderwijs-werkveld', 'rubric-interdisciplinaire-samenwerking'] },
  { query: 'borgen', class: 'verb/noun forms', mustFind: ['canvas-borging-na-de-subsidieperiode'] },

  // Compounds: a part finds the whole word.
  { query: 'scan', class: 'compounds', mustFind: ['zelfscan-duurzaamheid-van-je-learning-community', 'zelfscan-gedeeld-leiderschap', 'teamscan-samenwerken-in-een-learning-community', 'quickscan-opschaalbaarheid-eerste-versie'] },
  { query: 'spel', class: 'compounds', mustFind: ['rollenspel-wie-doet-wat-in-de-learning-community', 'dilemmaspel-publiek-private-samenwerking', 'opschaalspel-van-een-learning-community-naar-een-regionaal-netwerk'], share: { type: 'GAME', min: SHARE } },
  { query: 'kaart', class: 'compounds', mustFind: ['reflectiekaarten-leren-op-de-grens-van-school-en-werk', 'stakeholderkaart-regionale-pps', 'netwerkkaart-wie-werkt-met-wie-samen'] },
  { query: 'verhalen', class: 'compounds', mustFind: ['waardecreatieverhalen-opbrengsten-zichtbaar-maken', 'verhalenbank-praktijkvoorbeelden'] },
  { query: 'kennis', class: 'compounds', mustFind: ['kenniscafe-kennis-delen-tussen-school-en-bedrijf'] },

  // Synonyms and the practitioners' own words.
  { query: 'bedrijf', class: 'synonyms/own words', mustFind: ['kenniscafe-kennis-delen-tussen-school-en-bedrijf', 'handreiking-voor-werkveldpartners-instappen-in-een-learning-community', 'vragenlijst-tevredenheid-werkveldpartners', 'werkvorm-feedback-van-opdrachtgevers-in-drie-rondes'] },
  { query: 'enquête', class: 'synonyms/own words', mustFind: ['vragenlijst-leerklimaat-in-de-learning-community', 'vragenlijst-tevredenheid-werkveldpartners', 'pulsmeting-na-elke-bijeenkomst'] },
  { query: 'self-assessment', class: 'synonyms/own words', mustFind: ['zelfscan-duurzaamheid-van-je-learning-community', 'zelfscan-gedeeld-leiderschap'] },
  { query: 'opdrachtgever', class: 'synonyms/own words', mustFind: ['werkvorm-feedback-van-opdrachtgevers-in-drie-rondes'] },
  { query: 'leergemeenschap opzetten', class: 'synonyms/own words', mustFind: ['gids-voor-kwartiermakers-van-een-learning-community', 'canvas-learning-community-in-ontwikkeling'] },
  { query: 'financiering', class: 'synonyms/own words', mustFind: ['handreiking-financien-en-verdienmodellen-voor-learning-communities'] },
  { query: 'werkgevers', class: 'synonyms/own words', mustFind: ['vragenlijst-tevredenheid-werkveldpartners', 'handreiking-voor-werkveldpartners-instappen-in-een-learning-community'] },

  // Whole questions, typed as a sentence.
  { query: 'hoe meet ik de samenwerking met het werkveld', class: 'whole questions', mustFind: ['rubric-samenwerking-onderwijs-werkveld', 'vragenlijst-tevredenheid-werkveldpartners'] },
  { query: 'hoe evalueer ik onze learning community?', class: 'whole questions', mustFind: ['formatieve-evaluatie-van-je-learning-community'] },
  { query: 'hoe start ik een nieuwe learning community', class: 'whole questions', mustFind: ['gids-voor-kwartiermakers-van-een-learning-community', 'checklist-startbijeenkomst-learning-community'] },
  { query: 'wat levert onze learning community op', class: 'whole questions', mustFind: ['waardecreatieverhalen-opbrengsten-zichtbaar-maken', 'impactcanvas-voor-learning-communities'] },
  { query: 'wie doet wat in de learning community', class: 'whole questions', mustFind: ['rollenspel-wie-doet-wat-in-de-learning-community', 'canvas-rollen-en-verwachtingen'] },
  { query: 'hoe gaan we door na de subsidie', class: 'whole questions', mustFind: ['canvas-borging-na-de-subsidieperiode', 'handreiking-financien-en-verdienmodellen-voor-learning-communities'] },

  // Typos anywhere in the text.
  { query: 'samenwerkng', class: 'typos', mustFind: ['rubric-samenwerking-onderwijs-werkveld', 'rubric-interdisciplinaire-samenwerking', 'dilemmaspel-publiek-private-samenwerking'] },
  { query: 'evaluatei', class: 'typos', mustFind: ['formatieve-evaluatie-van-je-learning-community'] },
  { query: 'refelctie', class: 'typos', mustFind: ['reflectiekaarten-leren-op-de-grens-van-school-en-werk'] },
  { query: 'vragelijst', class: 'typos', mustFind: ['vragenlijst-leerklimaat-in-de-learning-community', 'vragenlijst-tevredenheid-werkveldpartners'] },
  { query: 'leiderschp', class: 'typos', mustFind: ['zelfscan-gedeeld-leiderschap'] },
  { query: 'kwartiermakrs', class: 'typos', mustFind: ['gids-voor-kwartiermakers-van-een-learning-community'] },

  // English, from a visitor who reads the English labels.
  { query: 'evaluation', class: 'English', mustFind: ['formatieve-evaluatie-van-je-learning-community'], share: { phase: 'EVALUATE', min: SHARE } },
  { query: 'questionnaire', class: 'English', mustFind: ['vragenlijst-leerklimaat-in-de-learning-community', 'vragenlijst-tevredenheid-werkveldpartners', 'pulsmeting-na-elke-bijeenkomst'], share: { type: 'QUESTIONNAIRE', min: SHARE } },
  { query: 'game', class: 'English', mustFind: ['rollenspel-wie-doet-wat-in-de-learning-community', 'dilemmaspel-publiek-private-samenwerking', 'opschaalspel-van-een-learning-community-naar-een-regionaal-netwerk'], share: { type: 'GAME', min: SHARE } },
  { query: 'theory of change', class: 'English', mustFind: ['veranderingstheorie-voor-je-learning-community'] },
  { query: 'collaboration rubric', class: 'English', mustFind: ['rubric-samenwerking-onderwijs-werkveld', 'rubric-interdisciplinaire-samenwerking'] },
  { query: 'leadership', class: 'English', mustFind: ['zelfscan-gedeeld-leiderschap'] },
  { query: 'scaling up', class: 'English', mustFind: ['handreiking-opschalen-van-learning-communities'] },
  { query: 'funding', class: 'English', mustFind: ['handreiking-financien-en-verdienmodellen-voor-learning-communities'] },

  // Several words that together say what is wanted.
  { query: 'lc evalueren mbo', class: 'multi-word', mustFind: ['formatieve-evaluatie-van-je-learning-community'] },
  { query: 'rubric studenten', class: 'multi-word', mustFind: ['rubric-eigenaarschap-van-studenten', 'rubric-interdisciplinaire-samenwerking'] },
  { query: 'canvas borging', class: 'multi-word', mustFind: ['canvas-borging-na-de-subsidieperiode'] },
  { query: 'zelfscan leiderschap', class: 'multi-word', mustFind: ['zelfscan-gedeeld-leiderschap'] },
  { query: 'spel publiek private samenwerking bestuurders', class: 'multi-word', mustFind: ['dilemmaspel-publiek-private-samenwerking'] },
  { query: 'feedback opdrachtgevers studententeams', class: 'multi-word', mustFind: ['werkvorm-feedback-van-opdrachtgevers-in-drie-rondes'] },
  { query: 'intervisie docenten praktijkopleiders', class: 'multi-word', mustFind: ['intervisie-incidentmethode-docenten-en-praktijkopleiders'] },
];
