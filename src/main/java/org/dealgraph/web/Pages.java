package org.dealgraph.web;

import org.dealgraph.query.ArticleDetails;
import org.dealgraph.query.Deal;
import org.dealgraph.query.DealKind;
import org.dealgraph.query.Entity;
import org.dealgraph.query.EntityDetails;
import org.dealgraph.query.Money;
import org.dealgraph.query.SearchHit;
import org.dealgraph.query.TimelineEntry;
import org.dealgraph.query.Validity;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.dealgraph.web.Layout.esc;

/** The HTML pages of entities, deals and articles, and the search and not-found pages. */
@Component
final class Pages {
    private static final String WIKIDATA = org.dealgraph.load.ReferenceLinks.WIKIDATA;
    private static final Set<String> OVER = Set.of("ended", "superseded", "resolved", "abandoned", "blocked");

    private final Site site;

    Pages(Site site) {
        this.site = site;
    }

    /** Links to every data form of a resource's document, by format title. */
    Map<String, String> formats(String iri, List<RdfFormat> offered) {
        Map<String, String> links = new LinkedHashMap<>();
        offered.stream().filter(f -> f != RdfFormat.HTML).forEach(f -> links.put(f.title(), site.href(iri, f)));
        return links;
    }

    /** Whether a deal's terms are current: not replaced by a later version and not reported over. */
    static boolean current(Deal deal) {
        Validity v = deal.validity();
        return v.supersededBy().isEmpty() && v.endedOn() == null && (v.status() == null || !OVER.contains(v.status()));
    }

    // ------------------------------------------------------------------ entity

