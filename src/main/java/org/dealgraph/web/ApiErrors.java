package org.dealgraph.web;

import org.dealgraph.DealgraphException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Turns failures of the REST API into JSON errors with a message a user can act on. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    /** Something the request names does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** A parameter has the wrong form. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** The request body is larger than a limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** The request would overwrite something without saying so. */
    static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    /** The request body is of a media type not accepted. */
    static final class UnsupportedType extends RuntimeException {
        UnsupportedType(String message) {
            super(message);
        }
    }

    /** Parses a date parameter in the form YYYY-MM-DD. */
    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest("The parameter '" + name + "' must be a date in the form YYYY-MM-DD, e.g. 2026-05-01; got '"
                    + value + "'");
        }
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Json.ErrorJson> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Json.ErrorJson> badRequest(BadRequest e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Json.ErrorJson> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "The parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<Json.ErrorJson> tooLarge(TooLarge e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Json.ErrorJson> uploadTooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the limit ("
                + "dealgraph.limits.max-article-size): " + e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Json.ErrorJson> conflict(Conflict e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(UnsupportedType.class)
    ResponseEntity<Json.ErrorJson> unsupported(UnsupportedType e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Json.ErrorJson> unsupported(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The content type " + e.getContentType()
                + " is not accepted here; send one of " + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Json.ErrorJson> missingPart(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "The multipart part '" + e.getRequestPartName() + "' is required");
    }

    @ExceptionHandler(DealgraphException.class)
    ResponseEntity<Json.ErrorJson> failed(DealgraphException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    private static ResponseEntity<Json.ErrorJson> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .body(new Json.ErrorJson(status.value(), status.getReasonPhrase(), message));
    }
}
