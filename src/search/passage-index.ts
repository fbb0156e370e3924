import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { analyze, type Token } from '../arabic/analyze.js';
import { derivationForms, hasArticle, rootOf } from '../arabic/stem.js';
import { arabicSkeleton, MIN_SKELETON } from '../arabic/english.js';
import { groupByArticle, type Chunk } from '../corpus/chunks.js';
import { learnPlaceNames, sentenceFeatures, type SentenceFeatures } from './sentence-features.js';
import { FIRST_NAMES } from '../attribution/lexicon.js';
import { normalizeArabic } from '../arabic/normalize.js';

/**
 * The sentence index: a MiniSearch full-text index over the chunks' analyzed
 * terms (light stems, plus proclitic readings), and the per-chunk tokens the
 * ranker needs to measure coverage and proximity.
 */

/** BM25+ parameters: MiniSearch's defaults, suited to sentence-length documents. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/**
 * A quoted phrase opening with a preposition on the article (توقيف ثلاثة
 * أشخاص «للاشتباه»، «للاشتباه في تورطهم»، متهم «بالإرهاب») is words set off,
 * not a name; so is one opening with a function word, which is speech
 * (بجروح «غير خطيرة»، «لن نتراجع»); but not after a noun that takes a name
 * (برنامج «للنشر»، حملة «بالعربي»، حملة «لا للحرب»).
 */
const SET_OFF_WORD = /^((لل|بال)[\u0621-\u064A]|(غير|لا|لم|لن|ما|قد|ان|لقد|كان|كانت|هو|هي|هذا|هذه|كل|نحن|انا)\s)/;
const NAME_TAKERS = new Set(
  'برنامج حمله صحيفه جريده مجله موقع قناه اذاعه وكاله شركه مجموعه حركه جمعيه منظمه موسسه مبادره مشروع عمليه خطه فيلم كتاب تطبيق منصه صاروخ صواريخ مسلسل'.split(' '),
);
/** Whether a quote (its text with the marks, and the sentence's text before it) sets a word off rather than naming something. */
function setsWordOff(quote: string, before: string): boolean {
  if (!SET_OFF_WORD.test(normalizeArabic(quote.slice(1, -1)).trim())) return false;
  const head = normalizeArabic(before.trim().split(/\s+/).at(-1) ?? '');
  // As written, without its article, or behind an attached letter (وبرنامج، لصحيفة، بالحملة).
  return ![head, head.replace(/^ال/, ''), head.slice(1).replace(/^ال/, '')].some((word) => NAME_TAKERS.has(word));
}

/** Terms a chunk is indexed under: each content word's stem and its proclitic reading. */
function indexTerms(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => !token.stop).flatMap((token) => (token.alt ? [token.stem, token.alt] : [token.stem]));
}

/** What MiniSearch stores: the chunk id and its terms, space-separated (terms never contain spaces). */
interface IndexedDocument {
  id: number;
  terms: string;
}

export interface IndexedChunk {
  chunk: Chunk;
  /** Every word of the sentence (stopwords included, marked), offsets into the file. */
  tokens: Token[];
  features: SentenceFeatures;
}

export class PassageIndex {
  readonly chunks: readonly IndexedChunk[];
  readonly search: MiniSearch<IndexedDocument>;
  /** Stem → number of chunks containing it as a primary stem. */
  readonly stems: SearchableMap<number>;
  /** Proclitic reading → number of chunks containing it. */
  readonly procliticStems: Map<string, number>;
  /** Normalized surface form → its stem, for typo look-ups on whole words. */
  readonly surfaces: SearchableMap<string>;
  /** Derivation form → the stems that have it (see derivationForms). */
  readonly derivations: Map<string, Set<string>>;
  /** Derivation form → the proclitic readings that have it. */
  readonly procliticDerivations: Map<string, Set<string>>;
  /** Root guess → the stems that have it (see rootOf). */
  readonly roots: Map<string, Set<string>>;
  /** "left right" for every pair of neighbouring words (by stem or proclitic reading): fixed expressions like حزب الله. */
  readonly neighbours: Set<string>;

