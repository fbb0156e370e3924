#!/usr/bin/env python3
"""Validate the per-article question sets in eval/articles/ (and eval/dev2/).

Usage:  python3 eval/articles/check.py [-q] [-v] [-s] [files...]
  -q   list every question with the sentence each gold phrase falls in
  -v   print each article's sentence split (paragraph.sentence, flat index)
  -s   also fail on warnings (strict)

With no files, checks
  eval/articles/<split>/<article-id>.{questions,unanswerable}.jsonl
      against eval/articles/<split>/corpus/<article-id>.txt
  eval/dev2/{questions,unanswerable}.jsonl
      against /work/shared/article.txt (fallback: corpus/syria-homs-astana.txt)

Sentences are split the way the bot splits them (src/corpus/article.ts and
src/corpus/sentences.ts): optional front matter, the headline is the first
line (paragraph 0), paragraphs are separated by blank lines, a sentence ends
at . ؟ ? ! (a run counts once) followed by white space or the paragraph end,
never inside a balanced «…», “…” or "…" pair. Text is compared after the
normalization the scorer uses (scripts/eval/qa.ts -> normalizeArabic):
NFKC, invisibles, harakat and tatweel dropped, أ إ آ ٱ -> ا, ى ئ -> ي,
ة -> ه, ؤ -> و, Eastern digits -> ASCII, lower case, white space folded.

Errors (exit 1): bad JSON / keys / tags, a line ending problem, a duplicate
question, an answerable question without gold or an unanswerable one with
gold, a gold phrase not of 2-6 words, not found verbatim in the article, or
found (normalized) in zero or more than one sentence of its article, and a
corpus copy that differs from eval/attribution/<split>/<id>.txt.
Warnings: a gold phrase that also occurs in another article of the same
corpus folder (a false hit is possible when the whole folder is loaded), two
gold phrases of one question in the same sentence, a question that repeats a
question of eval/dev/ (normalized), an unanswerable question without
off-topic or near-miss.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
ROOT = os.path.dirname(EVAL)

ANSWERABLE_TAGS = {'plain', 'paraphrase', 'diacritics', 'orthography', 'typo',
                   'colloquial', 'who-said', 'number', 'english'}
UNANSWERABLE_TAGS = {'off-topic', 'near-miss', 'colloquial', 'english', 'typo',
                     'orthography', 'diacritics', 'paraphrase', 'who-said',
                     'name', 'number', 'date', 'place', 'reason'}

# ---------------------------------------------------------------- normalization
MARKS = re.compile('[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
INVISIBLES = re.compile('[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E'
                        '\u2060-\u2064\u2066-\u206F\uFEFF]')
FOLDS = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
         'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
         'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ؤ': 'و', 'ک': 'ك', 'ڪ': 'ك'}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = INVISIBLES.sub('', s)
    s = MARKS.sub('', s)
    s = ''.join(FOLDS.get(c, c) for c in s)
    s = ''.join(str(ord(c) - 0x0660) if '\u0660' <= c <= '\u0669' else
                str(ord(c) - 0x06F0) if '\u06F0' <= c <= '\u06F9' else c for c in s)
    return re.sub(r'\s+', ' ', s.lower())


# ---------------------------------------------------------------- article parsing
def parse_paragraphs(text):
    """[(start, end)] of paragraphs; 0 is the headline. Mirrors parseArticle."""
    pos = 1 if text.startswith('\ufeff') else 0
    lines = [(m.start(), m.start() + len(m.group(1))) for m in
             re.finditer(r'([^\r\n]*)(\r\n|\r|\n|$)', text[pos:]) if m.group(0)]
    lines = [(a + pos, b + pos) for a, b in lines]
    if lines and text[lines[0][0]:lines[0][1]].strip() == '---':
        for i in range(1, len(lines)):
            if text[lines[i][0]:lines[i][1]].strip() == '---':
                lines = lines[i + 1:]
                break
        else:
            raise ValueError('front matter never closed')
    blocks, cur = [], None
    for a, b in lines:
        blank = text[a:b].strip() == ''
        headline_done = not blocks and cur is not None
        if blank or headline_done:
            if cur:
                blocks.append(cur)
            cur = None if blank else [a, b]
        elif cur:
            cur[1] = b
        else:
            cur = [a, b]
    if cur:
        blocks.append(cur)
    out = []
    for a, b in blocks:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


TERM = set('.؟?!')
PAIRED = {'«': '»', '“': '”'}
CLOSING = set('»”"')


def quote_marks(text, a, b):
    pairs, stack = [], []
    for i in range(a, b):
        ch = text[i]
        opener = max((k for k, (_, c) in enumerate(stack) if c == ch), default=-1)
        if opener >= 0:
            pairs.append((stack[opener][0], i))
            del stack[opener:]
        elif ch == '"':
            stack.append((i, '"'))
        elif ch in PAIRED:
            stack.append((i, PAIRED[ch]))
    marks = {}
    for o, c in pairs:
        marks[o] = 'open'
        marks[c] = 'close'
    return marks


def trim(text, a, b):
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def split_sentences(text, a, b):
    marks = quote_marks(text, a, b)
    out, depth, start, i = [], 0, a, a
    while i < b:
        mark = marks.get(i)
        if mark == 'open':
            depth += 1
        if mark == 'close':
            depth -= 1
        if depth > 0:
            i += 1
            continue
        ch = text[i]
        ends = ch in TERM or (mark == 'close' and ch in CLOSING and i > 0 and text[i - 1] in TERM)
        if not ends:
            i += 1
            continue
        end = i + 1
        while end < b and text[end] in TERM:
            end += 1
        if end < b and not text[end].isspace():
            i += 1
            continue
        s = trim(text, start, end)
        if s[1] > s[0]:
            out.append(s)
        start = end
        i = end
    s = trim(text, start, b)
    if s[1] > s[0]:
        out.append(s)
    return out


class Article:
    def __init__(self, path):
        self.path = path
        self.id = os.path.splitext(os.path.basename(path))[0]
        self.text = open(path, encoding='utf-8').read()
        self.sents = []  # (label, raw sentence)
        for p, (a, b) in enumerate(parse_paragraphs(self.text)):
            for s, (x, y) in enumerate(split_sentences(self.text, a, b), 1):
                self.sents.append((f'p{p}.s{s}', self.text[x:y]))
        self.norm = [norm(s) for _, s in self.sents]

    def find(self, phrase):
        n = norm(phrase).strip()
        return [i for i, s in enumerate(self.norm) if n in s]


# ---------------------------------------------------------------- checks
errors, warnings = [], []


def err(where, msg):
    errors.append(f'ERROR {where}: {msg}')


def warn(where, msg):
    warnings.append(f'warn  {where}: {msg}')


def load(path):
    raw = open(path, 'rb').read()
    path = os.path.relpath(path, ROOT)
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(path, f'not UTF-8: {e}')
        return []
    if text.startswith('\ufeff'):
        err(path, 'byte order mark')
    if not text.endswith('\n') or text.endswith('\n\n'):
        err(path, 'must end with exactly one newline')
    rows = []
    for ln, line in enumerate(text.split('\n')[:-1], 1):
        try:
            row = json.loads(line)
        except Exception as e:
            err(f'{path}:{ln}', f'bad JSON: {e}')
            continue
        if not isinstance(row, dict):
            err(f'{path}:{ln}', 'not an object')
            continue
        rows.append((ln, row))
    return rows


def dev_questions():
    """Normalized questions of eval/dev/ (the bundled article's dev set)."""
    qs = set()
    for name in ('questions.jsonl', 'unanswerable.jsonl'):
        p = os.path.join(EVAL, 'dev', name)
        if os.path.exists(p):
            for line in open(p, encoding='utf-8'):
                if line.strip():
                    qs.add(qkey(json.loads(line)['q']))
    return qs


def qkey(q):
    return re.sub(r'[\s؟?.!،]+', ' ', norm(q)).strip()


def check_set(qpath, upath, article, others, show, seen_elsewhere=None, report=None):
    seen = {}
    covered = collections.Counter()
    counts = {}
    for path, answerable in ((qpath, True), (upath, False)):
        if not os.path.exists(path):
            err(os.path.relpath(path, ROOT), 'missing')
            continue
        rows = load(path)
        tags = collections.Counter()
        for ln, r in rows:
            where = f'{os.path.relpath(path, ROOT)}:{ln}'
            keys = set(r)
            want = {'q', 'gold', 'tags'} if answerable else {'q', 'tags'}
            if keys != want:
                err(where, f'keys {sorted(keys)}, want {sorted(want)}')
            q = r.get('q')
            if not isinstance(q, str) or not q.strip():
                err(where, 'q must be a non-empty string')
                continue
            k = qkey(q)
            if k in seen:
                err(where, f'duplicate question (also line {seen[k]}): {q}')
            seen[k] = f'{os.path.basename(path)}:{ln}'
            if seen_elsewhere and k in seen_elsewhere:
                warn(where, f'repeats a question of eval/dev/: {q}')
            t = r.get('tags')
            if not isinstance(t, list) or not t or not all(isinstance(x, str) for x in t):
                err(where, 'tags must be a non-empty list of strings')
                t = []
            allowed = ANSWERABLE_TAGS if answerable else UNANSWERABLE_TAGS
            for x in t:
                if x not in allowed:
                    err(where, f'unknown tag {x!r}')
            if len(set(t)) != len(t):
                err(where, 'repeated tag')
            tags.update(t)
            if not answerable:
                if not {'off-topic', 'near-miss'} & set(t):
                    warn(where, 'unanswerable without off-topic or near-miss')
                if show:
                    print(f'   --  {q}   [{",".join(t)}]')
                continue
            gold = r.get('gold')
            if not isinstance(gold, list) or not gold or not all(isinstance(g, str) for g in gold):
                err(where, 'gold must be a non-empty list of strings')
                continue
            locs = []
            for g in gold:
                n = len(g.split())
                if not 2 <= n <= 6:
                    err(where, f'gold {g!r} has {n} words (want 2-6)')
                if g != g.strip():
                    err(where, f'gold {g!r} has edge white space')
                if g not in article.text:
                    err(where, f'gold {g!r} is not a verbatim substring of the article')
                hits = article.find(g)
                if len(hits) != 1:
                    err(where, f'gold {g!r} in {len(hits)} sentences {[article.sents[i][0] for i in hits]}')
                for o in others:
                    if o.find(g):
                        warn(where, f'gold {g!r} also occurs in {o.id} {[o.sents[i][0] for i in o.find(g)]}')
                locs.append(hits[0] if len(hits) == 1 else None)
                covered.update(hits)
            real = [x for x in locs if x is not None]
            if len(set(real)) != len(real):
                warn(where, f'two gold phrases in the same sentence: {gold}')
            if show:
                where_s = ' '.join(f'{article.sents[x][0]}#{x}' if x is not None else '??' for x in locs)
                print(f'  {where_s:<16} {q}  <- {gold}  [{",".join(t)}]')
        counts[os.path.relpath(path, ROOT)] = (len(rows), dict(sorted(tags.items())))
    never = [article.sents[i][0] for i in range(len(article.sents)) if i not in covered]
    if report is not None:
        report.append((article.id, counts, never, len(article.sents)))


def main():
    args = sys.argv[1:]
    show, verbose, strict = '-q' in args, '-v' in args, '-s' in args
    report = []

    # eval/articles/<split>/
    for split in ('dev', 'heldout'):
        d = os.path.join(HERE, split)
        cdir = os.path.join(d, 'corpus')
        if not os.path.isdir(cdir):
            continue
        arts = {}
        for f in sorted(os.listdir(cdir)):
            if not f.endswith(('.txt', '.md')):
                err(cdir, f'{f}: not an article file (the bot loads only *.txt / *.md; keep the folder clean)')
                continue
            a = Article(os.path.join(cdir, f))
            arts[a.id] = a
            src = os.path.join(EVAL, 'attribution', split, f)
            if not os.path.exists(src) or open(src, 'rb').read() != open(a.path, 'rb').read():
                err(os.path.relpath(a.path, ROOT), f'not a byte-for-byte copy of {os.path.relpath(src, ROOT)}')
        for f in sorted(os.listdir(d)):
            if f.endswith('.jsonl'):
                aid = f.split('.')[0]
                if aid not in arts or not re.fullmatch(r'[^.]+\.(questions|unanswerable)\.jsonl', f):
                    err(os.path.relpath(os.path.join(d, f), ROOT), 'no matching article in corpus/ or bad file name')
        for aid, a in arts.items():
            if verbose:
                print(f'\n## {split}/{aid}')
                for i, (lab, s) in enumerate(a.sents):
                    print(f'  {i:>2} {lab:<7} {s[:150]}')
            if show:
                print(f'\n== {split}/{aid}')
            others = [o for o in arts.values() if o is not a]
            check_set(os.path.join(d, f'{aid}.questions.jsonl'),
                      os.path.join(d, f'{aid}.unanswerable.jsonl'), a, others, show, report=report)

    # eval/dev2/ (the bundled article)
    d2 = os.path.join(EVAL, 'dev2')
    if os.path.isdir(d2):
        art = '/work/shared/article.txt'
        if not os.path.exists(art):
            art = os.path.join(ROOT, 'corpus', 'syria-homs-astana.txt')
        a = Article(art)
        a.id = 'syria-homs-astana (dev2)'
        if verbose:
            print('\n## dev2 (bundled article)')
            for i, (lab, s) in enumerate(a.sents):
                print(f'  {i:>2} {lab:<7} {s[:150]}')
        if show:
            print('\n== dev2')
        check_set(os.path.join(d2, 'questions.jsonl'), os.path.join(d2, 'unanswerable.jsonl'),
                  a, [], show, seen_elsewhere=dev_questions(), report=report)

    print('\nCounts')
    for aid, counts, never, nsent in report:
        for path, (n, tags) in counts.items():
            print(f'  {path}: {n}  {tags}')
        print(f'    {aid}: {nsent} sentences; never gold: {never}')
    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    bad = errors or (strict and warnings)
    print(f'\n{len(errors)} error(s), {len(warnings)} warning(s): {"PROBLEMS" if bad else "OK"}')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
