package org.dealgraph.extract;

import org.dealgraph.article.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article body into sentences. Paragraphs are lines; within a line a sentence ends at
 * {@code . ! ?} (optionally followed by a closing quote or bracket) before white space and an upper-case
 * letter, digit or opening quote, unless the word before the period is a known abbreviation or an initial.
 * The trailing {@code Source:} line and everything after it are not part of the body.
 */
public final class SentenceSplitter {

    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"”’')\\]]*(\\s+)(?=[\"“‘(]?[\\p{Lu}\\d])");
    private static final Pattern SOURCE_LINE = Pattern.compile("Source:.*");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "vs", "no",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "e.g", "i.e", "gen", "gov", "sen", "rep", "est", "approx");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(Article article) {
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
                splitLine(text, pos, lineEnd, paragraph, out);
                paragraph++;
            }
            pos = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        String line = text.substring(from, to);
        int start = 0;
        Matcher m = BOUNDARY.matcher(line);
        while (m.find()) {
            if (isAbbreviation(line, m.start())) {
                continue;
            }
            add(text, from + start, from + m.start(1), paragraph, out);
            start = m.end(1);
        }
        add(text, from + start, to, paragraph, out);
    }

    private static boolean isAbbreviation(String line, int periodIndex) {
        if (line.charAt(periodIndex) != '.') {
            return false;
        }
        int w = periodIndex;
        while (w > 0 && !Character.isWhitespace(line.charAt(w - 1))) {
            w--;
        }
        String word = line.substring(w, periodIndex).replaceAll("^[\"“(]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase());
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end)));
        }
    }
}
