"""HTML article pages: the main text found by text and link density, metadata from the page's head.

1. Elements that are never text (`script`, `style`, forms ...) are dropped (`etl/rules/html.py`: DROP_TAGS).
2. One walk over the body cuts the page into paragraphs: text joined across inline elements (`a`, `b`, `span`
   ...), split at block elements and `<br>`. Each paragraph knows its link text and its block ancestors, and
   whether a boilerplate container rule (class/id tokens: related, share, ads, comments, navigation ...) or a
   furniture element (`nav`, `aside`, `footer`, ARIA roles) holds it.
3. Scoring: a paragraph of prose (long enough, few links) gives points (1 + commas + length) to the block that
   holds it and half to the block above; the best block, discounted by its link density, is the article,
   climbing to a block above that holds clearly more prose (bodies split over wrapper columns), with those of
   its siblings that score well.
4. The body is the winner's paragraphs in page order; paragraphs inside boilerplate containers, link lists and
   the headline are left out and recorded (rule `html.<rule>`), so the DOM stage is auditable like the text
   stage. The text-level newsroom rules (`Baca juga`, editor lines, datelines) then run on the result.

Metadata comes from the page's head (`etl.formats.htmlmeta`).
selectolax (lexbor) parses: about 50x faster than beautifulsoup4 with lxml on the benchmark pages
(see benchmarks/html_pages.py), and a page must be read well under trafilatura's time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl.core.models import RawArticle, Removed
from etl.formats import FormatError, FormatResult
from etl.formats.htmlmeta import decode_page, page_metadata
from etl.rules import html as rules

MAX_DEPTH = 200
_WS = re.compile(r"\s+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN_SPLIT = re.compile(r"[\s_\-:./]+")
_RULE_TOKENS = [
    (r, frozenset(r.tokens), re.compile("|".join(map(re.escape, r.substrings))) if r.substrings else None)
    for r in rules.CONTAINER_RULES
]


@dataclass
class _Para:
    text: list[str]
    link_chars: int
    owner: int  # the block element holding the text
    chain: tuple[int, ...]  # block ancestors, outermost first
    flags: tuple[tuple[int, str, str], ...]  # (container, rule name, kind) of the boilerplate holding it
    tag: str
    joined: str = ""


@dataclass
class _Walk:
    paras: list[_Para] = field(default_factory=list)
    parent: dict[int, int] = field(default_factory=dict)


_RULE_CACHE: dict[str, rules.ContainerRule | None] = {}


def container_rule(attrs: str) -> rules.ContainerRule | None:
    """The boilerplate rule a class/id value falls under, if any (`related-posts` -> related)."""
    if not attrs:
        return None
    if attrs in _RULE_CACHE:
        return _RULE_CACHE[attrs]
    if len(_RULE_CACHE) > 50_000:
        _RULE_CACHE.clear()
    _RULE_CACHE[attrs] = found = _container_rule(attrs)
    return found


def _container_rule(attrs: str) -> rules.ContainerRule | None:
    low = attrs.lower()
    tokens = set(_TOKEN_SPLIT.split(_CAMEL.sub(" ", attrs).lower()))
    for rule, rule_tokens, substrings in _RULE_TOKENS:
        if not tokens.isdisjoint(rule_tokens) or (substrings and substrings.search(low)):
            return rule
    return None


def read(data: bytes) -> FormatResult:
    text, encoding = decode_page(data)
    page = extract(text)
    if not page.body.strip():
        raise FormatError("no article text found on the page (no block of prose outside navigation and boilerplate)")
    return FormatResult([page.article()], encoding, text)


@dataclass
class Page:
    body: str
    meta: dict[str, str]
    removed: list[Removed]

    def article(self) -> RawArticle:
        key = self.meta.get("url") or None
        return RawArticle(text=self.body, item_key=key, meta=self.meta, has_head=False, removed=self.removed)


def extract(html: str) -> Page:
    """The main text, metadata and removed boilerplate of one page."""
    tree = LexborHTMLParser(html)
    meta = page_metadata(tree)
    tree.strip_tags(list(rules.DROP_TAGS))
    root = tree.body or tree.root
    if root is None:
        return Page("", meta, [])
    walk = _Walk()
    _walk(root, walk)
    _finish(walk)
    paras = [p for p in walk.paras if p.joined]
    title = meta.get("title", "")
    body, removed = _select(paras, walk, title)
    if len(body) < rules.MIN_BODY_CHARS:  # safety valve: a page of captions or a gallery, over-pruned
        retry, retry_removed = _select(paras, walk, title, use_flags=False)
        if len(retry) > len(body):
            body, removed = retry, retry_removed
    description = meta.pop("description", "")
    if len(body) < rules.MIN_BODY_CHARS and len(description) > len(body):
        body, removed = description, []
    return Page(body, meta, removed)


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's content), one line per paragraph, nothing scored or dropped
    except elements that are never text."""
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    tree.strip_tags(list(rules.DROP_TAGS))
    root = tree.body
    if root is None:
        return ""
    walk = _Walk()
    _walk(root, walk, use_rules=False)
    _finish(walk)
    return "\n".join(p.joined for p in walk.paras if p.joined)


