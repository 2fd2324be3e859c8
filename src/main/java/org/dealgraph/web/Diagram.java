package org.dealgraph.web;

import org.dealgraph.query.Deal;
import org.dealgraph.query.Entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.dealgraph.web.Layout.esc;

/**
 * A server-rendered SVG diagram of an entity's relationships: the entity in the middle, every other party of its
 * deals around it, one edge per counterpart labelled with the kinds of deal between them. Each node links to the
 * party's page.
 */
final class Diagram {
    static final int MAX_NODES = 16;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 460;

    private Diagram() {
    }

    static String svg(Site site, Entity self, List<Deal> deals) {
        Map<String, Entity> others = new LinkedHashMap<>();
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        for (Deal deal : deals) {
            for (Entity party : deal.parties()) {
                if (party.iri().equals(self.iri()) || (others.size() >= MAX_NODES && !others.containsKey(party.iri()))) {
                    continue;
                }
                others.putIfAbsent(party.iri(), party);
                kinds.computeIfAbsent(party.iri(), k -> new LinkedHashSet<>()).add(Words.kindWords(deal.kind()));
            }
        }
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        StringBuilder edges = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        List<Entity> ring = new ArrayList<>(others.values());
        for (int i = 0; i < ring.size(); i++) {
            double angle = 2 * Math.PI * i / ring.size() - Math.PI / 2;
            double x = cx + 300 * Math.cos(angle);
            double y = cy + 180 * Math.sin(angle);
            Entity other = ring.get(i);
            List<String> k = new ArrayList<>(kinds.get(other.iri()));
            String label = k.size() <= 2 ? String.join(", ", k) : k.size() + " kinds of deal";
            edges.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9aa6bf\" stroke-width=\"1.5\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#556\"><title>%s</title>%s</text>\n",
                    cx, cy, x, y, (cx + x) / 2, (cy + y) / 2 - 4, esc(String.join(", ", k)), esc(label)));
            nodes.append(node(site, other, x, y, "#e6ebf5", "#1d2a44"));
        }
        nodes.append(node(site, self, cx, cy, "#1d2a44", "#ffffff"));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" width=\"100%\" role=\"img\" aria-label=\"" + esc("Relationships of " + self.name()) + "\">\n"
                + "<title>" + esc("Relationships of " + self.name()) + "</title>\n" + edges + nodes + "</svg>";
    }

    private static String node(Site site, Entity e, double x, double y, String fill, String textColour) {
        String name = e.name().length() > 22 ? e.name().substring(0, 21) + "…" : e.name();
        double w = Math.max(60, name.length() * 7.2 + 16);
        return String.format(java.util.Locale.ROOT,
                "<a href=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"26\" rx=\"13\" fill=\"%s\""
                        + " stroke=\"#1d2a44\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%s</text></a>\n",
                esc(site.href(e.iri())), x - w / 2, y - 13, w, fill, x, y + 4, textColour, esc(name));
    }
}
