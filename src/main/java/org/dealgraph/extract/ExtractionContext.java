package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import org.dealgraph.article.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Predicate;

/**
 * What the relation extractors know while they read one article: its sentences with their mentions, the
 * reference list and the facts drafted so far. One context serves one call of {@link DealExtractor#extract}.
 */
public final class ExtractionContext {

    private final Article article;
    private final List<SentenceView> sentences;
    private final Gazetteer gazetteer;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> orgCounts = new HashMap<>();
    private final Map<String, EntityRef> orgs = new HashMap<>();

    private final Map<String, EntityRef> owners;

    ExtractionContext(Article article, List<SentenceView> sentences, Gazetteer gazetteer, Map<String, EntityRef> owners) {
        this.article = article;
        this.owners = owners;
        this.sentences = sentences;
        this.gazetteer = gazetteer;
        for (SentenceView s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.kind() == Mention.Kind.ORG) {
                    orgCounts.merge(m.entity().key(), 1, Integer::sum);
                    orgs.putIfAbsent(m.entity().key(), m.entity());
                }
            }
        }
    }

    public Article article() {
        return article;
    }

    public List<SentenceView> sentences() {
        return sentences;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Starts a new fact read from {@code sentence}. */
    public Draft add(FactType type, SentenceView sentence, double confidence) {
        Draft d = new Draft(type, sentence, confidence);
        drafts.add(d);
        return d;
    }

    public List<Draft> drafts() {
        return drafts;
    }

    /** The latest fact of {@code type} that satisfies {@code test}. */
    public Optional<Draft> last(FactType type, Predicate<Draft> test) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.type() == type && test.test(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The facts of {@code type} read from {@code sentence}. */
    public List<Draft> inSentence(SentenceView sentence, FactType type) {
        return drafts.stream().filter(d -> d.sentence() == sentence && d.type() == type).toList();
    }

    /**
     * The date the narrative is at when {@code sentence} has none of its own: the last resolved date in the
     * earlier sentences of the same paragraph.
     */
    public Optional<String> narrativeDate(SentenceView sentence) {
        int index = sentence.sentence().index();
        int paragraph = sentence.sentence().paragraph();
        for (int i = index - 1; i >= 0; i--) {
            SentenceView prev = sentences.get(i);
            if (prev.sentence().paragraph() != paragraph) {
                break;
            }
            String date = null;
            for (Mention m : prev.mentions()) {
                if (m.kind() == Mention.Kind.DATE && m.value() != null && !isEndOfTerm(prev, m)) {
                    date = (String) m.value();
                }
            }
            if (date != null) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * True when a date inside a clause closes a term ("paying a share through 2030", "exclusive until 2032"): it
     * says when something ends, not when the story happens, so later sentences do not take it as their date.
     * A fronted one ("Until January, ...") sets the story's time, and later sentences ("then ...") go on from it.
     */
    private static boolean isEndOfTerm(SentenceView sentence, Mention date) {
        String before = sentence.sentence().text().substring(0, date.start()).strip().toLowerCase(Locale.ROOT);
        return END_OF_TERM.matcher(before).find() && !FRONTED_END_OF_TERM.matcher(before).matches();
    }

    private static final String TERM_END = "(?:through|thru|until|till|by|to|before|ending in)";
    private static final Pattern END_OF_TERM = Pattern.compile("\\b" + TERM_END + "$");
    private static final Pattern FRONTED_END_OF_TERM = Pattern.compile(TERM_END);

    /**
     * The day of publication, when the article gives its date: the date of what a news story reports unless it says
     * otherwise (a date compared at a coarser precision, such as a month, still agrees with it).
     */
    public Optional<String> publishedDay() {
        return article.publishedDate().map(Object::toString);
    }

    /**
     * The organisation that runs a platform (Azure is Microsoft's), or the entity itself when it is not a
     * platform; a platform the article names without an operator stands for its own operator.
     */
    public EntityRef provider(EntityRef entity) {
        if (entity.kind() == EntityKind.PLATFORM) {
            EntityRef local = owners.get(entity.key());
            if (local != null) {
                return local;
            }
            return gazetteer.byKey(entity.key()).isPresent() ? gazetteer.parent(entity).orElse(null)
                    : entity.asKind(EntityKind.ORGANIZATION);
        }
        return entity;
    }

    /** The owner of a product, as the article or the reference list tells it. */
    public Optional<EntityRef> owner(EntityRef product) {
        EntityRef local = owners.get(product.key());
        return local != null ? Optional.of(local) : gazetteer.parent(product);
    }

    /** A product named by its owner and a common noun: "OpenAI's models" becomes the product "OpenAI models". */
    public EntityRef ownedProduct(EntityRef owner, String noun) {
        String name = owner.name() + " " + noun.strip();
        return new EntityRef(Gazetteer.slug(name), name, owner.surface() + "'s " + noun.strip(), EntityKind.PRODUCT);
    }

    private static final Pattern POSSESSOR_BEFORE = Rx.compile("(?<o>@ORG)'s (?:[a-z-]+ ){0,3}$");
    private static final Pattern POSSESSOR_AFTER = Rx.compile("^,? (?:the |an? )?(?:[a-z-]+ ){0,3}?(?<o>@ORG)'s\\b");

    /**
     * The organisation the article names as the possessor of {@code entity} anywhere: "X's P", "X's new model
     * P" or "P, X's flagship model".
     */
    public Optional<EntityRef> possessor(EntityRef entity) {
        for (SentenceView s : sentences) {
            String masked = s.masked();
            for (Mention m : s.mentions()) {
                if (m.entity() == null || !m.entity().key().equals(entity.key())) {
                    continue;
                }
                int at = s.maskedPosition(m);
                Matcher before = POSSESSOR_BEFORE.matcher(masked.substring(Math.max(0, at - 60), at));
                Matcher after = POSSESSOR_AFTER.matcher(masked.substring(masked.indexOf('}', at) + 1));
                String o = before.find() ? before.group("o") : after.find() ? after.group("o") : null;
                if (o != null && !s.entity(o).key().equals(entity.key())) {
                    return Optional.of(s.entity(o));
                }
            }
        }
        return Optional.empty();
    }

    /** The organisation the article mentions most often, other than any of {@code except}. */
    public Optional<EntityRef> mostMentionedOrganization(EntityRef... except) {
        return orgCounts.entrySet().stream()
                .filter(e -> {
                    for (EntityRef x : except) {
                        if (x != null && e.getKey().equals(x.key())) {
                            return false;
                        }
                    }
                    return true;
                })
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(e -> orgs.get(e.getKey()));
    }

    /**
     * The organisation the paragraph of {@code sentence} is about so far: the first one the sentence names before
     * the offset {@code before}, else the one mentioned most often in the paragraph up to
     * and including that sentence, the first mentioned on a tie, other than {@code except} ("Chief executive Jane
     * Doe" in a paragraph about Globex).
     */
    public Optional<EntityRef> paragraphTopic(SentenceView sentence, int before, EntityRef... except) {
        for (Mention m : sentence.mentions()) {
            // The sentence's own subject comes first: "Globex bought chips from Initech, chief executive Jane Doe said".
            if (m.kind() == Mention.Kind.ORG && m.end() <= before && java.util.Arrays.stream(except)
                    .noneMatch(x -> x != null && x.key().equals(m.entity().key()))) {
                return Optional.of(m.entity());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        Map<String, EntityRef> refs = new HashMap<>();
        int order = 0;
        for (SentenceView s : sentences) {
            if (s.sentence().paragraph() != sentence.sentence().paragraph()
                    || s.sentence().index() > sentence.sentence().index()) {
                continue;
            }
            for (Mention m : s.mentions()) {
                if (m.kind() != Mention.Kind.ORG || java.util.Arrays.stream(except)
                        .anyMatch(x -> x != null && x.key().equals(m.entity().key()))) {
                    continue;
                }
                counts.merge(m.entity().key(), 1, Integer::sum);
                last.putIfAbsent(m.entity().key(), -order++);
                refs.putIfAbsent(m.entity().key(), m.entity());
            }
        }
        return counts.keySet().stream()
                .max(java.util.Comparator.<String, Integer>comparing(counts::get).thenComparing(last::get))
                .map(refs::get);
    }

    /** The organisation the article mentions most often, other than {@code except}. */
    public Optional<EntityRef> mostMentionedOrganization(EntityRef except) {
        return orgCounts.entrySet().stream()
                .filter(e -> except == null || !e.getKey().equals(except.key()))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(e -> orgs.get(e.getKey()));
    }
}
