package org.ecosystemmap.api.importing;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ecosystemmap.api.cluster.Bookmarks;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.ask.GraphPhrases;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.DatasetUpload;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.Progress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /datasets}: a curator uploads a dataset (an .xlsx workbook, a .json document or a .zip of a CSV
 * folder) and it is imported with the same validation, all-or-nothing writing and report as on the command
 * line. A rejected dataset is answered with 422, a problem detail listing every problem located; nothing is
 * written. Uploads take turns ({@code ecosystem.importer.concurrent-uploads} at a time): one that waits longer
 * than {@code ecosystem.importer.upload-wait} for its turn is answered 429 with {@code Retry-After}, so that a
 * burst of large uploads neither fills the heap nor takes every processor from the readers.
 */
@RestController
class DatasetUploadController {

    private static final List<String> FORMATS = List.of(".xlsx", ".json", ".zip");

    private final Importer importer;
    private final EcosystemGraph graph;
    private final GraphPhrases graphPhrases;
    private final Semaphore turns;
    private final Duration wait;

    DatasetUploadController(Importer importer, EcosystemGraph graph, GraphPhrases graphPhrases, ImporterProperties properties) {
        this.importer = importer;
        this.graph = graph;
        this.graphPhrases = graphPhrases;
        this.turns = new Semaphore(properties.concurrentUploads(), true);
        this.wait = properties.uploadWait();
    }

    /** A problem as the response lists it: where, what, and the line a person reads. */
    record ProblemView(String file, String sheet, int line, int position, String column, String message, String suggestion, String text) {
        static ProblemView of(Problem problem) {
            var at = problem.location();
            return new ProblemView(at.file(), at.sheet(), at.line(), at.position(), problem.column(), problem.message(),
                    problem.suggestion(), problem.toString());
        }
    }

    @PostMapping(path = "/datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean prune,
            Principal curator) throws IOException {
        var fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (FORMATS.stream().noneMatch(fileName.toLowerCase(Locale.ROOT)::endsWith)) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Upload a dataset as an .xlsx workbook, a .json document or a .zip of a CSV folder, not \"" + fileName + "\"."));
        }
        if (!awaitTurn()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()))
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                            "Another upload is being imported; try again in " + wait.toSeconds() + " seconds."));
        }
        try (var in = file.getInputStream()) {
            var report = importer.importUpload(DatasetUpload.of(fileName, name, in),
                    new ImportOptions(dryRun, prune, Progress.NONE).by(curator.getName()));
            if (!dryRun) {
                // Its question phrases, if any, are understood by ask within moments rather than at the next refresh.
                graphPhrases.readSoon();
            }
            // Sent back with later reads, through any replica, these make them see this import.
            return ResponseEntity.ok().header(Bookmarks.HEADER, String.join(",", graph.bookmarks())).body(report);
        } catch (DatasetRejectedException e) {
            var rejected = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The dataset was rejected with "
                    + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + "; nothing was written.");
            rejected.setProperty("problems", e.problems().stream().map(ProblemView::of).toList());
            return ResponseEntity.unprocessableContent().body(rejected);
        } finally {
            turns.release();
        }
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
