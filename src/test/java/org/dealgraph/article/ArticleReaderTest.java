package org.dealgraph.article;

import org.dealgraph.DealgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsHeadlineDateBodyAndSource() throws IOException {
        Path file = dir.resolve("001_test-article.txt");
        Files.writeString(file, "\uFEFF\r\nBig Deal Announced\r\n\r\nPublished: 2026-04-28\r\n\r\nFirst paragraph.\r\n\r\nSource: Example News\r\n",
                StandardCharsets.UTF_8);
        Article a = ArticleReader.read(file);
        assertEquals("001_test-article", a.id());
        assertEquals("Big Deal Announced", a.headline());
        assertEquals(LocalDate.of(2026, 4, 28), a.published());
        assertEquals("Example News", a.publisher());
        assertFalse(a.text().contains("\r"), "line ends are normalised");
        assertFalse(a.text().startsWith("\uFEFF"), "the BOM is dropped");
        assertTrue(a.body().strip().startsWith("First paragraph."));
    }

    @Test
    void publishedLineIsOptional() {
        Article a = ArticleReader.parse("x", "Headline\n\nBody text here.\n");
        assertNull(a.published());
        assertTrue(a.publishedDate().isEmpty());
        assertEquals("Body text here.\n", a.body().stripLeading());
        assertEquals(a.text().indexOf("Body"), a.text().indexOf(a.body().stripLeading()));
    }

    @Test
    void oldMacLineEndsAreNormalised() {
        Article a = ArticleReader.parse("x", "Headline\rPublished: 2025-01-02\rBody.");
        assertEquals("Headline\nPublished: 2025-01-02\nBody.", a.text());
        assertEquals(LocalDate.of(2025, 1, 2), a.published());
        assertEquals("Body.", a.body());
    }

    @Test
    void rejectsImpossibleDateNamingTheFile() throws IOException {
        Path file = dir.resolve("bad-date.txt");
        Files.writeString(file, "Headline\nPublished: 2026-02-30\n\nBody.");
        DealgraphException e = assertThrows(DealgraphException.class, () -> ArticleReader.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("2026-02-30"), e.getMessage());
    }

    @Test
    void rejectsMalformedDate() {
        assertThrows(DealgraphException.class, () -> ArticleReader.parse("x", "Headline\nPublished: April 2026\n\nBody."));
    }

    @Test
    void rejectsInvalidUtf8() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[]{'H', 'i', '\n', (byte) 0xE9, 't', 'e'});
        DealgraphException e = assertThrows(DealgraphException.class, () -> ArticleReader.read(file));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void rejectsEmptyAndBlankFiles() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        assertThrows(DealgraphException.class, () -> ArticleReader.read(empty));
        assertThrows(DealgraphException.class, () -> ArticleReader.parse("x", " \n\n \n"));
    }

    @Test
    void rejectsIdsThatCannotBeUsedInIris() throws IOException {
        Path file = dir.resolve("bad name!.txt");
        Files.writeString(file, "Headline\n\nBody.");
        assertThrows(DealgraphException.class, () -> ArticleReader.read(file));
        assertThrows(DealgraphException.class, () -> ArticleReader.parse("a/b", "Headline\n\nBody."));
    }

    @Test
    void reportsMissingFile() {
        DealgraphException e = assertThrows(DealgraphException.class, () -> ArticleReader.read(dir.resolve("missing.txt")));
        assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
    }
}
