#!/usr/bin/env python3
"""Check the attribution gold data in this folder.

Usage: python3 eval/attribution/verify.py [SPLIT ...]   (from the repo root or anywhere)
       SPLIT is a folder name beside this script; default: every folder but
       heldout/ (check heldout/ only by naming it, as its authors do).

Errors (exit code 1):
  - a .txt without a .labels.jsonl (or the reverse)
  - fictional articles: bad front matter, headline != title, not 6-12 paragraphs
  - a label with missing/extra keys or wrong types
  - quote not found, found more than once without an "occurrence" field,
    found inside the front matter / headline, or with edge whitespace or
    final punctuation
  - labels not in file order (by quote start offset)
  - direct quote not enclosed by a matching pair of quotation marks;
    indirect quote that is (entirely) enclosed by a pair of marks
  - cue not found as a whole word in the same sentence as the quote
  - speaker / aliases / role / outlet not found in the article text
    (after removing quotation marks), except speaker "unknown"
  - one speaker given different aliases or role within an article
Warnings (printed, no failure):
  - "inferred" disagrees with a heuristic: does the cue's sentence (outside
    the quote) mention the speaker, an alias or the role?
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = ["speaker", "aliases", "role", "cue", "outlet", "kind", "inferred", "quote"]
OPTIONAL = {"occurrence"}
PAIRS = {"«": "»", "“": "”", '"': '"'}
MARKS = "«»“”\""
FINAL_PUNCT = ".،,؛;:!?؟ \n\t"
SENT_END = ".!?؟"

errors = []
warnings = []


def err(where, msg):
    errors.append(f"ERROR {where}: {msg}")


def warn(where, msg):
    warnings.append(f"warn  {where}: {msg}")


def strip_marks(s):
    return "".join(ch for ch in s if ch not in MARKS)


def body_start(text, name):
    """Offset where the article body (after front matter + headline) starts."""
    if not text.startswith("---\n"):
        # real article without front matter: skip only the headline line
        return text.index("\n") + 1
    end = text.index("\n---\n", 4)
    fm = text[4:end].split("\n")
    meta = dict(line.split(": ", 1) for line in fm)
    if set(meta) != {"title", "source"}:
        err(name, f"front matter keys {sorted(meta)}")
    if "fictional" not in meta.get("source", ""):
        err(name, "source does not say fictional")
    rest_off = end + len("\n---\n")
    rest = text[rest_off:]
    headline, _, after = rest.partition("\n")
    if headline != meta.get("title"):
        err(name, "headline line differs from title")
    if not after.startswith("\n"):
        err(name, "no blank line after headline")
    paras = [p for p in after.split("\n\n") if p.strip()]
    if not 6 <= len(paras) <= 12:
        err(name, f"{len(paras)} paragraphs (want 6-12)")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(name, "file should end with exactly one newline")
    return rest_off + len(headline) + 1


def quote_mask(text):
    """Boolean list: True where a character is inside (or is) a quotation mark.
    Pairs « » and “ ” nest; ASCII " toggles; state resets at blank lines."""
    mask = [False] * len(text)
    stack = []
    for i, ch in enumerate(text):
        if ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            stack = []
        if ch in "«“":
            stack.append(PAIRS[ch])
            mask[i] = True
        elif ch == '"':
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append('"')
            mask[i] = True
        elif stack and ch == stack[-1]:
            stack.pop()
            mask[i] = True
        else:
            mask[i] = bool(stack)
    return mask


def sentence_bounds(text, mask, pos):
    """[start, end) of the sentence containing pos; sentences end at . ! ? ؟
    (outside quotation marks, followed by whitespace/end) or a blank line."""
    def is_end(i):
        if text[i] == "\n":
            return i + 1 < len(text) and text[i + 1] == "\n" or i > 0 and text[i - 1] == "\n"
        return (text[i] in SENT_END and not mask[i]
                and (i + 1 >= len(text) or text[i + 1].isspace()))
    s = pos
    while s > 0 and not is_end(s - 1):
        s -= 1
    e = pos
    while e < len(text) and not is_end(e):
        e += 1
    return s, e


