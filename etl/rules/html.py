"""HTML page rules as data: which elements are never article text, which containers are boilerplate, and the
weights of the text-density scoring in `etl.formats.html`.

A container is boilerplate when a token of its `class` or `id` (split at `-`, `_`, spaces and camelCase) is one
of a rule's tokens, or when the whole attribute value contains one of its substrings. Every rule has a name
(stored in `boilerplate.rule_name` as `html.<name>` with the text it removed, so the DOM stage stays auditable
like the text stage), the contract kind of span it removes, and examples: class/id values it must remove and
must keep. Containers holding most of the page's paragraph text are never removed by a class rule (a site
that names its article wrapper `content-share-wrapper` keeps its article).
"""

from __future__ import annotations

from dataclasses import dataclass

# Elements that are never article text; removed before anything is scored (not recorded: no reader sees them).
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
    "map", "select", "option", "button", "input", "textarea", "head", "picture", "source", "link", "meta",
)  # fmt: skip
# Elements that mean "the content" (HTML5 sectioning): never taken as boilerplate by a class rule, whose tokens
# there are often a CMS's tags and categories (`<article class="post tag-politik category-news">`).
CONTENT_TAGS = frozenset({"article", "main", "body", "html"})
# Structural elements that hold navigation or page furniture; removed and recorded.
FURNITURE_TAGS = {"nav": "ad", "footer": "other", "aside": "related_link", "header": "other", "menu": "other"}
# Blocks whose text is a paragraph of their own (a div holding text directly also counts).
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "td", "li", "dd", "blockquote", "pre", "h1", "h2", "h3", "h4",
     "h5", "h6", "ul", "ol", "table", "tbody", "tr", "dl", "figure", "figcaption", "center", "font", "span", "body"}
)  # fmt: skip
# Inline elements: part of the paragraph that holds them.
INLINE_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "u", "s", "sup", "sub", "small", "big", "abbr", "cite", "code", "q", "mark",
     "time", "tt", "ins", "del", "dfn", "kbd", "var", "wbr", "label", "bdi", "bdo", "strike"}
)  # fmt: skip
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True)
class ContainerRule:
    name: str
    kind: str  # the contract's `boilerplate.rule`
    tokens: tuple[str, ...] = ()  # whole class/id tokens
    substrings: tuple[str, ...] = ()  # parts of the attribute value (for run-together names)
    remove: tuple[str, ...] = ()  # class/id values this rule must remove
    keep: tuple[str, ...] = ()  # class/id values this rule must leave alone


