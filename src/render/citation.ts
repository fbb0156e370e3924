import type { Citation } from '../answer/model.js';
import type { Language } from '../reply.js';

/**
 * The citation of a quote in words, the same in every door: article title,
 * paragraph (the headline named as such), sentence, and the character range.
 */
export function citationText(citation: Citation, language: Language): string {
  const { article, paragraph, sentence, start, end } = citation;
  if (language === 'ar') {
    const where = paragraph === 0 ? 'العنوان' : `الفقرة ${paragraph}`;
    return `${article.title} — ${where}، الجملة ${sentence} (${article.id}، المحارف ${start}–${end})`;
  }
  const where = paragraph === 0 ? 'headline' : `paragraph ${paragraph}`;
  return `${article.title} — ${where}, sentence ${sentence} (${article.id}, characters ${start}–${end})`;
}

/** Citation of a whole paragraph. */
export function paragraphCitationText(
  reply: { article: { id: string; title: string }; paragraph: number; start: number; end: number },
  language: Language,
): string {
  const { article, paragraph, start, end } = reply;
  if (language === 'ar') {
    const where = paragraph === 0 ? 'العنوان' : `الفقرة ${paragraph}`;
    return `${article.title} — ${where} (${article.id}، المحارف ${start}–${end})`;
  }
  const where = paragraph === 0 ? 'headline' : `paragraph ${paragraph}`;
  return `${article.title} — ${where} (${article.id}, characters ${start}–${end})`;
}