def word_occurrences(text, word, lo, hi):
    out = []
    for m in re.finditer(re.escape(word), text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        # any whitespace counts (the real article has U+00A0 no-break spaces)
        if (before.isspace() or before in "،,:«“\"(") and (after.isspace() or after in "،,:.«»“”\")"):
            out.append(a)
    return out


def mentions(hay, forms):
    hay = strip_marks(hay)
    for f in forms:
        if f and re.search(r"(^|[\s،,:(])(و|ف|ل|ب)?" + re.escape(f) + r"($|[\s،,:.)])", hay):
            return f
    return None


def check_article(txt_path):
    name = str(txt_path.relative_to(ROOT))
    text = txt_path.read_text(encoding="utf-8")
    lab_path = txt_path.with_name(txt_path.stem + ".labels.jsonl")
    if not lab_path.exists():
        err(name, "no labels file")
        return None
    start = body_start(text, name)
    stripped_text = strip_marks(text)
    mask = quote_mask(text)
    labels = []
    for n, line in enumerate(lab_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            labels.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"{lab_path.name}:{n}", f"bad JSON {e}")
    prev = -1
    speakers = {}
    stats = {"statements": 0, "direct": 0, "indirect": 0, "inferred": 0, "unknown": 0}
    for n, lab in labels:
        where = f"{lab_path.relative_to(ROOT)}:{n}"
        keys = list(lab.keys())
        if [k for k in keys if k not in OPTIONAL] != KEYS or set(keys) - set(KEYS) - OPTIONAL:
            err(where, f"keys {keys}")
            continue
        if not isinstance(lab["speaker"], str) or not lab["speaker"]:
            err(where, "speaker")
        if not isinstance(lab["aliases"], list) or not all(isinstance(a, str) and a for a in lab["aliases"]):
            err(where, "aliases")
        for k in ("role", "outlet"):
            if lab[k] is not None and (not isinstance(lab[k], str) or not lab[k]):
                err(where, k)
        if lab["kind"] not in ("direct", "indirect"):
            err(where, "kind")
        if not isinstance(lab["inferred"], bool):
            err(where, "inferred")
        q = lab["quote"]
        if not q or q != q.strip() or q[-1] in FINAL_PUNCT or q[0] in "،,.":
            err(where, "quote has edge whitespace or final punctuation")
        occ = [m.start() for m in re.finditer(re.escape(q), text)]
        if not occ:
            err(where, "quote not found in file")
            continue
        if len(occ) > 1 and "occurrence" not in lab:
            err(where, f"quote occurs {len(occ)} times; add \"occurrence\"")
            continue
        pos = occ[lab.get("occurrence", 1) - 1]
        end = pos + len(q)
        if pos < start:
            err(where, "quote lies in front matter/headline")
        if pos <= prev:
            err(where, "label out of file order")
        prev = pos
        before, after = text[pos - 1], text[end] if end < len(text) else ""
        enclosed = before in PAIRS and PAIRS[before] == after
        if lab["kind"] == "direct" and not enclosed:
            err(where, f"direct quote not enclosed by marks ({before!r}..{after!r})")
        if lab["kind"] == "indirect" and enclosed:
            err(where, "indirect quote is enclosed by quotation marks")
        # cue in the same sentence as the quote
        s, e = sentence_bounds(text, mask, pos)
        cue_hits = word_occurrences(text, lab["cue"], s, e)
        if not cue_hits:
            err(where, f"cue {lab['cue']!r} not in the quote's sentence")
        # names present in the article
        for k in ("role", "outlet"):
            if lab[k] is not None and lab[k] not in stripped_text:
                err(where, f"{k} {lab[k]!r} not in article")
        if lab["speaker"] != "unknown" and lab["speaker"] not in stripped_text:
            err(where, f"speaker {lab['speaker']!r} not in article")
        for a in lab["aliases"]:
            if a not in stripped_text:
                err(where, f"alias {a!r} not in article")
        sig = (tuple(lab["aliases"]), lab["role"])
        if speakers.setdefault(lab["speaker"], sig) != sig:
            err(where, f"speaker {lab['speaker']!r} has inconsistent aliases/role")
        # inferred heuristic (warning only)
        if lab["speaker"] != "unknown":
            sent = text[s:pos] + text[end:e]
            forms = [lab["speaker"], *lab["aliases"]] + ([lab["role"]] if lab["role"] else [])
            hit = mentions(sent, forms)
            if lab["inferred"] and hit:
                warn(where, f"inferred=true but sentence mentions {hit!r}")
            if not lab["inferred"] and not hit:
                warn(where, "inferred=false but sentence names no speaker form")
        stats["statements"] += 1
        stats[lab["kind"]] += 1
        stats["inferred"] += lab["inferred"]
        stats["unknown"] += lab["speaker"] == "unknown"
    return stats


def main():
    total = {}
    rows = []
    splits = sys.argv[1:] or sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "heldout" and not p.name.startswith("_"))
    for split in splits:
        for txt in sorted((ROOT / split).glob("*.txt")):
            st = check_article(txt)
            if st:
                rows.append((f"{split}/{txt.stem}", st))
                for k, v in st.items():
                    total[k] = total.get(k, 0) + v
        for lab in sorted((ROOT / split).glob("*.labels.jsonl")):
            if not lab.with_name(lab.name.replace(".labels.jsonl", ".txt")).exists():
                err(str(lab), "labels without article")
    print(f"{'article':40} stmts direct indirect inferred unknown")
    for name, st in rows + [(f"TOTAL ({len(rows)} articles)", total)]:
        print(f"{name:40} {st['statements']:5} {st['direct']:6} {st['indirect']:8} "
              f"{st['inferred']:8} {st['unknown']:7}")
    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