CONTAINER_RULES: tuple[ContainerRule, ...] = (
    ContainerRule(
        "related",
        "related_link",
        tokens=("related", "terkait", "rekomendasi", "recommend", "recommended", "recommendation", "popular",
                "terpopuler", "populer", "trending", "lainnya", "readmore", "bacajuga", "outbrain", "taboola", "mgid",
                "recirc", "jixie", "bacalagi"),
        substrings=("baca-juga", "bacajuga", "read-also", "readalso", "lihat-juga", "berita-lain", "most-read",
                    "artikel-lain", "you-may-like", "also-read", "related"),
        remove=("related-posts", "baca-juga", "box_terkait", "most-popular", "OUTBRAIN", "article__list--recommend"),
        keep=("article-content", "entry-content", "read__content"),
    ),
    ContainerRule(
        "share",
        "cta",
        tokens=("share", "sharing", "social", "sosmed", "sharethis", "addthis", "follow", "subscribe", "newsletter",
                "signup", "whatsapp", "telegram", "facebook", "twitter", "pinterest", "print", "email", "shares"),
        substrings=("share-", "social-", "newsletter", "subscribe", "sharebar"),
        remove=("social-share", "share-buttons", "newsletter-signup", "article__share"),
        keep=("article-body", "story-text"),
    ),
    ContainerRule(
        "comments",
        "other",
        tokens=("comment", "comments", "komentar", "disqus", "respond", "replies", "reply"),
        substrings=("comment", "disqus"),
        remove=("comments-area", "disqus_thread", "komentar"),
        keep=("content-body",),
    ),
    ContainerRule(
        "ads",
        "ad",
        tokens=("ad", "ads", "advert", "advertisement", "adv", "iklan", "banner", "sponsor", "sponsored", "promo",
                "promoted", "dfp", "gpt", "adsbygoogle", "parallax", "billboard", "leaderboard", "skyscraper",
                "native", "partner", "commercial", "googletag", "inarticle"),
        substrings=("advert", "adsbygoogle", "iklan", "div-gpt", "sponsor", "ads-"),
        remove=("ad-slot", "ads_box", "advertisement", "div-gpt-ad-123", "iklan-tengah", "adsbygoogle"),
        keep=("header-bar", "read__content", "shadow-box", "badge"),
    ),
    ContainerRule(
        "navigation",
        "other",
        tokens=("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "sidebar",
                "widget", "footer", "masthead", "topbar", "toolbar", "skip", "search", "login", "cookie", "consent",
                "gdpr", "popup", "modal", "overlay", "sitemap", "keywords"),
        substrings=("breadcrumb", "sidebar", "cookie", "footer", "navbar", "tag-list", "taglist"),
        remove=("main-nav", "breadcrumb", "site-footer", "sidebar-right", "cookie-consent", "tag-list"),
        keep=("article-body", "story-body", "paragraph"),
    ),
    ContainerRule(
        "byline_box",
        "credit",
        tokens=("author", "byline", "bio", "penulis", "editor", "reporter", "contributor", "avatar", "profile"),
        substrings=("author-bio", "about-author", "author-box"),
        remove=("author-bio", "byline", "penulis"),
        keep=("article-text", "detail__body-text"),
    ),
    ContainerRule(
        "media_caption",
        "other",
        tokens=("caption", "credit", "photo", "gallery", "slideshow", "player", "figure", "infographic", "embed",
                "instagram"),
        substrings=("caption", "gallery", "wp-caption"),
        remove=("wp-caption", "photo-credit", "image-caption", "video-player"),
        keep=("article-content", "body-text"),
    ),
    ContainerRule(
        "meta",
        "other",
        tokens=("date", "time", "timestamp", "dateline", "meta", "info", "published", "updated", "hidden", "hide",
                "sr", "screen", "visually", "print-only", "noprint", "rating", "reactions", "reaction", "emoji",
                "feedback", "survey", "poll", "vote", "copyright", "disclaimer"),
        substrings=("post-meta", "entry-meta", "article-meta", "visually-hidden", "sr-only", "screen-reader"),
        remove=("post-meta", "entry-meta", "sr-only", "visually-hidden", "copyright"),
        keep=("entry-content", "article__body"),
    ),
)  # fmt: skip

# ARIA roles that mark furniture.
FURNITURE_ROLES = {"navigation": "other", "banner": "other", "contentinfo": "other", "complementary": "related_link",
                   "search": "other", "dialog": "other", "alert": "other"}  # fmt: skip

# Scoring (text density and link density of block containers).
MIN_PARAGRAPH_CHARS = 25  # shorter blocks add no score (they still belong to the body if inside the winner)
LINK_DENSITY_MAX = 0.5  # a paragraph whose text is more than this share of links is navigation
COMMA_BONUS = 1.0  # each comma in a paragraph: prose has commas, menus do not
PARENT_SHARE, GRANDPARENT_SHARE = 1.0, 0.5  # how much of a paragraph's score its ancestors get
# The article is a block up to CLIMB_LEVELS above the best one when that holds 1.5x its prose with few links.
CLIMB_RATIO, CLIMB_LINK_DENSITY, CLIMB_LEVELS = 1.5, 0.3, 2
SIBLING_SHARE = 0.2  # a sibling of the best container joins it with at least this share of its score
KEEP_SHARE = 0.35  # a container holding this share of all paragraph text is never removed by a class rule
# Below this the page was over-pruned: it is scored again without class rules, else its description is the text.
MIN_BODY_CHARS = 200  # short link-only lines at the ends of the body are furniture
