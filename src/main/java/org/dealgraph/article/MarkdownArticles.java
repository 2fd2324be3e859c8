package org.dealgraph.article;

import org.dealgraph.DealgraphException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article from Markdown with an optional YAML front matter block ({@code ---} lines around it) giving
 * {@code title}, {@code date}, {@code publisher} and {@code source} (or {@code url}). Without a title the first
 * heading is the headline. Markup is removed: the text keeps the words a reader sees.
 */
final class MarkdownArticles {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(?:\\n|\\z)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST_OR_QUOTE = Pattern.compile("^(?:>\\s?|[-*+]\\s+|\\d+[.)]\\s+)+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");

    private MarkdownArticles() {
    }

    static Article parse(String id, String content) {
        String text = content;
        Map<?, ?> front = Map.of();
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            front = frontMatter(id, fm.group(1));
            text = text.substring(fm.end());
        } else if (OPENING.matcher(text).find()) {
            throw new DealgraphException("article " + id + ": the front matter that opens with the line '---' is "
                    + "not closed by another line '---'; close it, or remove the first line");
        }
        String headline = string(front, "title", "headline");
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (line.isEmpty() || RULE.matcher(line).matches() || heading.matches()) {
                flush(paragraph, paragraphs);
                if (heading.matches()) {
                    String title = inline(heading.group(1));
                    if (headline == null) {
                        headline = title;
                    } else if (!title.equals(headline)) {
                        paragraphs.add(title);
                    }
                }
                continue;
            }
            if (LIST_OR_QUOTE.matcher(line).find() && paragraph.length() > 0) {
                flush(paragraph, paragraphs); // each list item stands alone
            }
            String words = inline(LIST_OR_QUOTE.matcher(line).replaceFirst(""));
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(words);
        }
        flush(paragraph, paragraphs);
        if (headline == null && !paragraphs.isEmpty()) {
            headline = paragraphs.remove(0);
        }
        return TextLayout.build(id, headline, string(front, "date", "published"), string(front, "publisher", "site"),
                string(front, "source", "url", "canonical"), paragraphs);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        String p = paragraph.toString().strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        paragraph.setLength(0);
    }

    private static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return s.strip();
    }

    private static Map<?, ?> frontMatter(String id, String yaml) {
        try {
            Object data = new Yaml(new TimestampsAsText()).load(yaml);
            if (data == null) {
                return Map.of();
            }
            if (!(data instanceof Map<?, ?> map)) {
                throw new DealgraphException("article " + id + ": the front matter must be YAML key: value pairs");
            }
            return map;
        } catch (YAMLException e) {
            throw new DealgraphException("article " + id + ": the YAML front matter is malformed: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Safe YAML that leaves dates as written: YAML would turn {@code 2026-02-30} into the 2nd of March, and the
     * article reader checks dates itself.
     */
    private static final class TimestampsAsText extends SafeConstructor {
        TimestampsAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    /** The first of {@code keys} that the front matter gives, as text. */
    private static String string(Map<?, ?> front, String... keys) {
        for (String key : keys) {
            Object value = front.get(key);
            if (value != null && !value.toString().isBlank()) {
                return value.toString().strip();
            }
        }
        return null;
    }
}
