package org.ecosystemmap.benchmarks.soak;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A curator's upload through {@code POST /datasets}: a CSV folder zipped and sent as a multipart form, as the explorer sends it. */
final class DatasetUploadClient {

    private DatasetUploadClient() {
    }

    /** The CSV files of a dataset folder as a zip, in memory. */
    static byte[] zip(Path folder) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes); var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Uploads the zip as dataset {@code name} with a CURATOR key; the answer as it came. */
    static HttpResponse<String> upload(URI datasets, String apiKey, String name, byte[] zip) throws IOException, InterruptedException {
        var boundary = "soak-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + ".zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(datasets).timeout(Duration.ofMinutes(10)).header("X-API-Key", apiKey)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
