package org.dealgraph.extract.rules;

import org.dealgraph.fact.FactType;

import java.util.List;
import java.util.Map;

/**
 * One relation rule: when any of its patterns matches a sentence, a fact of {@code type} is drafted with the
 * captured roles.
 *
 * @param name       the rule's name, unique within its file
 * @param type       the kind of fact it states
 * @param confidence how sure a match makes the rule, from 0 to 1
 * @param patterns   the token patterns; a capture named after a field of the type fills that field, and the
 *                   capture {@code trigger} marks the word the rule hinges on (its tense and its context give the
 *                   attribute cues their window)
 * @param constants  attributes every match sets (values as written in the file, typed by the fact schema)
 * @param inherited  core roles a match may leave uncaptured: they are taken from the latest fact of the same type
 *                   in the article, else from the organisation the article is mostly about ("the round drew A, B
 *                   and C": the company raising the round was named before)
 * @param fromParagraph inherited roles taken instead from the organisation the paragraph is about so far
 *                   ("Chief executive Jane Doe said": the paragraph is about her company)
 * @param unordered  the patterns name the core parties without saying which is which ("a licence between A and
 *                   B"): their order is a guess that the article's other words may correct
 * @param origin     file and line, for messages
 */
public record Rule(String name, FactType type, double confidence, List<TokenPattern> patterns,
                   Map<String, String> constants, java.util.Set<String> inherited,
                   java.util.Set<String> fromParagraph, boolean unordered, String origin) {
    public Rule {
        patterns = List.copyOf(patterns);
        constants = Map.copyOf(constants);
        inherited = java.util.Set.copyOf(inherited);
        fromParagraph = java.util.Set.copyOf(fromParagraph);
    }
}
