package org.dealgraph.nlp;

import org.dealgraph.DealgraphException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An exact lemmatizer for a known vocabulary: from every known lemma it generates the word forms English
 * spelling makes of it (third person "-s", past "-ed", "-ing", noun plurals, with the e-drop, y-to-i and
 * consonant-doubling rules) plus the irregular forms of {@code irregular-verbs.tsv}, and maps each form back to
 * its lemma. The vocabulary is the lemmas the relation rules speak of, so a rule written with {@code buy} meets
 * "buys", "bought" and "buying" without listing them. Words outside the vocabulary are left to the caller.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

    /** Classpath location of the irregular verbs. */
    public static final String IRREGULAR_RESOURCE = "/dealgraph/nlp/irregular-verbs.tsv";

    /** A word form's lemma and inflection. */
    public record Entry(String lemma, Token.Form form) {
    }

    private final Map<String, Entry> forms;
    private final Set<String> lemmas;

    private Lexicon(Map<String, Entry> forms, Set<String> lemmas) {
        this.forms = forms;
        this.lemmas = lemmas;
    }

    /** The lexicon of {@code lemmas} (lower case; multi-word lemmas are ignored) with the packaged irregular verbs. */
    public static Lexicon of(Collection<String> lemmas) {
        Map<String, String[]> irregular = readIrregular();
        Set<String> known = new LinkedHashSet<>();
        for (String l : lemmas) {
            String lemma = l.toLowerCase(Locale.ROOT).strip();
            if (!lemma.isEmpty() && lemma.indexOf(' ') < 0) {
                known.add(lemma);
            }
        }
        known.addAll(irregular.keySet());
        Map<String, Entry> forms = new HashMap<>();
        // Generated forms first, then irregular ones over them, then every lemma as its own base form over both.
        for (String lemma : known) {
            put(forms, thirdPerson(lemma), lemma, Token.Form.PRESENT_S);
            for (String past : regularPast(lemma)) {
                put(forms, past, lemma, Token.Form.PAST);
            }
            for (String ing : ingForms(lemma)) {
                put(forms, ing, lemma, Token.Form.ING);
            }
        }
        for (Map.Entry<String, String[]> e : irregular.entrySet()) {
            for (String form : e.getValue()) {
                forms.put(form, new Entry(e.getKey(), Token.Form.PAST));
            }
            if (e.getKey().equals("be")) {
                for (String f : new String[] {"is", "are", "am", "'re", "'m"}) {
                    forms.put(f, new Entry("be", Token.Form.PRESENT_S));
                }
                forms.put("being", new Entry("be", Token.Form.ING));
            }
            if (e.getKey().equals("have")) {
                forms.put("has", new Entry("have", Token.Form.PRESENT_S));
                forms.put("'ve", new Entry("have", Token.Form.BASE));
            }
        }
        for (String lemma : known) {
            forms.put(lemma, new Entry(lemma, Token.Form.BASE));
        }
        return new Lexicon(Map.copyOf(forms), Set.copyOf(known));
    }

    private static void put(Map<String, Entry> forms, String form, String lemma, Token.Form kind) {
        forms.putIfAbsent(form, new Entry(lemma, kind));
    }

    /** The lemma and inflection of a lower-case word form, or {@code null} when the lexicon does not know it. */
    public Entry lookup(String lowerForm) {
        Entry e = forms.get(lowerForm);
        if (e == null && lowerForm.indexOf('\u2019') >= 0) {
            e = forms.get(lowerForm.replace('\u2019', '\''));
        }
        return e;
    }

    /** Whether {@code lemma} is in the vocabulary. */
    public boolean knows(String lemma) {
        return lemmas.contains(lemma);
    }

    /** The number of word forms the lexicon recognises. */
    public int size() {
        return forms.size();
    }

    static String thirdPerson(String lemma) {
        if (lemma.matches(".*(?:s|x|z|ch|sh|o)")) {
            return lemma + "es";
        }
        if (lemma.matches(".*[^aeiou]y")) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        return lemma + "s";
    }

    static Set<String> regularPast(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        if (lemma.endsWith("e")) {
            out.add(lemma + "d");
        } else if (lemma.matches(".*[^aeiou]y")) {
            out.add(lemma.substring(0, lemma.length() - 1) + "ied");
        } else {
            out.add(lemma + "ed");
            if (doubles(lemma)) {
                out.add(lemma + lemma.charAt(lemma.length() - 1) + "ed");
            }
        }
        return out;
    }

    static Set<String> ingForms(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        if (lemma.endsWith("ie")) {
            out.add(lemma.substring(0, lemma.length() - 2) + "ying");
        } else if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("ye") && !lemma.endsWith("oe")) {
            out.add(lemma.substring(0, lemma.length() - 1) + "ing");
        } else {
            out.add(lemma + "ing");
            if (doubles(lemma)) {
                out.add(lemma + lemma.charAt(lemma.length() - 1) + "ing");
            }
        }
        return out;
    }

    /** Consonant-vowel-consonant endings may double their last letter ("commit" - "committed"); both spellings are kept. */
    private static boolean doubles(String lemma) {
        return lemma.matches(".*[^aeiou][aeiou][bdgklmnprt]");
    }

    private static Map<String, String[]> readIrregular() {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(IRREGULAR_RESOURCE)) {
            if (in == null) {
                throw new DealgraphException("missing resource " + IRREGULAR_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Set<String> past = new LinkedHashSet<>();
                for (int i = 1; i < cols.length; i++) {
                    for (String f : cols[i].split("\\|")) {
                        if (!f.isBlank()) {
                            past.add(f.strip());
                        }
                    }
                }
                out.put(cols[0].strip(), past.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new DealgraphException("cannot read " + IRREGULAR_RESOURCE + ": " + e.getMessage(), e);
        }
        return out;
    }
}