  /**
   * @param chunks the corpus's sentences
   * @param options.tokensOf a sentence's analysis, when already done (default: analyze it here)
   * @param options.firstNames normalized first names, which mark a person (default: the lexicon's)
   * @param options.placeNames place names the corpus teaches (default: learned here from the chunks, see learnPlaceNames)
   */
  constructor(chunks: readonly Chunk[], options: { tokensOf?: (chunk: Chunk) => Token[]; firstNames?: ReadonlySet<string>; placeNames?: ReadonlySet<string> } = {}) {
    const { tokensOf = (chunk: Chunk) => analyze(chunk.text, chunk.start), firstNames = FIRST_NAMES } = options;
    const analyzed = chunks.map(tokensOf);
    const placeNames = options.placeNames ?? learnPlaceNames(analyzed);
    this.chunks = chunks.map((chunk, i) => {
      const tokens = analyzed[i]!;
      // A short quoted phrase is a name (of a plan, a movement, an outlet), not a statement; a word set off is neither.
      const names = [...chunk.text.matchAll(/[«“"][^«»“”"]{1,40}[»”"]/g)]
        .filter((m) => !setsWordOff(m[0], chunk.text.slice(0, m.index)))
        .map((m) => [chunk.start + m.index, chunk.start + m.index + m[0].length] as const);
      const quoted = (token: Token) => names.some(([from, to]) => token.start > from && token.end < to);
      // A comma or the like between a word and the next ends a clause (ولم تحدد المؤسسة موعدًا، فيما قال ركاب …).
      const breakAfter = (at: number) => at + 1 < tokens.length && /[،,؛;:]/.test(chunk.text.slice(tokens[at]!.end - chunk.start, tokens[at + 1]!.start - chunk.start));
      return { chunk, tokens, features: sentenceFeatures(tokens, { firstNames, placeNames, quoted, breakAfter }) };
    });
    this.stems = new SearchableMap<number>();
    this.procliticStems = new Map();
    this.surfaces = new SearchableMap<string>();
    this.derivations = new Map();
    this.procliticDerivations = new Map();
    this.neighbours = new Set();
    this.roots = new Map();
    for (const { tokens } of this.chunks) {
      const content = tokens.filter((token) => !token.stop);
      for (const stem of new Set(content.map((token) => token.stem))) {
        this.stems.set(stem, (this.stems.get(stem) ?? 0) + 1);
        for (const form of derivationForms(stem)) this.derivations.set(form, (this.derivations.get(form) ?? new Set()).add(stem));
        const root = rootOf(stem);
        if (root) this.roots.set(root, (this.roots.get(root) ?? new Set()).add(stem));
      }
      for (const alt of new Set(content.flatMap((token) => (token.alt ? [token.alt] : [])))) {
        this.procliticStems.set(alt, (this.procliticStems.get(alt) ?? 0) + 1);
        for (const form of derivationForms(alt)) this.procliticDerivations.set(form, (this.procliticDerivations.get(form) ?? new Set()).add(alt));
      }
      for (const token of content) this.surfaces.set(token.norm, token.stem);
      tokens.forEach((left, i) => {
        const right = tokens[i + 1];
        // A definite word is followed in its phrase by a definite adjective (الأمم المتحدة), never by an indefinite word:
        // in واستضاف الاجتماعَ وزيرُ الخارجية, the object and the subject only meet.
        if (!right || left.stop || right.stop || (hasArticle(left.norm) && !hasArticle(right.norm))) return;
        for (const l of left.alt ? [left.stem, left.alt] : [left.stem]) {
          for (const r of right.alt ? [right.stem, right.alt] : [right.stem]) this.neighbours.add(`${l} ${r}`);
        }
      });
    }

    this.search = new MiniSearch<IndexedDocument>({
      fields: ['terms'],
      // Analysis happens once, in analyze(): MiniSearch receives finished terms.
      tokenize: (terms) => terms.split(' '),
      processTerm: (term) => term,
      searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, bm25: BM25 },
    });
    this.search.addAll(this.chunks.map(({ chunk, tokens }) => ({ id: chunk.id, terms: indexTerms(tokens).join(' ') })));
  }

  /** The sentence at article, paragraph and sentence number, or undefined. */
  sentenceAt(articleId: string, paragraph: number, sentence: number): IndexedChunk | undefined {
    this.#byPlace ??= new Map(this.chunks.map((entry) => [`${entry.chunk.articleId}\u0000${entry.chunk.paragraph}\u0000${entry.chunk.sentence}`, entry]));
    return this.#byPlace.get(`${articleId}\u0000${paragraph}\u0000${sentence}`);
  }

  #byPlace: Map<string, IndexedChunk> | undefined;

  /** The sentences of an article, in order (grouped once, on first use). */
  sentencesOf(articleId: string): readonly IndexedChunk[] {
    this.#byArticle ??= groupByArticle(this.chunks, (entry) => entry.chunk.articleId);
    return this.#byArticle.get(articleId) ?? [];
  }

  #byArticle: Map<string, IndexedChunk[]> | undefined;

  /**
   * Stems of the words whose consonant skeleton is `skeleton` (see
   * arabicSkeleton), for names in English questions. A skeleton of
   * {@link MIN_SKELETON} letters or more is looked up among all words; a
   * two-letter one (عماد → md, الزين → zn) only among words known to be
   * names — a first name, the two words after it, a place, a quoted name —
   * since among all words it would meet too many. With `namesOnly`, every
   * skeleton is looked up among names only (for a word not written as a
   * name: haddad, rifai).
   */
  stemsWithSkeleton(skeleton: string, namesOnly = false): ReadonlySet<string> {
    if (skeleton.length < 2) return new Set();
    if (!this.#skeletons) {
      const all = new Map<string, Set<string>>();
      const names = new Map<string, Set<string>>();
      const add = (map: Map<string, Set<string>>, token: Token) => {
        const key = arabicSkeleton(token.norm);
        map.set(key, (map.get(key) ?? new Set()).add(token.stem));
      };
      for (const { tokens, features } of this.chunks) {
        for (const token of tokens) if (!token.stop) add(all, token);
        const nameAt = new Set(features.name);
        // A surname follows a first name: رامي عبد الرحمن، عماد الرفاعي.
        for (const at of features.person) for (const next of [at + 1, at + 2]) if (tokens[next] && !tokens[next]!.stop) nameAt.add(next);
        for (const at of nameAt) add(names, tokens[at]!);
      }
      this.#skeletons = { all, names };
    }
    const map = skeleton.length >= MIN_SKELETON && !namesOnly ? this.#skeletons.all : this.#skeletons.names;
    return map.get(skeleton) ?? new Set();
  }

  #skeletons: { all: Map<string, Set<string>>; names: Map<string, Set<string>> } | undefined;

  /** Number of indexed sentences. */
  get size(): number {
    return this.chunks.length;
  }

  /** Inverse document frequency of a stem (BM25's form; a term no chunk has gets the maximum). */
  idf(documentFrequency: number): number {
    const n = this.chunks.length;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}
