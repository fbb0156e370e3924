import type { Library } from '../src/library.js';
import { corpusLanguage, findArticle } from '../src/library.js';
import { echo, languageOf } from '../src/input.js';
import type { Article } from '../src/corpus/article.js';
import type { Reply } from '../src/reply.js';
import { truncateAtWord } from '../src/truncate.js';
import type { Choice, Command } from './command.js';

/** Suggestions of article ids and titles matching what the user typed (at most 25, Discord's limit). */
export function completeArticle(library: Library, typed: string): Choice[] {
  const wanted = typed.trim().toLowerCase();
  return library.articles
    .filter((article) => !wanted || article.id.toLowerCase().includes(wanted) || article.title.toLowerCase().includes(wanted))
    .slice(0, 25)
    .map((article) => ({ name: truncateAtWord(`${article.title} (${article.id})`, 100), value: article.id }));
}

/** The article named by the option, or the first of the corpus when none is named; an error reply when unknown. */
export function resolveArticle(library: Library, id: unknown, language: 'ar' | 'en'): Article | Reply {
  if (id === undefined || id === null || String(id).trim() === '') {
    const first = library.articles[0];
    if (first) return first;
    return { kind: 'error', reason: 'not-found', language, message: language === 'ar' ? 'لا توجد مقالات في المدونة.' : 'The corpus has no articles.' };
  }
  const article = findArticle(library, String(id));
  if (article) return article;
  const known = library.articles.map((candidate) => candidate.id).join(', ');
  return {
    kind: 'error',
    reason: 'not-found',
    language,
    message: language === 'ar' ? `لا يوجد مقال بالمعرّف "${echo(String(id))}". المقالات: ${echo(known, 200)}` : `There is no article "${echo(String(id))}". Articles: ${echo(known, 200)}`,
  };
}

/** /quote paragraph:<int> [article:<id>]: one paragraph, verbatim, with its citation. */
export const quote: Command = {
  definition: {
    name: 'quote',
    description: 'Show a paragraph verbatim · اعرض فقرة بنصها',
    options: [
      { name: 'paragraph', description: 'Paragraph number, 0 is the headline · رقم الفقرة (0 العنوان)', type: 'integer', required: true, minValue: 0, maxValue: 10_000 },
      { name: 'article', description: 'Which article (default: the first) · المقال', type: 'string', autocomplete: true },
    ],
  },
  run({ library }, options) {
    const given = String(options.article ?? '');
    const language = /\p{L}/u.test(given) ? languageOf(given) : corpusLanguage(library);
    const article = resolveArticle(library, options.article, language);
    if ('kind' in article) return article;
    const number = Number(options.paragraph);
    const last = article.paragraphs.length - 1;
    if (!Number.isInteger(number) || number < 0 || number > last) {
      return {
        kind: 'error',
        reason: 'not-found',
        language,
        message:
          language === 'ar'
            ? `الفقرة ${echo(String(options.paragraph), 20)} غير موجودة: في "${article.id}" الفقرات من 0 إلى ${last} (0 هي العنوان).`
            : `Paragraph ${echo(String(options.paragraph), 20)} does not exist: "${article.id}" has paragraphs 0 to ${last} (0 is the headline).`,
      };
    }
    const paragraph = article.paragraphs[number]!;
    return {
      kind: 'paragraph',
      language: languageOf(article.title),
      article: { id: article.id, title: article.title },
      paragraph: number,
      paragraphCount: last,
      text: article.text.slice(paragraph.start, paragraph.end),
      start: paragraph.start,
      end: paragraph.end,
    };
  },
  complete: ({ library }, _option, typed) => completeArticle(library, typed),
};
