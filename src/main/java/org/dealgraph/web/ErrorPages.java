package org.dealgraph.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import java.util.List;

/**
 * Every error the web server answers that no controller answered itself (a path nothing serves, a trailing slash,
 * a missing credential, a parameter of the wrong type, a type the client cannot accept, a failure): for the API
 * ({@code /api/...}) and for clients that prefer JSON, the documented {@code {status, error, message}}; for
 * browsers and everyone else, a page in the site's frame saying what went wrong and where to go. It takes the place
 * of the framework's own error page.
 */
@RestController
class ErrorPages implements ErrorController {
    private static final MediaType JSON = MediaType.APPLICATION_JSON;

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<?> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        String message = message(request, status, path);
        HttpHeaders headers = new HttpHeaders();
        if (wantsJson(path, request.getHeader(HttpHeaders.ACCEPT))) {
            headers.setContentType(JSON);
            return new ResponseEntity<>(new Json.ErrorJson(status.value(), status.getReasonPhrase(), message), headers,
                    status);
        }
        return LinkedDataController.html(status, headers, page(status, message, path));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** What went wrong, in words for the person or program that asked. */
    private String message(HttpServletRequest request, HttpStatus status, String path) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (status == HttpStatus.NOT_FOUND) {
            return "Nothing is at " + path + (path.length() > 1 && path.endsWith("/")
                    ? "; addresses here do not end with a slash: try " + path.replaceAll("/+$", "") + "." : ".")
                    + " The home page, / , lists the articles; /search?q=TEXT finds companies, people and products.";
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            return "This needs a user name and password (HTTP Basic); reading needs neither.";
        }
        if (status == HttpStatus.FORBIDDEN) {
            return "The user may not do this: it needs another role.";
        }
        if (status.is5xxServerError()) {
            // The cause is logged; its details are not for the client.
            return "The server could not answer " + path + ". Try again later.";
        }
        if (error instanceof ErrorResponse response && response.getBody().getDetail() != null) {
            return response.getBody().getDetail();
        }
        Object servletMessage = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (servletMessage instanceof String text && !text.isBlank()) {
            return text;
        }
        return status.getReasonPhrase() + ": " + path + ".";
    }

    /**
     * Whether the answer is JSON: always for the API and the machine documents, else when the client prefers
     * JSON to HTML, or accepts neither.
     */
    static boolean wantsJson(String path, String accept) {
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs")
                || path.startsWith("/actuator")) {
            return true;
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = Negotiation.quality(MediaType.TEXT_HTML, ranges);
        double json = Negotiation.quality(JSON, ranges);
        return json > html || html == 0;
    }

    private static String page(HttpStatus status, String message, String path) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(status.value()).append(' ').append(Layout.esc(status.getReasonPhrase())).append("</h1>\n")
                .append("<p>").append(Layout.esc(message)).append("</p>\n");
        if (status == HttpStatus.NOT_FOUND && path.length() > 1 && path.endsWith("/")) {
            String without = path.replaceAll("/+$", "");
            if (!without.isEmpty()) {
                b.append("<p>Did you mean <a href=\"").append(Layout.esc(without)).append("\">")
                        .append(Layout.esc(without)).append("</a>?</p>\n");
            }
        }
        b.append("<p><a href=\"/\">The home page</a> lists the articles; the search box above finds companies, "
                + "people, products and platforms.</p>\n");
        return Layout.page(status.value() + " " + status.getReasonPhrase(), b.toString());
    }
}
