package org.dealgraph.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article from an HTML page: the main text is the paragraphs of the page's {@code <article>} (else
 * {@code <main>}, else the body) without navigation, headers, footers, asides, scripts and forms; the headline,
 * publication date, publisher and address come from the page's metadata (Open Graph, {@code <time>},
 * {@code <link rel="canonical">}) where it has them.
 */
final class HtmlArticles {
    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "figure, button, [aria-hidden=true], [hidden]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    private HtmlArticles() {
    }

    static Article parse(String id, String html) {
        Document page = Jsoup.parse(html);
        String headline = first(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
        String published = first(meta(page, "article:published_time"), meta(page, "datePublished"),
                meta(page, "date"), attr(page.selectFirst("time[datetime]"), "datetime"));
        String publisher = first(meta(page, "og:site_name"), meta(page, "publisher"));
        String source = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        if (source != null && !Article.WEB_ADDRESS.matcher(source).matches()) {
            source = null; // a relative or broken address in the page's metadata says nothing usable
        }

        page.select(NOISE).remove();
        Element main = page.selectFirst("article");
        if (main == null) {
            main = page.selectFirst("main, [role=main]");
        }
        if (main == null) {
            main = page.body();
        }
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = main.select(BLOCKS);
        for (Element block : blocks) {
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
                continue; // a container of other blocks: its children are taken one by one
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !text.equals(headline)) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = main.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return TextLayout.build(id, headline, published, publisher, source, paragraphs);
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return attr(e, "content");
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String value = e.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
