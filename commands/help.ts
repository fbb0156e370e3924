import { normalizeArabic } from '../src/arabic/normalize.js';
import { corpusLanguage } from '../src/library.js';
import type { Command } from './command.js';

/** /help: how to ask, with examples, and what the bot can and cannot answer. */
export const help: Command = {
  definition: {
    name: 'help',
    description: 'How to use this bot · كيف تستخدم هذا البوت',
    options: [],
  },
  run({ library }) {
    const language = corpusLanguage(library);
    const statement = library.statements.find((candidate) => candidate.speaker !== 'unknown');
    // The verb agrees with the speaker as the article's own cue does: قالت for وكالة رويترز (بحسب ما ذكرت).
    const said = statement && /ت$/.test(normalizeArabic(statement.cue)) ? 'قالت' : 'قال';
    const speaker = statement?.speaker;
    const examples = [
      '/ask question: ما الذي حدث في المدينة؟',
      '/ask question: متى صدر البيان؟',
      speaker ? `/ask question: ماذا ${said} ${speaker}؟` : '/ask question: من قال ذلك؟',
      '/who phrase: حل سياسي',
      '/quote paragraph: 2',
    ];
    return { kind: 'help', language, examples, commands: helpCommands };
  },
};

/** One line per command, in both languages. */
const helpCommands = [
  { name: 'ask', ar: 'اسأل عن المقال، بالعربية الفصحى أو العامية أو بالإنجليزية: تُعرض جمل المقال نفسها التي تجيب، مع موضعها بالضبط.', en: "Ask about the article, in Arabic (standard or spoken) or in English: you get the article's own sentences that answer, with exactly where they stand." },
  { name: 'who', ar: 'من قال عبارة ما: المتحدث وصفته والوسيلة والنص الحرفي.', en: 'Who said a phrase: speaker, role, outlet and the exact words.' },
  { name: 'quotes', ar: 'كل ما قاله متحدث واحد، بترتيب المقال.', en: 'Everything one speaker said, in article order.' },
  { name: 'quote', ar: 'فقرة كاملة بنصها (0 هي العنوان).', en: 'A whole paragraph verbatim (0 is the headline).' },
  { name: 'article', ar: 'عنوان المقال وعدد فقراته ومن يقتبس منهم.', en: 'The headline, paragraph count, and who the article quotes.' },
];
