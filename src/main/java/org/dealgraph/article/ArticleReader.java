package org.dealgraph.article;

import org.dealgraph.DealgraphException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads articles from files: plain text ({@code .txt}), HTML pages ({@code .html}, {@code .htm}) and Markdown
 * with YAML front matter ({@code .md}, {@code .markdown}), all UTF-8. The article's id is the file name without
 * its extension.
 *
 * <p>The plain-text format: UTF-8 text (a leading BOM is ignored, line ends are normalised to {@code \n}); the first
 * non-empty line is the headline; an optional {@code Published: YYYY-MM-DD} line may follow it (blank lines
 * allowed in between); the rest is the body. A {@code Source: NAME} line near the end names the publisher.
 */
public final class ArticleReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern PUBLISHED = Pattern.compile("Published:\\s*(\\S.*?)\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SOURCE = Pattern.compile("(?m)^Source:[ \\t]*(\\S[^\\n]*?)[ \\t]*$");

    private ArticleReader() {
    }

    /** The file name extensions of the formats read, each with its leading dot. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".md", ".markdown");

    /** Whether {@code file}'s name has the extension of a format read here. */
    public static boolean isArticleFile(Path file) {
        return extension(file).isPresent();
    }

    private static Optional<String> extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().filter(name::endsWith).findFirst();
    }

    /** Reads the article in {@code file}, in the format its extension names (plain text for any other). */
    public static Article read(Path file) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        String extension = extension(file).orElse("");
        String id = fileName.substring(0, fileName.length() - extension.length());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DealgraphException("Cannot read article " + file + ": " + e.getMessage()
                    + ". Check that the file exists and is readable.", e);
        }
        String content;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            content = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DealgraphException("Article " + file + " is not valid UTF-8 (" + e.getMessage()
                    + "). Save it as UTF-8 and try again.", e);
        }
        try {
            return switch (extension) {
                case ".html", ".htm" -> HtmlArticles.parse(checkedId(id), content);
                case ".md", ".markdown" -> MarkdownArticles.parse(checkedId(id), normalise(content));
                default -> parse(id, content);
            };
        } catch (DealgraphException e) {
            throw new DealgraphException("Article " + file + ": " + e.getMessage(), e);
        }
    }

    private static String checkedId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DealgraphException("Invalid article id '" + id
                    + "': use only letters, digits, '.', '_' and '-' in article file names.");
        }
        return id;
    }

    /**
     * Parses article {@code content} already decoded from UTF-8, in the format a file with the name extension
     * {@code extension} would have (one of {@link #EXTENSIONS}, e.g. {@code ".html"}).
     */
    public static Article parse(String id, String content, String extension) {
        String text = content == null ? "" : content;
        return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
            case ".txt" -> parse(id, text);
            case ".html", ".htm" -> HtmlArticles.parse(checkedId(id), text);
            case ".md", ".markdown" -> MarkdownArticles.parse(checkedId(id), normalise(text));
            default -> throw new DealgraphException("Unknown article format '" + extension + "'; use one of "
                    + String.join(", ", EXTENSIONS) + ".");
        };
    }

    /** Parses plain-text article {@code content} already decoded from UTF-8. */
    public static Article parse(String id, String content) {
        checkedId(id);
        String text = normalise(content == null ? "" : content);
        if (text.isBlank()) {
            throw new DealgraphException("article " + id + " is empty; an article needs a headline and a body.");
        }
        int pos = 0;
        String headline = null;
        int afterHeadline = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).strip();
            int next = Math.min(text.length(), end + 1);
            if (!line.isEmpty()) {
                headline = line;
                afterHeadline = next;
                break;
            }
            pos = next;
        }
        if (headline == null) {
            throw new DealgraphException("article " + id + " has no headline.");
        }
        LocalDate published = null;
        int bodyStart = afterHeadline;
        pos = afterHeadline;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).strip();
            int next = Math.min(text.length(), end + 1);
            if (line.isEmpty()) {
                pos = next;
                continue;
            }
            Matcher m = PUBLISHED.matcher(line);
            if (m.matches()) {
                published = parseDate(id, m.group(1));
                bodyStart = next;
            }
            break;
        }
        String publisher = null;
        Matcher source = SOURCE.matcher(text);
        while (source.find()) {
            if (source.start() >= bodyStart) {
                publisher = source.group(1);
            }
        }
        return new Article(id, headline, published, publisher, text, bodyStart);
    }

    private static LocalDate parseDate(String id, String value) {
        Matcher m = ISO_DATE.matcher(value);
        if (!m.matches()) {
            throw new DealgraphException("article " + id + " has an invalid Published date '" + value
                    + "'; write it as YYYY-MM-DD.");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new DealgraphException("article " + id + " has an invalid Published date '" + value
                    + "' (" + e.getMessage() + "); write a real calendar date as YYYY-MM-DD.", e);
        }
    }

    private static String normalise(String content) {
        String s = content;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
