package org.dealgraph.web;

import org.springframework.web.util.HtmlUtils;

import java.util.Map;

/**
 * The frame of every HTML page: a header with the search box and the main links, the page's body, and links to the
 * page's data in other formats. Every text that comes from the graph or the request goes through {@link #esc}.
 */
public final class Layout {
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#fbfbfd}
            header{background:#1d2a44;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center;flex-wrap:wrap}
            header a{color:#fff;text-decoration:none}header .brand{font-weight:700;font-size:1.2em}
            header form{margin-left:auto}header input{padding:.3em .5em;width:16em;border-radius:4px;border:0}
            main{max-width:60em;margin:0 auto;padding:1em 1.2em 3em}
            a{color:#1f5fbf}h1{margin:.3em 0}.muted{color:#667}
            .formats a{margin-right:.6em;font-size:.9em}
            blockquote{margin:.3em 0 .6em 1em;padding-left:.8em;border-left:3px solid #ccd;color:#445}
            .deal{margin:.6em 0 1em}.badge{font-size:.75em;padding:.05em .5em;border-radius:1em;background:#e6ebf5;color:#335}
            .superseded{opacity:.8}mark{background:#fff1a8}mark a{color:inherit;text-decoration:none}
            .text{white-space:pre-wrap;background:#fff;border:1px solid #e2e4ea;padding:1em;border-radius:6px}
            table.terms td,table.terms th{text-align:left;padding:.2em .8em .2em 0;vertical-align:top}
            ol.timeline{list-style:none;padding-left:0;border-left:3px solid #1d2a44;margin-left:.5em}
            ol.timeline li{padding:.2em 0 .4em 1em;position:relative}
            ol.timeline li:before{content:"";position:absolute;left:-.5em;top:.7em;width:.6em;height:.6em;border-radius:50%;background:#1d2a44}
            svg text{font:12px system-ui,sans-serif}
            dl.term dt{font-weight:600;margin-top:.8em}dl.term dd{margin-left:1em}
            code{overflow-wrap:anywhere}.description{font-size:1.05em;margin:.2em 0 .4em}.elsewhere{margin:.2em 0 1em}
            .diagram{overflow-x:auto}.diagram svg{min-width:700px;display:block}
            @media (max-width:600px){
            header{padding:.5em .8em;gap:.3em 1em}header form{margin-left:0;flex-basis:100%}
            header input{width:100%;box-sizing:border-box}
            main{padding:.8em .8em 2em}h1{font-size:1.5em;overflow-wrap:anywhere}
            table.terms th,table.terms td{display:block;padding:0}table.terms th{margin-top:.5em}
            .text{padding:.6em}blockquote{margin-left:.3em}
            }
            """;

    private Layout() {
    }

    /** Escapes a text for HTML and XML (element content and quoted attribute values); null gives "". */
    public static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * A whole page.
     *
     * @param title      the page title (plain text, escaped here)
     * @param body       the body (HTML, already escaped)
     * @param alternates other forms of the page's data: link text to href (escaped here)
     */
    public static String page(String title, String body, Map<String, String> alternates) {
        return page(title, body, alternates, null);
    }

    /**
     * A whole page served elsewhere than the web server (on the SPARQL endpoint's port): its links are relative to
     * {@code base}, the web server's root, e.g. {@code http://localhost:8080/}.
     */
    public static String page(String title, String body, Map<String, String> alternates, String base) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        if (base != null) {
            html.append("<base href=\"").append(esc(base)).append("\">");
        }
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                // No icon: without this line browsers ask for /favicon.ico, a 404 on every first visit.
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("<title>").append(esc(title)).append(" · Dealgraph</title>");
        alternates.forEach((name, href) -> {
            RdfFormat format = RdfFormat.ofSuffix(href.substring(href.lastIndexOf('.') + 1)).orElse(null);
            if (format != null && format != RdfFormat.HTML) {
                html.append("<link rel=\"alternate\" type=\"").append(esc(format.mediaType().toString()))
                        .append("\" href=\"").append(esc(href)).append("\">");
            }
        });
        html.append("<style>").append(STYLE).append("</style></head><body>\n")
                .append("<header><a class=\"brand\" href=\"/\">Dealgraph</a>")
                .append("<a href=\"/ontology\">Ontology</a><a href=\"/sparql\">SPARQL</a>")
                .append("<a href=\"/swagger-ui.html\">REST API</a><a href=\"/.well-known/void\">VoID</a>")
                .append("<form action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"Search companies, people, products\"")
                .append(" aria-label=\"Search\"></form></header>\n<main>\n")
                .append(body);
        if (!alternates.isEmpty()) {
            html.append("\n<p class=\"formats muted\">This page as data: ");
            alternates.forEach((name, href) -> html.append("<a href=\"").append(esc(href)).append("\">")
                    .append(esc(name)).append("</a>"));
            html.append("</p>");
        }
        html.append("\n</main></body></html>\n");
        return html.toString();
    }

    /** A whole page without data links. */
    public static String page(String title, String body) {
        return page(title, body, Map.of());
    }
}
