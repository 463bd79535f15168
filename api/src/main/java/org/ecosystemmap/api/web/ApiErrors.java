package org.ecosystemmap.api.web;

import java.util.Arrays;
import java.util.UUID;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every HTTP error of the API outside GraphQL, in one shape: an RFC 9457 problem detail
 * ({@code application/problem+json}) whose {@code detail} says what is wrong and what to change. Spring MVC's
 * own exceptions (unknown path, wrong method or media type, unreadable body ...) keep their status and get
 * that shape from {@link ResponseEntityExceptionHandler}; filters hand theirs over through {@link FilterErrors};
 * the error page answers the rest ({@link ErrorPage}). docs/security.md lists them all.
 * <p>
 * The database's time limit is the client's to work around (ask for less), as in GraphQL: 400. Only a database
 * that cannot serve at all right now (unreachable, or every connection busy) is a 503, with Retry-After. What
 * is left is a fault of the server: 500, logged with an id the answer gives, never with details.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    /** Seconds a client is asked to wait before it tries again after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        var answer = answer(HttpStatus.UNAUTHORIZED, e.getMessage());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(answer.getBody());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** A Content-Type or Accept header that is no media type: answered as problem+json whatever it asked for. */
    @ExceptionHandler(InvalidMediaTypeException.class)
    ResponseEntity<ProblemDetail> invalidMediaType(InvalidMediaTypeException e) {
        return answer(HttpStatus.BAD_REQUEST, "A Content-Type or Accept header is not a media type: " + e.getMessage());
    }

    /** Parameters the servlet container could not read: too many of them, or undecodable (%zz). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "The request's parameters cannot be read: " + e.getMessage());
    }

    /** A multipart body that cannot be read (a broken boundary, a truncated part); its size has a handler of its own. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
        return answer(HttpStatus.BAD_REQUEST,
                "The upload is not a readable multipart form: send the dataset as the form field \"file\".");
    }

    @ExceptionHandler(Neo4jException.class)
    ResponseEntity<ProblemDetail> database(Neo4jException e) {
        if (e.code() != null && e.code().contains("TransactionTimedOut")) {
            return answer(HttpStatus.BAD_REQUEST, "The request ran longer than the time limit (ecosystem.neo4j.query-timeout) and was "
                    + "stopped. Ask for less (a smaller depth or limit, fewer ids), or try again when the server is less busy.");
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException || e instanceof TransientException
                || e instanceof ClientException && e.getMessage() != null && e.getMessage().contains("acquire connection")) {
            log.warn("Graph database unavailable: {}", e.getMessage());
            var answer = answer(HttpStatus.SERVICE_UNAVAILABLE, "The graph database cannot serve this request right now; try again in a few seconds.");
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(answer.getBody());
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            return null;
        }
        var id = UUID.randomUUID().toString();
        log.error("Unexpected error {}", id, e);
        var answer = answer(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server. It is logged as " + id + "; please report that id.");
        answer.getBody().setProperty("errorId", id);
        return answer;
    }

    /**
     * Every answer of this class names its media type itself, so that it is written even when the client's
     * Accept header cannot be read or asks for something else.
     */
    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.createResponseEntity(body, problemHeaders, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = e.getPropertyName() == null ? "a parameter" : e.getPropertyName();
        var detail = name + ": \"" + e.getValue() + "\" is not a valid value";
        if ("kinds".equals(name)) {
            detail += "; the kinds are " + String.join(", ", Arrays.stream(EntityKind.values()).map(Enum::name).toList());
        }
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            // The JSON reader wraps what the size limit threw while it read.
            if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
                return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()), headers,
                        HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, "The request body is not what this address reads: "
                + "GraphQL wants a JSON object such as {\"query\": \"{ search(text: \\\"tomas\\\") { totalCount } }\"}."), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status,
                "The upload is larger than the server accepts (spring.servlet.multipart.max-file-size)."), headers, status, request);
    }
}