    String entity(EntityDetails details, List<Deal> deals, List<TimelineEntry> timeline) {
        Entity self = details.entity();
        Words words = new Words(site, self.iri());
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"muted\">").append(esc(details.type().className()));
        if (!details.otherNames().isEmpty()) {
            b.append(" · also known as ").append(esc(String.join(", ", details.otherNames())));
        }
        b.append(" · <code>").append(esc(details.iri())).append("</code></p>\n")
                .append("<h1>").append(esc(details.name())).append("</h1>\n");
        if (details.description() != null) {
            b.append("<p class=\"description\">").append(esc(details.description())).append("</p>\n");
        }
        elsewhere(b, details);
        if (deals.isEmpty()) {
            b.append("<p>No deals of ").append(esc(details.name())).append(" have been read yet.</p>\n");
        } else {
            b.append("<section><h2>Relationships</h2>\n<div class=\"diagram\">").append(Diagram.svg(site, self, deals))
                    .append("</div></section>\n");
            List<Deal> now = deals.stream().filter(Pages::current).toList();
            List<Deal> earlier = deals.stream().filter(d -> !current(d)).toList();
            b.append("<section><h2>Current terms</h2>\n");
            groups(b, words, now);
            b.append("</section>\n");
            if (!earlier.isEmpty()) {
                b.append("<section class=\"superseded\"><h2>Superseded and ended terms</h2>\n");
                groups(b, words, earlier);
                b.append("</section>\n");
            }
            if (!timeline.isEmpty()) {
                b.append("<section><h2>Timeline</h2>\n<ol class=\"timeline\">\n");
                for (TimelineEntry e : timeline) {
                    b.append("<li><strong>").append(esc(Words.date(e.date()))).append("</strong> — ")
                            .append(esc(event(e.event()))).append(": <a href=\"").append(esc(site.href(e.deal().iri())))
                            .append("\">").append(esc(Words.plain(e.deal()))).append("</a></li>\n");
                }
                b.append("</ol></section>\n");
            }
        }
        return Layout.page(details.name(), b.toString(), formats(details.iri(), RdfFormat.DESCRIPTION));
    }

    /** Links to the entity elsewhere: its Wikidata item and other same-as IRIs, its websites. */
    private static void elsewhere(StringBuilder b, EntityDetails details) {
        if (details.sameAs().isEmpty() && details.websites().isEmpty()) {
            return;
        }
        List<String> links = new ArrayList<>();
        for (String iri : details.sameAs()) {
            String label = iri.startsWith(WIKIDATA) ? "Wikidata " + iri.substring(WIKIDATA.length()) : iri;
            links.add("<a rel=\"external\" href=\"" + esc(iri) + "\">" + esc(label) + "</a>");
        }
        for (String url : details.websites()) {
            links.add("<a rel=\"external\" href=\"" + esc(url) + "\">"
                    + esc(url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "")) + "</a>");
        }
        b.append("<p class=\"elsewhere\">Elsewhere: ").append(String.join(" · ", links)).append("</p>\n");
    }

    private static String event(TimelineEntry.Event event) {
        return switch (event) {
            case MADE -> "made";
            case STARTS -> "starts";
            case ENDED -> "ended";
            case EXPIRES -> "runs out";
        };
    }

    private void groups(StringBuilder b, Words words, List<Deal> deals) {
        Map<DealKind, List<Deal>> byKind = new java.util.EnumMap<>(DealKind.class);
        deals.forEach(d -> byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
        if (byKind.isEmpty()) {
            b.append("<p class=\"muted\">None.</p>\n");
        }
        byKind.forEach((kind, list) -> {
            b.append("<h3>").append(esc(Words.heading(kind))).append("</h3>\n");
            list.forEach(d -> dealItem(b, words, d));
        });
    }

    private void dealItem(StringBuilder b, Words words, Deal d) {
        b.append("<div class=\"deal\"><a href=\"").append(esc(site.href(d.iri()))).append("\" title=\"the deal\">§</a> ")
                .append(words.sentence(d));
        if (d.validity().status() != null) {
            b.append(" <span class=\"badge\">").append(esc(d.validity().status())).append("</span>");
        }
        if (!d.validity().supersededBy().isEmpty()) {
            b.append(" <span class=\"muted\">replaced by ");
            b.append(d.validity().supersededBy().stream().map(s -> "<a href=\"" + esc(site.href(s)) + "\">"
                    + "the later terms</a>").collect(Collectors.joining(", ")));
            b.append("</span>");
        }
        evidence(b, d);
        b.append("</div>\n");
    }

    private void evidence(StringBuilder b, Deal d) {
        var e = d.evidence();
        if (e.quote() != null) {
            b.append("<blockquote>").append(esc(e.quote())).append("</blockquote>");
        }
        if (e.article() != null) {
            b.append("<div class=\"muted\">Source: <a href=\"").append(esc(site.href(e.article()) + "#"
                    + Site.factAnchor(d.iri()))).append("\">")
                    .append(esc(e.headline() != null ? e.headline() : e.article())).append("</a>");
            if (e.published() != null) {
                b.append(", ").append(esc(Words.date(e.published())));
            }
            if (e.confidence() != null) {
                b.append(" · confidence ").append(esc(e.confidence().setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString()));
            }
            b.append("</div>");
        }
    }

    // ------------------------------------------------------------------ deal

    String deal(Deal deal) {
        return deal(deal, Map.of());
    }

    /**
     * The page of a deal; {@code labels} gives the words for the other deals it names (the versions it replaces
     * and that replace it), by IRI; a version without words is named by its IRI.
     */
    String deal(Deal deal, Map<String, String> labels) {
        Words words = new Words(site, null);
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"muted\">").append(esc(Words.kindWords(deal.kind()))).append(" · <code>")
                .append(esc(deal.iri())).append("</code></p>\n")
                .append("<h1>").append(words.sentence(deal)).append("</h1>\n")
                .append("<table class=\"terms\">\n");
        for (RecordComponent c : deal.getClass().getRecordComponents()) {
            String name = c.getName();
            if (name.equals("iri") || name.equals("validity") || name.equals("evidence")) {
                continue;
            }
            Object value;
            try {
                value = c.getAccessor().invoke(deal);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                row(b, name, value(words, value));
            }
        }
        Validity v = deal.validity();
        row(b, "status", esc(v.status()));
        row(b, "date", v.date() == null ? null : esc(Words.date(v.date())));
        row(b, "starts", v.startDate() == null ? null : esc(Words.date(v.startDate())));
        row(b, "ends", v.endDate() == null ? null : esc(Words.date(v.endDate())));
        row(b, "ends when", esc(v.endCondition()));
        row(b, "ended on", v.endedOn() == null ? null : esc(Words.date(v.endedOn())));
        row(b, "replaces", links(v.supersedes(), labels));
        row(b, "replaced by", links(v.supersededBy(), labels));
        b.append("</table>\n<h2>Evidence</h2>\n");
        evidence(b, deal);
        return Layout.page(Words.plain(deal), b.toString(), formats(deal.iri(), RdfFormat.DESCRIPTION));
    }

    private String links(List<String> iris, Map<String, String> labels) {
        return iris.isEmpty() ? null : iris.stream().map(i -> "<a href=\"" + esc(site.href(i)) + "\">"
                        + esc(labels.getOrDefault(i, i)) + "</a>")
                .collect(Collectors.joining("<br>"));
    }

    private static void row(StringBuilder b, String name, String html) {
        if (html != null && !html.isEmpty()) {
            b.append("<tr><th>").append(esc(name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()))
                    .append("</th><td>").append(html).append("</td></tr>\n");
        }
    }

    private String value(Words words, Object value) {
        return switch (value) {
            case Entity e -> words.who(e);
            case List<?> list -> list.stream().map(o -> value(words, o)).collect(Collectors.joining(", "));
            case Money m -> esc(Words.money(m));
            case BigDecimal d -> esc(d.stripTrailingZeros().toPlainString());
            case Boolean flag -> flag ? "yes" : "no";
            default -> esc(String.valueOf(value));
        };
    }

    // ------------------------------------------------------------------ article

    String article(ArticleDetails a) {
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"muted\">Article");
        if (a.published() != null) {
            b.append(" · ").append(esc(Words.date(a.published())));
        }
        if (a.publisher() != null) {
            b.append(" · <a href=\"").append(esc(site.href(a.publisher().iri()))).append("\">")
                    .append(esc(a.publisher().name())).append("</a>");
        }
        b.append(" · <code>").append(esc(a.iri())).append("</code></p>\n<h1>")
                .append(esc(a.headline() != null ? a.headline() : a.identifier())).append("</h1>\n");
        b.append("<div class=\"text\">").append(highlighted(a.text(), a.deals())).append("</div>\n");
        b.append("<h2>Facts read from this article (").append(a.deals().size()).append(")</h2>\n<ol>\n");
        Words words = new Words(site, null);
        for (Deal d : a.deals()) {
            b.append("<li id=\"").append(esc(Site.factAnchor(d.iri()))).append("\">").append(words.sentence(d))
                    .append(" <a href=\"").append(esc(site.href(d.iri()))).append("\">(").append(esc(Words.kindWords(d.kind())))
                    .append(")</a>");
            if (d.validity().status() != null) {
                b.append(" <span class=\"badge\">").append(esc(d.validity().status())).append("</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
        return Layout.page(a.headline() != null ? a.headline() : a.iri(), b.toString(), formats(a.iri(), RdfFormat.GRAPH));
    }

    /**
     * The index in a Java string (UTF-16 units) of an offset counted in Unicode code points, as evidence offsets are
     * (the Web Annotation model counts characters so); offsets outside the text are held to its bounds.
     */
    static int charIndex(String text, int codePoints) {
        if (codePoints <= 0) {
            return 0;
        }
        if (codePoints >= text.codePointCount(0, text.length())) {
            return text.length();
        }
        return text.offsetByCodePoints(0, codePoints);
    }

    /** The text with every evidence span marked and linked to its fact in the list below it. */
    static String highlighted(String text, List<Deal> deals) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            var e = deals.get(i).evidence();
            int start = charIndex(text, e.start());
            int end = Math.max(start, charIndex(text, e.end()));
            if (end > start) {
                spans.add(new int[] {start, end, i});
                cuts.add(start);
                cuts.add(end);
            }
        }
        StringBuilder out = new StringBuilder();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                List<Deal> covering = spans.stream().filter(s -> s[0] <= a && s[1] >= cut)
                        .map(s -> deals.get(s[2])).toList();
                String segment = esc(text.substring(a, cut));
                if (covering.isEmpty()) {
                    out.append(segment);
                } else {
                    out.append("<mark><a href=\"#").append(esc(Site.factAnchor(covering.getFirst().iri())))
                            .append("\" title=\"").append(esc(covering.stream().map(Words::plain)
                                    .collect(Collectors.joining("; ")))).append("\">").append(segment).append("</a></mark>");
                }
            }
            from = cut;
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ search and not found

    String search(String q, List<SearchHit> hits) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n<form action=\"/search\" method=\"get\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(esc(q)).append("\" aria-label=\"Search\"> ")
                .append("<button>Search</button></form>\n");
        if (q != null && !q.isBlank()) {
            b.append("<p>").append(hits.size()).append(hits.size() == 1 ? " match" : " matches").append(" for “")
                    .append(esc(q)).append("”.</p>\n");
            hitList(b, hits);
        }
        return Layout.page(q == null || q.isBlank() ? "Search" : "Search: " + q, b.toString());
    }

    private void hitList(StringBuilder b, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        b.append("<ul>\n");
        hits.forEach(h -> b.append("<li><a href=\"").append(esc(site.href(h.iri()))).append("\">").append(esc(h.label()))
                .append("</a> <span class=\"muted\">").append(esc(h.type())).append("</span></li>\n"));
        b.append("</ul>\n");
    }

    /** The page of an IRI the graph says nothing about, with entities whose names resemble its last segment. */
    String notFound(String iri, List<SearchHit> suggestions) {
        StringBuilder b = new StringBuilder("<h1>Not found</h1>\n<p>The graph says nothing about <code>")
                .append(esc(iri)).append("</code>.</p>\n")
                .append("<p>Entity IRIs look like <code>").append(esc(site.base())).append("id/org/openai</code>, ")
                .append("deals <code>").append(esc(site.base())).append("deal/ARTICLE/KIND-HASH</code>, ")
                .append("articles <code>").append(esc(site.base())).append("article/ID</code>. ")
                .append("Use the search box above, or ask the <a href=\"/sparql\">SPARQL console</a>.</p>\n");
        if (!suggestions.isEmpty()) {
            b.append("<h2>Perhaps you meant</h2>\n");
            hitList(b, suggestions);
        }
        return Layout.page("Not found", b.toString());
    }
}
