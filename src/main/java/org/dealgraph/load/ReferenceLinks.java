package org.dealgraph.load;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.DealgraphException;
import org.dealgraph.extract.Gazetteer;
import org.dealgraph.vocab.Iris;
import org.dealgraph.vocab.Prefixes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifiers of reference entities elsewhere on the web, read from {@code data/reference/links.tsv} (columns
 * {@code key wikidata website}, keyed by the entity's key in {@code entities.tsv}), and the reference graph made of
 * them: for each entity, {@code owl:sameAs} and {@code schema:sameAs} its Wikidata item
 * ({@code http://www.wikidata.org/entity/Q...}) and {@code schema:url} its website. These statements are about the
 * entity, not about what an article reports, so they live once in the store's reference graph
 * ({@link org.dealgraph.store.GraphStore#REFERENCE_GRAPH}), not in every article graph that names the entity.
 * Immutable.
 */
public final class ReferenceLinks {
    /** Where the list is on the classpath (the build copies {@code data/reference} there). */
    public static final String RESOURCE = "/dealgraph/reference/links.tsv";
    /** The namespace of Wikidata's items, as its linked-data IRIs spell it. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    /** The identifiers of one entity; {@code wikidata} (a Q-number) and {@code website} are null when not known. */
    public record Link(String key, String wikidata, String website) {
        /** The Wikidata item's IRI, or null. */
        public String wikidataIri() {
            return wikidata == null ? null : WIKIDATA + wikidata;
        }
    }

    private final Map<String, Link> byKey;

    private ReferenceLinks(Map<String, Link> byKey) {
        this.byKey = byKey;
    }

    /** The reference graph of the packaged lists ({@code links.tsv} and {@code entities.tsv}) on {@code iris}. */
    public static Model packagedGraph(Iris iris) {
        return loadResource().toModel(iris, Gazetteer.loadResource(org.dealgraph.extract.DealExtractor.REFERENCE_RESOURCE));
    }

    /** Reads the list from the classpath. */
    public static ReferenceLinks loadResource() {
        try (InputStream in = ReferenceLinks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DealgraphException("The reference links " + RESOURCE
                        + " are not on the classpath; build the project with ./mvnw so data/reference is packaged.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the reference links " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads the list from a file. */
    public static ReferenceLinks load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the reference links " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the list; {@code origin} names it in error messages. */
    public static ReferenceLinks parse(String tsv, String origin) {
        Map<String, Link> byKey = new LinkedHashMap<>();
        String[] lines = tsv.replace("\r", "").split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (n + 1);
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 3) {
                throw new DealgraphException(where + ": expected 2 or 3 tab-separated columns (key, wikidata, website)");
            }
            String key = cols[0].strip();
            String qid = blankToNull(cols[1]);
            String website = cols.length > 2 ? blankToNull(cols[2]) : null;
            if (qid != null && !QID.matcher(qid).matches()) {
                throw new DealgraphException(where + ": '" + qid + "' is not a Wikidata item (Q followed by digits)");
            }
            if (website != null && !isWebAddress(website)) {
                throw new DealgraphException(where + ": '" + website + "' is not an http or https address");
            }
            if (byKey.put(key, new Link(key, qid, website)) != null) {
                throw new DealgraphException(where + ": duplicate key '" + key + "'");
            }
        }
        return new ReferenceLinks(Map.copyOf(byKey));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isWebAddress(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The identifiers of the entity with this key. */
    public Optional<Link> of(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every entry, sorted by key. */
    public List<Link> links() {
        return byKey.values().stream().sorted(java.util.Comparator.comparing(Link::key)).toList();
    }

    /**
     * The reference graph: the links of every entry, on the entity's IRI (its kind from the reference list).
     *
     * @throws DealgraphException for a key the reference list does not have
     */
    public Model toModel(Iris iris, Gazetteer gazetteer) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.standard());
        model.setNsPrefix("wd", WIKIDATA);
        for (Link link : links()) {
            Gazetteer.Entry entry = gazetteer.byKey(link.key()).orElseThrow(() -> new DealgraphException(
                    "The reference links name '" + link.key() + "', which data/reference/entities.tsv does not list"));
            Resource entity = model.createResource(iris.entity(entry.ref(entry.name())));
            if (link.wikidata() != null) {
                Resource item = model.createResource(link.wikidataIri());
                entity.addProperty(OWL.sameAs, item).addProperty(SchemaDO.sameAs, item);
            }
            if (link.website() != null) {
                entity.addProperty(SchemaDO.url, model.createResource(link.website()));
            }
        }
        return model;
    }
}
