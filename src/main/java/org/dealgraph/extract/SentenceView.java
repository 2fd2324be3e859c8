package org.dealgraph.extract;

import org.dealgraph.fact.EntityRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence with its mentions, and a <em>masked</em> copy of its text in which every mention is replaced by a
 * placeholder such as {@code {O3}} (organisation number 3 of this sentence). Relation rules are regular
 * expressions over the masked text, so they speak about language ("ORG invests MONEY in ORG") and never about
 * particular names. Curly quotes and apostrophes are straightened in the masked text.
 */
public final class SentenceView {

    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("['’](?![\\p{L}])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z])(\\d+)}");

    private final Sentence sentence;
    private final List<Mention> mentions;
    private final String masked;
    private final int[] maskStart;

    SentenceView(Sentence sentence, List<Mention> mentions) {
        this.sentence = sentence;
        this.mentions = List.copyOf(mentions);
        this.maskStart = new int[mentions.size()];
        String text = sentence.text();
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int cursor = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= cursor) {
                sb.append(straighten(text.substring(cursor, m.start())));
                cursor = m.end();
            }
            if ("and".equals(m.value())) {
                sb.append(" and ");
            }
            maskStart[i] = sb.length();
            sb.append('{').append(m.kind().letter()).append(i).append('}');
            if ("'s".equals(m.value())) {
                sb.append("'s");
            } else if (PLURAL_POSSESSIVE.matcher(text).region(m.end(), text.length()).lookingAt()) {
                sb.append("'s");
                cursor = m.end() + 1;
            }
        }
        sb.append(straighten(text.substring(cursor)));
        this.masked = sb.toString();
    }

    private static String straighten(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00A0', ' ');
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** The masked text that rules match against. */
    public String masked() {
        return masked;
    }

    /** The mention a placeholder such as {@code {O3}} stands for. */
    public Mention at(String placeholder) {
        Matcher m = PLACEHOLDER.matcher(placeholder);
        if (!m.find()) {
            throw new IllegalArgumentException("not a placeholder: " + placeholder);
        }
        return mentions.get(Integer.parseInt(m.group(2)));
    }

    /** The entity of a placeholder, or {@code null} when {@code placeholder} is {@code null}. */
    public EntityRef entity(String placeholder) {
        return placeholder == null ? null : at(placeholder).entity();
    }

    /** All mentions whose placeholders occur in {@code maskedPart}, in order. */
    public List<Mention> within(String maskedPart) {
        List<Mention> out = new ArrayList<>();
        if (maskedPart == null) {
            return out;
        }
        Matcher m = PLACEHOLDER.matcher(maskedPart);
        while (m.find()) {
            out.add(mentions.get(Integer.parseInt(m.group(2))));
        }
        return out;
    }

    /** Position of a mention's placeholder in the masked text. */
    public int maskedPosition(Mention mention) {
        int i = mentions.indexOf(mention);
        return i < 0 ? -1 : maskStart[i];
    }

    /** The first organisation mentioned, usually the subject of the sentence. */
    public Optional<EntityRef> firstOrganization() {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.ORG).map(Mention::entity).findFirst();
    }

    /**
     * The resolved date mention nearest to masked position {@code pos} within {@code [from, to)} of the masked
     * text, or empty.
     */
    public Optional<String> nearestDate(int pos, int from, int to) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind() != Mention.Kind.DATE || m.value() == null || maskStart[i] < from || maskStart[i] >= to) {
                continue;
            }
            int d = Math.abs(maskStart[i] - pos);
            if (d < bestDistance) {
                bestDistance = d;
                best = (String) m.value();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A part of the masked text turned back into the words of the sentence. */
    public String surface(String maskedPart) {
        if (maskedPart == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(maskedPart);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Mention mention = mentions.get(Integer.parseInt(m.group(2)));
            String words = sentence.text().substring(mention.start(), mention.end());
            m.appendReplacement(sb, Matcher.quoteReplacement(words));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\\b([Ii]ts)'s\\b", "$1").replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() {
        return masked;
    }
}