# --- the walk -----------------------------------------------------------------------------------------------


def _walk(root: LexborNode, walk: _Walk, use_rules: bool = True) -> None:
    """Cut the subtree of `root` into paragraphs (walk.paras, in page order), one pass, no recursion."""
    parent, paras = walk.parent, walk.paras
    inline, drop_rules = rules.INLINE_TAGS, not use_rules
    # state of the block being read: (id, chain of block ids, boilerplate flags, tag)
    state: tuple[int, tuple[int, ...], tuple[tuple[int, str, str], ...], str] = (0, (0,), (), root.tag or "")
    next_id = 1
    buf: list[str] = []
    link_chars = 0
    small = rules.KEEP_SHARE * len(root.text(deep=True)) if use_rules else 0
    stack: list[tuple[LexborNode | None, object, bool]] = [
        (c, state, False) for c in reversed(list(root.iter(include_text=True, skip_empty=True)))
    ]
    while stack:
        node, node_state, link = stack.pop()
        if node is None or node_state is not state:  # a block ended, or the flow moved into another block
            if buf:
                paras.append(_Para(buf, link_chars, state[0], state[1], state[2], state[3]))
                buf, link_chars = [], 0
            state = node_state  # type: ignore[assignment]
            if node is None:
                continue
        tag = node.tag
        if tag == "-text":
            value = node.text_content
            if value:
                buf.append(value)
                if link:
                    link_chars += len(value.strip())
            continue
        if tag is None or tag[0] == "-":
            continue
        if tag == "br" or tag == "hr":
            if buf:
                paras.append(_Para(buf, link_chars, state[0], state[1], state[2], state[3]))
                buf, link_chars = [], 0
            continue
        if tag in inline or (tag == "span" and not _has_block(node)):
            in_link = link or tag == "a"
            stack.extend((c, state, in_link) for c in reversed(list(node.iter(include_text=True, skip_empty=True))))
            continue
        me = next_id
        next_id += 1
        parent[me] = state[0]
        flags = state[2]
        chain = state[1] if len(state[1]) > MAX_DEPTH else (*state[1], me)
        if not drop_rules:
            hit = _furniture(node) or _rule_of(node)
            if hit:
                flags = (*flags, (me, *hit))
                text = node.text(deep=True, separator=" ")
                if len(text) < small:  # boilerplate too small to be the article: one paragraph, not walked
                    if buf:
                        paras.append(_Para(buf, link_chars, state[0], state[1], state[2], state[3]))
                        buf, link_chars = [], 0
                    paras.append(_Para([text], 0, me, chain, flags, tag))
                    continue
        child_state = (me, chain, flags, tag)
        stack.append((None, state, False))  # back to the enclosing block after this one
        stack.extend((c, child_state, link) for c in reversed(list(node.iter(include_text=True, skip_empty=True))))
    if buf:
        paras.append(_Para(buf, link_chars, state[0], state[1], state[2], state[3]))


def _finish(walk: _Walk) -> None:
    for para in walk.paras:
        if para.text and not para.joined:
            para.joined = _WS.sub(" ", "".join(para.text)).strip()
            para.text = []


def _has_block(node: LexborNode) -> bool:
    for child in node.iter():
        tag = child.tag
        if tag not in rules.INLINE_TAGS and tag not in ("br", "span"):
            return True
    return False


def _furniture(node: LexborNode) -> tuple[str, str] | None:
    tag = node.tag or ""
    if tag in rules.FURNITURE_TAGS:
        return f"tag_{tag}", rules.FURNITURE_TAGS[tag]
    role = (node.attrs.get("role") or "").lower()
    if role in rules.FURNITURE_ROLES:
        return f"role_{role}", rules.FURNITURE_ROLES[role]
    return None


