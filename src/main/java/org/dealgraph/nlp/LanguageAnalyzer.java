package org.dealgraph.nlp;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.dealgraph.DealgraphException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The linguistic backbone: sentences, tokens, part-of-speech tags and lemmas, from Apache OpenNLP with its English
 * Universal Dependencies models (packaged as Maven artifacts, read from the classpath; nothing is downloaded).
 *
 * <p>Lemmas of the words the rules speak of come from the {@link Lexicon}, which is exact ("investing" is
 * "invest", "bought" is "buy"); other words get the statistical lemmatizer's lemma, or their lower-case form when
 * that model is switched off. The models are loaded once per process and shared; the OpenNLP taggers, which are
 * not thread-safe, are kept one per thread, so one analyzer serves any number of threads.
 */
public final class LanguageAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** Clitics the tokenizer leaves on their word: possessive and contracted forms. */
    private static final Pattern CLITIC = Pattern.compile("(?i)^(.+?)(['\u2019](?:s|re|ve|ll|d|m)|n['\u2019]t)$");
    /** A plural possessive apostrophe left on its word ("companies'"). */
    private static final Pattern TRAILING_APOSTROPHE = Pattern.compile("^(.+?[sS])(['\u2019])$");

    /** The models, loaded once per process on first use. */
    private static final class Models {
        static final long LOAD_NANOS;
        static final SentenceModel SENTENCES;
        static final TokenizerModel TOKENS;
        static final POSModel POS;
        static final LemmatizerModel LEMMAS;

        static {
            long t0 = System.nanoTime();
            SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
            TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
            POSModel beam = load(POS_MODEL, POSModel::new);
            // The tagger searches one sequence instead of the model's default beam of three: on the project's
            // real-news articles both give the same tags for every token (19,374 of 19,374), in about half the time.
            POS = new POSModel(beam.getLanguage(), (opennlp.tools.ml.model.MaxentModel) beam.getArtifact("pos.model"), 1,
                    null, beam.getFactory());
            LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
            LOAD_NANOS = System.nanoTime() - t0;
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = LanguageAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DealgraphException("the language model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new DealgraphException("cannot read the language model " + resource + ": " + e.getMessage(), e);
        }
    }

    private static final class Taggers {
        final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
        final TokenizerME tokens = new TokenizerME(Models.TOKENS);
        final POSTaggerME pos = new POSTaggerME(Models.POS);
        final LemmatizerME lemmas = new LemmatizerME(Models.LEMMAS);
    }

    private final ThreadLocal<Taggers> taggers = ThreadLocal.withInitial(Taggers::new);
    private final Lexicon lexicon;
    private final boolean statisticalLemmas;

    /**
     * @param lexicon           the exact lemmas of the rules' vocabulary
     * @param statisticalLemmas whether words outside the lexicon get the statistical lemmatizer's lemma (else their
     *                          lower-case form: faster, and the rules never ask for them)
     */
    public LanguageAnalyzer(Lexicon lexicon, boolean statisticalLemmas) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.statisticalLemmas = statisticalLemmas;
    }

    /** Loads the models now, if no analyzer has, and returns how long loading them took, in milliseconds. */
    public static double modelLoadMillis() {
        return Models.LOAD_NANOS / 1e6;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** A title or a person's middle initial, after which the sentence detector may break wrongly: "Dr.", "Stephen G.". */
    private static final Pattern TITLE_OR_INITIAL_END =
            Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|St|v|vs)|\\b\\p{Lu}\\p{Ll}+ \\p{Lu})\\.$");
    /** A number cut at its decimal point or separator: "$1." before "5 billion". */
    private static final Pattern NUMBER_END = Pattern.compile("\\d[.,]\\d*$");

    /**
     * The sentence spans of {@code text} (offsets into it), trimmed of surrounding white space. A break is undone
     * when the next part starts in lower case ("Globex Corp. | agreed", "$1.5 | billion"), after a title ("Dr.")
     * or inside a number.
     */
    public List<int[]> sentences(String text) {
        Span[] detected = taggers.get().sentences.sentPosDetect(text);
        List<Span> spans = new ArrayList<>(detected.length);
        for (Span s : detected) {
            if (!spans.isEmpty()) {
                Span prev = spans.get(spans.size() - 1);
                String before = text.substring(prev.getStart(), prev.getEnd()).strip();
                String after = text.substring(s.getStart(), s.getEnd()).strip();
                if (!after.isEmpty() && (Character.isLowerCase(after.codePointAt(0))
                        || TITLE_OR_INITIAL_END.matcher(before).find()
                        || NUMBER_END.matcher(before).find() && Character.isDigit(after.codePointAt(0)))) {
                    spans.set(spans.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            spans.add(s);
        }
        List<int[]> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.getStart();
            int end = s.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    /** The tokens of one sentence, tagged and lemmatised; offsets are into {@code sentence}. */
    public List<Token> tokens(String sentence) {
        Taggers t = taggers.get();
        List<int[]> spans = new ArrayList<>();
        for (Span s : t.tokens.tokenizePos(sentence)) {
            split(sentence, s.getStart(), s.getEnd(), spans);
        }
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        String[] tags = t.pos.tag(words);
        String[] statistical = null;
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (lower.equals("'s") || lower.equals("'")) {
                // The possessive marker, or "is" contracted ("it's"): the tagger tells them apart.
                boolean verb = lower.equals("'s") && (tags[i].equals("AUX") || tags[i].equals("VERB"));
                out.add(new Token(i, words[i], spans.get(i)[0], spans.get(i)[1], tags[i], verb ? "be" : "'s", Token.Form.BASE));
                continue;
            }
            Lexicon.Entry entry = lexicon.lookup(lower);
            String lemma;
            Token.Form form;
            if (entry != null) {
                lemma = entry.lemma();
                form = entry.form() == Token.Form.PRESENT_S && tags[i].equals("NOUN") ? Token.Form.PLURAL : entry.form();
            } else {
                if (statisticalLemmas && statistical == null) {
                    statistical = t.lemmas.lemmatize(words, tags);
                }
                lemma = statistical != null && !statistical[i].equals("O") ? statistical[i].toLowerCase(Locale.ROOT) : lower;
                form = Token.Form.BASE;
            }
            out.add(new Token(i, words[i], spans.get(i)[0], spans.get(i)[1], tags[i], lemma, form));
        }
        return out;
    }

    private static void split(String sentence, int start, int end, List<int[]> out) {
        String word = sentence.substring(start, end);
        Matcher m = CLITIC.matcher(word);
        if (m.matches() && m.group(1).chars().anyMatch(Character::isLetterOrDigit)) {
            int cut = start + m.end(1);
            out.add(new int[] {start, cut});
            out.add(new int[] {cut, end});
            return;
        }
        Matcher a = TRAILING_APOSTROPHE.matcher(word);
        if (a.matches()) {
            int cut = start + a.end(1);
            out.add(new int[] {start, cut});
            out.add(new int[] {cut, end});
            return;
        }
        out.add(new int[] {start, end});
    }
}
