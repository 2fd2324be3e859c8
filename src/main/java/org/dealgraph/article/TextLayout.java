package org.dealgraph.article;

import org.dealgraph.DealgraphException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out an article read from a marked-up format as the plain text every other part of the project reads:
 * the headline on the first line, then one paragraph a line, separated by blank lines. Offsets of evidence are
 * offsets into that text.
 */
final class TextLayout {
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

    private TextLayout() {
    }

    static Article build(String id, String headline, String published, String publisher, String source,
                         List<String> paragraphs) {
        if (headline == null || headline.isBlank()) {
            throw new DealgraphException("article " + id + " has no headline (no title in its metadata and no heading).");
        }
        if (paragraphs.isEmpty()) {
            throw new DealgraphException("article " + id + " has no body text.");
        }
        StringBuilder text = new StringBuilder(oneLine(headline)).append('\n');
        int bodyStart = text.length();
        for (String p : paragraphs) {
            text.append('\n').append(oneLine(p)).append('\n');
        }
        return new Article(id, oneLine(headline), date(id, published), publisher, source, text.toString(), bodyStart);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static LocalDate date(String id, String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE_PREFIX.matcher(value.strip());
        if (!m.matches()) {
            throw new DealgraphException("article " + id + " has a publication date '" + value
                    + "' that is not an ISO date; write it as YYYY-MM-DD.");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new DealgraphException("article " + id + " has an impossible publication date '" + value + "'.", e);
        }
    }
}
