package org.dealgraph.web;

import org.dealgraph.JsonWriter;
import org.dealgraph.fact.FactsJson;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.load.LoadReport;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code POST /api/articles?id=ID}: uploads one article (plain text, HTML or Markdown, as the request body or as
 * the multipart part {@code file}), loads it into its own graph in one transaction and answers with the facts
 * extracted from it. Needs the role WRITER or ADMIN (see the security configuration). An article that already
 * exists is replaced only with {@code replace=true}. Uploads of one article are serialised: while one is in
 * progress, others of the same id are refused with 409, and of two uploads of the same new article only one
 * creates it. An id may not end in a document suffix ({@code .ttl}, {@code .html}, ...): its address would name
 * a document of another article.
 */
@RestController
@Tag(name = "Articles", description = "Upload news articles; their facts are read and stored in the graph")
class ArticleUploadController {
    static final String PATH = "/api/articles";
    static final String TEXT_MARKDOWN = "text/markdown";
    /** Article identifiers: no leading dot, so never "." or "..". */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final ArticleLoader loader;
    private final GraphStore store;
    private final Iris iris;
    private final long maxSize;
    /** The graphs of the uploads in progress: one upload of an article at a time, the others are refused. */
    private final java.util.Set<String> inProgress = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ArticleUploadController(ArticleLoader loader, GraphStore store, Iris iris,
                            @Value("${dealgraph.limits.max-article-size:256KB}") DataSize maxSize) {
        this.loader = loader;
        this.store = store;
        this.iris = iris;
        this.maxSize = maxSize.toBytes();
    }