def _rule_of(node: LexborNode) -> tuple[str, str] | None:
    if node.tag in rules.CONTENT_TAGS:
        return None
    attrs = node.attrs
    cls, ident = attrs.get("class"), attrs.get("id")
    if not cls and not ident:
        return None
    rule = container_rule(f"{cls or ''} {ident or ''}")
    return (rule.name, rule.kind) if rule else None


# --- choosing the article -----------------------------------------------------------------------------------


def _score(para: _Para) -> float:
    n = len(para.joined)
    if n < rules.MIN_PARAGRAPH_CHARS or para.link_chars > rules.LINK_DENSITY_MAX * n:
        return 0.0
    return 1.0 + para.joined.count(",") * rules.COMMA_BONUS + min(n / 100.0, 3.0)


def _container(para: _Para, walk: _Walk) -> int:
    """The block a paragraph's score goes to: the parent of a `<p>`-like element, a text-holding div itself."""
    if para.tag in ("p", "li", "blockquote", "pre", "dd", "h2", "h3", "h4", "h5", "h6", "span", "font", "td"):
        return walk.parent.get(para.owner, para.owner)
    return para.owner


def _select(paras: list[_Para], walk: _Walk, title: str, use_flags: bool = True) -> tuple[str, list[Removed]]:
    if not paras:
        return "", []
    chars: dict[int, int] = {}
    links: dict[int, int] = {}
    for para in paras:
        for anc in para.chain:
            chars[anc] = chars.get(anc, 0) + len(para.joined)
            links[anc] = links.get(anc, 0) + para.link_chars
    total = chars.get(paras[0].chain[0], 1) or 1
    protected = {c for c, n in chars.items() if n >= rules.KEEP_SHARE * total}

    def flag(para: _Para) -> tuple[int, str, str] | None:
        if not use_flags:
            return None
        for f in para.flags:
            if f[0] not in protected:
                return f
        return None

    scores: dict[int, float] = {}
    prose: dict[int, float] = {}  # all prose score below each block
    for para in paras:
        if flag(para):
            continue
        s = _score(para)
        if not s:
            continue
        for anc in para.chain:
            prose[anc] = prose.get(anc, 0.0) + s
        box = _container(para, walk)
        scores[box] = scores.get(box, 0.0) + s * rules.PARENT_SHARE
        if box in walk.parent:
            up = walk.parent[box]
            scores[up] = scores.get(up, 0.0) + s * rules.GRANDPARENT_SHARE
    if not scores:
        return "", []
    ranked = {b: s * (1 - links.get(b, 0) / max(chars.get(b, 1), 1)) for b, s in scores.items()}
    best = max(ranked, key=ranked.__getitem__)
    # a body split over sibling wrappers (one column per few paragraphs): climb while the block above holds
    # clearly more prose, with few links
    top, up = ranked[best], best
    for _ in range(rules.CLIMB_LEVELS):  # through wrappers that hold nothing more
        up = walk.parent.get(up)
        if up is None or links.get(up, 0) > rules.CLIMB_LINK_DENSITY * chars.get(up, 1):
            break
        if prose.get(up, 0) >= rules.CLIMB_RATIO * prose.get(best, 0):
            best = up
    chosen = {best}
    parent = walk.parent.get(best)
    if parent is not None:
        floor = max(2.0, top * rules.SIBLING_SHARE)
        chosen |= {b for b, s in ranked.items() if walk.parent.get(b) == parent and s >= floor}
    kept: list[str] = []
    removed: list[Removed] = []
    seen_boxes: set[int] = set()
    title_key = _key(title)
    for para in paras:
        if chosen.isdisjoint(para.chain):
            continue
        line = len(kept) + 1
        f = flag(para)
        if f:
            if f[0] not in seen_boxes or (removed and removed[-1].rule != f"html.{f[1]}"):
                seen_boxes.add(f[0])
                removed.append(Removed(line, para.joined, f[2], f"html.{f[1]}"))
            elif removed:
                last = removed[-1]
                removed[-1] = Removed(last.line_no, f"{last.text} {para.joined}"[:2000], last.kind, last.rule)
            continue
        n = len(para.joined)
        if para.link_chars > rules.LINK_DENSITY_MAX * n and len(para.joined.split()) <= 30:
            removed.append(Removed(line, para.joined, "related_link", "html.link_list"))
            continue
        if para.tag == "h1" or (title_key and _key(para.joined) == title_key and not kept):
            removed.append(Removed(line, para.joined, "title", "html.headline"))
            continue
        kept.append(para.joined)
    return "\n".join(kept), removed


def _key(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()
