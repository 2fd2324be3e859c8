package org.dealgraph.extract;

/**
 * Reads one family of deal facts from one sentence. Implementations are stateless; what they need to know
 * about the rest of the article is in the {@link ExtractionContext}.
 */
public interface RelationExtractor {

    void extract(SentenceView sentence, ExtractionContext context);
}
