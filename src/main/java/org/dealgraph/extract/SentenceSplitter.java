package org.dealgraph.extract;

import org.dealgraph.article.Article;
import org.dealgraph.extract.rules.RuleSet;
import org.dealgraph.nlp.LanguageAnalyzer;
import org.dealgraph.nlp.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Splits an article body into sentences and their tokens. Paragraphs are lines; within a line OpenNLP's sentence
 * detector finds the sentences, and each is tokenised, tagged and lemmatised by the {@link LanguageAnalyzer}. The
 * trailing {@code Source:} line and everything after it are not part of the body.
 */
public final class SentenceSplitter {

    private static final Pattern SOURCE_LINE = Pattern.compile("Source:.*");

    private static final class Default {
        static final SentenceSplitter INSTANCE =
                new SentenceSplitter(new LanguageAnalyzer(Lexicon.of(RuleSet.standard().lemmas()), false));
    }

    private final LanguageAnalyzer analyzer;

    public SentenceSplitter(LanguageAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** The sentences of {@code article} as the standard rules' analyzer reads them. */
    public static List<Sentence> split(Article article) {
        return Default.INSTANCE.sentences(article);
    }

    public LanguageAnalyzer analyzer() {
        return analyzer;
    }

    public List<Sentence> sentences(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int pos = article.bodyStart();
        int paragraph = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd);
            if (SOURCE_LINE.matcher(line.strip()).matches()) {
                break;
            }
            if (!line.isBlank()) {
                for (int[] span : analyzer.sentences(line)) {
                    int start = pos + span[0];
                    int end = pos + span[1];
                    String sentence = text.substring(start, end);
                    out.add(new Sentence(out.size(), paragraph, start, end, sentence, analyzer.tokens(sentence)));
                }
                paragraph++;
            }
            pos = lineEnd + 1;
        }
        return out;
    }
}
