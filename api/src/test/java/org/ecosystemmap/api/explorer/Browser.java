package org.ecosystemmap.api.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, at /usr/bin/chromium, driven through /usr/bin/chromedriver: nothing
 * is downloaded), downloading into a folder of its own and keeping its console log. It prefers the languages
 * it is given, as a reader's browser does (navigator.languages, Accept-Language).
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path downloads;
    private final WebDriverWait wait;

    Browser(int width, int height) {
        this(width, height, "en-US,en");
    }

    /** {@code languages} as Accept-Language lists them, e.g. {@code nl-NL,nl}. */
    Browser(int width, int height, String languages) {
        try {
            downloads = Files.createTempDirectory("explorer-downloads");
            var profile = Files.createTempDirectory("explorer-profile");
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
                    "--lang=" + languages.split(",")[0], "--accept-lang=" + languages);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "intl.accept_languages", languages));
            var logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    /** Empties the downloads folder, so that the next file in it is the next download. */
    void clearDownloads() {
        try (var old = Files.list(downloads)) {
            for (var file : old.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first downloaded file whose name ends so, once it has arrived (Chromium names it so only when complete). */
    Path awaitDownload(String extension) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("no " + extension + " file was downloaded").until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void awaitText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The page's own {@code lang}, which the explorer sets to the language it shows. */
    String pageLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    void awaitTrue(String script) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return " + script)));
    }

    /** Console messages at error level, apart from none; a page that works logs none. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
