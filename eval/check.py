#!/usr/bin/env python3
"""Validate eval sets: JSON per line, gold phrases occur in the article (normalized),
and report which sentence each gold phrase falls in."""
import json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, '..', '..', 'shared', 'article.txt')
if not os.path.exists(ART):
    ART = '/work/shared/article.txt'

DIAC = re.compile('[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
def norm(s):
    s = DIAC.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    return re.sub(r'\s+', ' ', s).strip()

def split(text):
    out = []
    for para in re.split(r'\n\s*\n|\n', text):
        cur, depth, inq = '', 0, False
        for ch in para:
            cur += ch
            if ch == '«': depth += 1
            elif ch == '»': depth = max(0, depth - 1)
            elif ch == '"': inq = not inq
            elif ch in '.؟!?' and depth == 0 and not inq:
                if cur.strip(' .'): out.append(cur.strip())
                cur = ''
        if cur.strip(' .'): out.append(cur.strip())
    return out

text = open(ART, encoding='utf-8').read()
sents = split(text)
nsents = [norm(s) for s in sents]
if '-v' in sys.argv:
    for i, s in enumerate(sents): print(i, s[:110]); 
ok = True
def load(p):
    global ok
    raw = open(p, 'rb').read()
    raw.decode('utf-8')
    if raw.endswith(b'\n\n') or not raw.endswith(b'\n'):
        print('BAD ENDING', p); ok = False
    rows = []
    for ln, line in enumerate(raw.decode('utf-8').split('\n')[:-1], 1):
        try: rows.append(json.loads(line))
        except Exception as e: print('BAD JSON', p, ln, e); ok = False
    return rows
covered = collections.Counter()
for name in ['dev/questions.jsonl', 'heldout/questions.jsonl']:
    p = os.path.join(HERE, name); rows = load(p)
    tags = collections.Counter(t for r in rows for t in r['tags'])
    print(f'\n== {name}: {len(rows)} questions; tags {dict(tags)}')
    seenq = set()
    for r in rows:
        if r['q'] in seenq: print('DUP', r['q']); ok = False
        seenq.add(r['q'])
        locs = []
        for g in r['gold']:
            hits = [i for i, s in enumerate(nsents) if norm(g) in s]
            n = len(g.split())
            if len(hits) != 1 or not 2 <= n <= 6:
                print('  !! gold', repr(g), 'hits', hits, 'words', n); ok = False
            locs += hits; covered.update(hits)
        if '-q' in sys.argv: print(f'  {locs} {r["q"]}  <- {r["gold"]}')
for name in ['dev/unanswerable.jsonl', 'heldout/unanswerable.jsonl']:
    p = os.path.join(HERE, name); rows = load(p)
    tags = collections.Counter(t for r in rows for t in r['tags'])
    print(f'\n== {name}: {len(rows)} questions; tags {dict(tags)}')
print('\nsentences never gold:', [i for i in range(len(sents)) if i not in covered])
print('OK' if ok else 'PROBLEMS'); sys.exit(0 if ok else 1)
