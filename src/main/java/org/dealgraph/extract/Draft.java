package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fact being built: mutable until the extractor turns it into a {@link Fact}. */
public final class Draft {

    private final FactType type;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final SentenceView sentence;
    private double confidence;
    /** The text names the parties without saying which is which ("a licence between A and B"). */
    private boolean unordered;

    Draft(FactType type, SentenceView sentence, double confidence) {
        this.type = type;
        this.sentence = sentence;
        this.confidence = confidence;
    }

    public FactType type() {
        return type;
    }

    public SentenceView sentence() {
        return sentence;
    }

    public double confidence() {
        return confidence;
    }

    void confidence(double value) {
        confidence = value;
    }

    public Map<String, Object> values() {
        return values;
    }

    public Object get(String field) {
        return values.get(field);
    }

    public EntityRef party(String role) {
        return (EntityRef) values.get(role);
    }

    /** Sets a field unless {@code value} is {@code null}. */
    /** Marks the order of the core parties as a guess: the text does not say which is which. */
    public Draft unordered(boolean value) {
        unordered = value;
        return this;
    }

    public boolean unordered() {
        return unordered;
    }

    public Draft set(String field, Object value) {
        if (value != null) {
            values.put(field, value);
        }
        return this;
    }

    /** Sets a field only when it has no value yet. */
    public Draft setIfAbsent(String field, Object value) {
        if (value != null) {
            values.putIfAbsent(field, value);
        }
        return this;
    }

    /** The core parties in the order of the type's core fields (null where a field is not set yet). */
    List<EntityRef> parties() {
        List<EntityRef> out = new java.util.ArrayList<>(type.core().size());
        for (String role : type.core()) {
            out.add(party(role));
        }
        return out;
    }

    /**
     * Whether this fact's core parties are {@code parties} (in the order of the type's core fields; for a symmetric
     * type of two parties, in either order).
     */
    boolean hasParties(List<EntityRef> parties) {
        List<String> core = type.core();
        boolean same = true;
        for (int i = 0; i < core.size(); i++) {
            same &= Rules.same(party(core.get(i)), parties.get(i));
        }
        if (!same && type.symmetric() && core.size() == 2) {
            same = Rules.same(party(core.get(0)), parties.get(1)) && Rules.same(party(core.get(1)), parties.get(0));
        }
        return same;
    }

    public boolean involves(EntityRef entity) {
        for (String role : type.core()) {
            EntityRef r = party(role);
            if (r != null && r.key().equals(entity.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every core field holds an entity of a kind that can play it (a party is an organisation or a person;
     * only an availability's product and platform are products and platforms) and the core parties are distinct.
     */
    boolean complete() {
        String first = null;
        for (String role : type.core()) {
            if (!(values.get(role) instanceof EntityRef r)) {
                return false;
            }
            boolean thing = r.kind() == EntityKind.PRODUCT || r.kind() == EntityKind.PLATFORM;
            if (thing && type != FactType.AVAILABILITY) {
                return false;
            }
            if (first != null && first.equals(r.key())) {
                return false;
            }
            first = r.key();
        }
        if (values.get("product") instanceof EntityRef product && !type.core().contains("product")) {
            // What a deal is about is not one of its parties ("picked AWS to run its services" hosts no product AWS).
            for (String role : type.core()) {
                if (values.get(role) instanceof EntityRef r && r.key().equals(product.key())) {
                    return false;
                }
            }
        }
        return true;
    }

    Fact toFact() {
        return new Fact(type, values, sentence.sentence().evidence(), Math.max(0, Math.min(1, confidence)));
    }
}