    @Operation(summary = "Upload an article as the request body and get the facts read from it",
            description = "The article as plain text, HTML or Markdown in UTF-8; it is read, its facts are extracted "
                    + "and its graph is written in one transaction.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = "string"))})
    @UploadResponses
    @ApiResponse(responseCode = "201", description = "Loaded; Location names the article's graph",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Json.UploadJson.class)))
    @PostMapping(value = PATH, consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE, TEXT_MARKDOWN},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> uploadBody(@RequestParam String id,
                                      @RequestParam(defaultValue = "false") boolean replace,
                                      HttpServletRequest request) throws IOException {
        String extension = extensionOf(MediaType.parseMediaType(request.getContentType()));
        try (InputStream in = request.getInputStream()) {
            return upload(id, replace, in, extension);
        }
    }

    @Operation(summary = "Upload an article as the multipart part 'file' and get the facts read from it",
            description = "Its format comes from the file name (.txt, .html, .htm, .md, .markdown) or else from the "
                    + "part's type (text/plain, text/html, text/markdown).")
    @UploadResponses
    @ApiResponse(responseCode = "201", description = "Loaded; Location names the article's graph",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Json.UploadJson.class)))
    @PostMapping(value = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> uploadFile(@RequestParam String id,
                                      @RequestParam(defaultValue = "false") boolean replace,
                                      @RequestParam("file") MultipartFile file) throws IOException {
        String extension = extensionOf(file);
        try (InputStream in = file.getInputStream()) {
            return upload(id, replace, in, extension);
        }
    }

    /** What an upload answers, each status with the reason it is given. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @SecurityRequirement(name = OpenApiConfiguration.BASIC)
    @ApiResponses({
            @ApiResponse(responseCode = "400", description = "A bad id (also one ending in a document suffix such as "
                    + ".ttl), an article that cannot be read (empty, no headline, impossible date, broken front "
                    + "matter, not UTF-8, binary), a missing part 'file'", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Json.ErrorJson.class))),
            @ApiResponse(responseCode = "401", description = "No credentials, or wrong ones", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Json.ErrorJson.class))),
            @ApiResponse(responseCode = "403", description = "A user without the role WRITER or ADMIN, or a request "
                    + "that carries another site's Origin", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Json.ErrorJson.class))),
            @ApiResponse(responseCode = "409", description = "The article exists (send replace=true), or another upload "
                    + "of it is in progress", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Json.ErrorJson.class))),
            @ApiResponse(responseCode = "413", description = "The article is over dealgraph.limits.max-article-size, "
                    + "the body over dealgraph.limits.max-request-body, or reading it took longer than "
                    + "dealgraph.limits.extraction-time (the body limit is answered in plain text, before the "
                    + "request reaches the service)", content = {@Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Json.ErrorJson.class)),
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))}),
            @ApiResponse(responseCode = "415", description = "Neither plain text, HTML nor Markdown", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Json.ErrorJson.class))),
            @ApiResponse(responseCode = "429", description = "Too many requests in progress from this client; retry "
                    + "after the seconds in Retry-After", content = @Content(
                    mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))),
            @ApiResponse(responseCode = "503", description = "The store could not be written (a full disk); nothing "
                    + "was stored", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Json.ErrorJson.class)))})
    @interface UploadResponses {
    }

    private ResponseEntity<String> upload(String id, boolean replace, InputStream in, String extension)
            throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new ApiErrors.BadRequest("The article id must be 1 to 128 letters, digits, '.', '_' or '-', not "
                    + "starting with '.'; got '" + Layout.esc(abbreviate(id)) + "'");
        }
        java.util.Optional<RdfFormat> suffix = RdfFormat.ofPath(id.toLowerCase(Locale.ROOT), RdfFormat.GRAPH);
        if (suffix.isPresent()) {
            throw new ApiErrors.BadRequest("The article id must not end in ." + suffix.get().suffix()
                    + ": its address /article/" + id + " would be read as the " + suffix.get().title()
                    + " document of the article '" + id.substring(0, id.length() - suffix.get().suffix().length() - 1)
                    + "'; choose another id");
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (bytes.length > maxSize) {
            // Read the rest (the request body limit bounds it) so that the client, still sending, gets this answer
            // rather than a connection closed under it.
            in.transferTo(java.io.OutputStream.nullOutputStream());
            throw new ApiErrors.TooLarge("The article is larger than the limit of " + maxSize
                    + " bytes (dealgraph.limits.max-article-size)");
        }
        String content = decode(bytes);
        Article article;
        try {
            article = ArticleReader.parse(id, content, extension);
        } catch (DealgraphException e) {
            throw new ApiErrors.BadRequest("The article cannot be read: " + e.getMessage());
        }
        String graph = iris.article(id);
        if (!inProgress.add(graph)) {
            throw new ApiErrors.Conflict("Another upload of the article " + id + " is in progress; try again once it "
                    + "has finished");
        }
        ArticleLoader.LoadedWithFacts result;
        try {
            if (replace) {
                result = loader.loadWithFacts(article);
            } else {
                result = (store.containsGraph(graph) ? java.util.Optional.<ArticleLoader.LoadedWithFacts>empty()
                        : loader.loadNewWithFacts(article))
                        .orElseThrow(() -> new ApiErrors.Conflict("The article " + id
                                + " exists already; send replace=true to replace it"));
            }
        } catch (org.dealgraph.extract.ExtractionBudgetExceeded e) {
            throw new ApiErrors.TooLarge(e.getMessage());
        } finally {
            inProgress.remove(graph);
        }
        LoadReport.Loaded loaded = result.loaded();
        Json.UploadJson answer = new Json.UploadJson(id, loaded.graph(), loaded.triples(),
                result.facts().stream().map(FactsJson::toJson).toList());
        // '<', '>' and '&' escaped: the answer can never be read as markup.
        String json = JsonWriter.writeHtmlSafe(answer);
        return ResponseEntity.created(URI.create(graph)).contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private static String decode(byte[] bytes) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiErrors.BadRequest("The article is not valid UTF-8 (" + e.getMessage()
                    + "); send it encoded as UTF-8");
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw new ApiErrors.BadRequest("The article holds binary data (control character U+"
                        + String.format("%04X", (int) c) + " at character " + i + "); send text");
            }
        }
        return content;
    }

    private static String extensionOf(MediaType type) {
        if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
            return ".html";
        }
        if (type.isCompatibleWith(MediaType.parseMediaType(TEXT_MARKDOWN))) {
            return ".md";
        }
        return ".txt";
    }

    private static String extensionOf(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        for (String extension : ArticleReader.EXTENSIONS) {
            if (name.endsWith(extension)) {
                return extension;
            }
        }
        if (file.getContentType() == null) {
            return ".txt";
        }
        MediaType type = MediaType.parseMediaType(file.getContentType());
        if (!type.isCompatibleWith(MediaType.TEXT_PLAIN) && !type.isCompatibleWith(MediaType.TEXT_HTML)
                && !type.isCompatibleWith(MediaType.parseMediaType(TEXT_MARKDOWN))) {
            throw new ApiErrors.UnsupportedType("The uploaded file is " + type + "; send text/plain, text/html or "
                    + "text/markdown (or a .txt, .html or .md file)");
        }
        return extensionOf(type);
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
