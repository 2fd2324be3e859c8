package org.dealgraph.extract;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    @Test
    void splitsSentencesAndKeepsOffsets() {
        Article a = ArticleReader.parse("t", "Head\nPublished: 2025-09-24\n\n"
                + "On Sept. 9 the company said U.S. capacity grew. It added 4.5 gigawatts.\n\n"
                + "Microsoft said the deal is \u201cdone.\u201d Dr. Smith agreed!\n\nSource: Wire\n\nFooter line.");
        List<Sentence> s = SentenceSplitter.split(a);
        assertEquals(List.of("On Sept. 9 the company said U.S. capacity grew.", "It added 4.5 gigawatts.",
                "Microsoft said the deal is \u201cdone.\u201d", "Dr. Smith agreed!"), s.stream().map(Sentence::text).toList());
        for (Sentence sentence : s) {
            assertEquals(sentence.text(), a.text().substring(sentence.start(), sentence.end()));
        }
        assertEquals(List.of(0, 0, 1, 1), s.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(0, 1, 2, 3), s.stream().map(Sentence::index).toList());
    }
}
