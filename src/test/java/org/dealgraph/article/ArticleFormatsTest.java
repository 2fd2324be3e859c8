package org.dealgraph.article;

import org.dealgraph.DealgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFormatsTest {
    static final Path HTML = Path.of("src/test/resources/articles/quorvia-page.html");
    static final Path MARKDOWN = Path.of("src/test/resources/articles/quorvia-note.md");

    @Test
    void anHtmlPageGivesItsMainTextAndMetadata() {
        Article article = ArticleReader.read(HTML);
        assertEquals("quorvia-page", article.id());
        assertEquals("Helix Dynamics Invests $2 Billion in Quorvia", article.headline());
        assertEquals(LocalDate.of(2026, 5, 4), article.published());
        assertEquals("The Test Courier", article.publisher());
        assertEquals("https://news.example.org/2026/05/helix-quorvia", article.source());
        assertEquals("Helix Dynamics said on Monday that it will invest $2 billion in Quorvia, the Oslo-based startup.\n\n"
                + "After the deal, Helix Dynamics will own about 20 percent of Quorvia.\n", article.body().strip() + "\n");
        for (String noise : new String[] {"Home", "newsletter", "tracking", "Related", "caption", "Copyright"}) {
            assertFalse(article.text().contains(noise), noise + " is not article text");
        }
    }

    @Test
    void markdownWithFrontMatterGivesTheSameArticle() {
        Article markdown = ArticleReader.read(MARKDOWN);
        Article html = ArticleReader.read(HTML);
        assertEquals(html.headline(), markdown.headline());
        assertEquals(html.published(), markdown.published());
        assertEquals(html.publisher(), markdown.publisher());
        assertEquals(html.source(), markdown.source());
        assertTrue(markdown.body().contains("will invest $2 billion in Quorvia, the Oslo-based startup."), markdown.body());
        assertTrue(markdown.body().contains("will own about 20 percent of Quorvia."), markdown.body());
        assertTrue(markdown.body().contains("\nQuorvia named Helix Dynamics as its primary cloud provider.\n"), markdown.body());
        assertFalse(markdown.text().contains("**") || markdown.text().contains("](") || markdown.text().contains("---"));
    }

    @Test
    void markdownWithoutFrontMatterTakesItsFirstHeading(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("plain.md"), "# A Headline\n\nSome _body_ text.\n");
        Article article = ArticleReader.read(file);
        assertEquals("A Headline", article.headline());
        assertEquals("Some body text.", article.body().strip());
    }

    @Test
    void brokenMetadataIsAClearError(@TempDir Path folder) throws Exception {
        Path badYaml = Files.writeString(folder.resolve("bad.md"), "---\ntitle: [unclosed\n---\n# H\n\nBody.\n");
        DealgraphException yaml = assertThrows(DealgraphException.class, () -> ArticleReader.read(badYaml));
        assertTrue(yaml.getMessage().contains("front matter"), yaml.getMessage());

        Path badDate = Files.writeString(folder.resolve("date.md"), "---\ntitle: T\ndate: 2026-02-30\n---\nBody.\n");
        assertThrows(DealgraphException.class, () -> ArticleReader.read(badDate));

        Path empty = Files.writeString(folder.resolve("empty.html"), "<html><body><nav>Menu</nav></body></html>");
        DealgraphException html = assertThrows(DealgraphException.class, () -> ArticleReader.read(empty));
        assertTrue(html.getMessage().contains("empty.html"), html.getMessage());
    }

    @Test
    void metadataFromOutsideReplacesTheFilesOwn() {
        Article article = ArticleReader.read(HTML).with(
                new ArticleMetadata(null, LocalDate.of(2026, 6, 1), "Another Paper", null));
        assertEquals(LocalDate.of(2026, 6, 1), article.published());
        assertEquals("Another Paper", article.publisher());
        assertEquals("Helix Dynamics Invests $2 Billion in Quorvia", article.headline());
        assertThrows(DealgraphException.class,
                () -> article.with(new ArticleMetadata(null, null, null, "javascript:alert(1)")));
    }

    @Test
    void theFormatsReadAreRecognisedByExtension() {
        assertTrue(ArticleReader.isArticleFile(Path.of("a.txt")));
        assertTrue(ArticleReader.isArticleFile(Path.of("a.HTML")));
        assertTrue(ArticleReader.isArticleFile(Path.of("a.md")));
        assertFalse(ArticleReader.isArticleFile(Path.of("a.jsonl")));
    }
}
