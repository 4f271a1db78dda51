package id.deskpilkada.portal;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for the portal's browser tests. Chromium is installed by
 * the project's script when missing; if it still cannot start, the test fails.
 */
final class BrowserSession implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final URL base;
    private final Path screenshots;

    BrowserSession(URL base) {
        ensureChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        this.screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    void logIn(String username, String password) {
        open("/login.xhtml");
        waitFor("loginForm:username");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        // the next open() must not overtake the login's own redirect: wait for it, or for the refusal
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty());
    }

    /** Clicks and waits until the Ajax request it started, if any, has been answered and rendered. */
    void click(String id) {
        waitFor(id);
        driver.findElement(By.id(id)).click();
        waitForAjax();
    }

    /** Replaces a field's text; a field re-rendered by Ajax meanwhile is looked up again. */
    void type(String id, String text) {
        waitForAjax();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            waitFor(id);
            WebElement field = d.findElement(By.id(id));
            field.clear();
            field.sendKeys(text, Keys.TAB);
            return true;
        });
    }

    /** A PrimeFaces selectOneMenu by value, with the change event its ajax listens to. */
    void selectOneMenu(String id, String value) {
        waitFor(id);
        ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
                        + " w.input.trigger('change');", id, value);
        waitForAjax();
    }

    /** A PrimeFaces selectOneMenu by the label the user reads (values may be ids). */
    void selectOneMenuByLabel(String id, String label) {
        waitFor(id);
        ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); var label = arguments[1];"
                        + " var o = w.input.find('option').filter(function() { return $(this).text() === label; });"
                        + " w.selectValue(o.val()); w.input.trigger('change');",
                id, label);
        waitForAjax();
    }

    /** Types into the (first visible) PrimeFaces rich-text editor of the page. */
    void typeInEditor(String text) {
        clickCss(".ql-editor");
        driver.findElement(By.cssSelector(".ql-editor")).sendKeys(text);
    }

    /** Types into the rich-text editor inside the element an XPath finds, e.g. one agenda item's minutes. */
    void typeInEditorWithin(String xpath, String text) {
        By editor = By.xpath(xpath + "//div[contains(@class, 'ql-editor')]");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(editor)).click();
        driver.findElement(editor).sendKeys(text);
    }

    /** The path and query of the page shown, relative to the application (for opening it as another user). */
    String currentPath() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf(base.getPath()) + base.getPath().length() - 1);
    }

    /** Hands a file to a file input (PrimeFaces: the upload's id + "_input"), as choosing it would. */
    void upload(String inputId, Path file) {
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
    }

    /** A same-origin request with the browser's session: "status body". */
    String fetch(String method, String path, String jsonBody) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var x = new XMLHttpRequest(); x.open(arguments[0], arguments[1], false);"
                        + " x.setRequestHeader('Content-Type', 'application/json'); x.send(arguments[2]);"
                        + " return x.status + ' ' + x.responseText;",
                method, base.getPath().replaceAll("/$", "") + path, jsonBody);
    }

    /** A same-origin GET of JSON with the browser's session, parsed (objects arrive as maps, arrays as lists). */
    Object fetchJson(String path) {
        String response = fetch("GET", path, null);
        if (!response.startsWith("200 ")) {
            throw new AssertionError("GET " + path + " answered " + response);
        }
        return new org.openqa.selenium.json.Json().toType(response.substring(4), Object.class);
    }

    /** A same-origin GET of a binary document (a PDF) with the browser's session. */
    byte[] fetchBytes(String path) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                        + " .then(b => { var s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                        + " done(btoa(s)); }, e => done('failed ' + e));",
                base.getPath().replaceAll("/$", "") + path);
        if (String.valueOf(base64).startsWith("failed")) {
            throw new AssertionError("GET " + path + ": " + base64);
        }
        return java.util.Base64.getDecoder().decode((String) base64);
    }

    /**
     * The id of the element matched by an XPath, e.g. the decision field of the agenda item about one shipment, whose
     * generated id holds the item's row number.
     */
    String idOf(String xpath) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath)));
        return driver.findElement(By.xpath(xpath)).getAttribute("id");
    }

    /** Clicks the button (id ending in {@code buttonId}) of the table row that shows this text. */
    void clickInRow(String rowText, String buttonId) {
        click(idOf("//tr[td[contains(normalize-space(.), '" + rowText + "')]]//*[self::button or self::a]"
                + "[substring(@id, string-length(@id) - " + (buttonId.length() - 1) + ") = '" + buttonId + "']"));
    }

    /** Opens the page again and again until it shows the text, e.g. a figure that an event is still bringing. */
    void reopenUntilShown(String path, String text, Duration timeout) {
        reopenUntil(path, () -> pageText().contains(text), "the text \"" + text + "\"", timeout);
    }

    /** Opens the page again and again until the XPath finds an element on it. */
    void reopenUntilPresent(String path, String xpath, Duration timeout) {
        reopenUntil(path, () -> isPresent(xpath), xpath, timeout);
    }

    /** Brings the element matched by an XPath into view (for a screenshot of what lies below the fold). */
    void scrollTo(String xpath) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});"
                + " window.scrollBy(0, -70);", driver.findElement(By.xpath(xpath)));
    }

    String textOfXPath(String xpath) {
        return driver.findElement(By.xpath(xpath)).getText();
    }

    boolean isPresent(String xpath) {
        return !driver.findElements(By.xpath(xpath)).isEmpty();
    }

    private void reopenUntil(String path, java.util.function.BooleanSupplier shown, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        open(path);
        while (!shown.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " never showed " + what + " within " + timeout + " (screenshot "
                        + screenshotQuietly("timeout-" + System.currentTimeMillis()) + "):\n" + pageText());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            open(path);
        }
    }

    /** Clicks the visible button or link showing exactly this text (e.g. "Ya" of a confirm dialog). */
    void clickText(String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)='" + text + "'] | //a[normalize-space(.)='" + text + "']"))).click();
    }

    void waitForAjax() {
        new WebDriverWait(driver, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /**
     * Chooses a date and time in a PrimeFaces date picker through its widget, as picking it in the pop-up
     * calendar would (typing makes the pop-up take the keys meant for the next fields).
     */
    void pickDateTime(String id, java.time.LocalDateTime value) {
        waitFor(id + "_input");
        ((JavascriptExecutor) driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + " w.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3], arguments[4], arguments[5]));"
                        + " w.hide && w.hide();",
                id, value.getYear(), value.getMonthValue(), value.getDayOfMonth(), value.getHour(), value.getMinute());
    }

    /** Types without leaving the field, e.g. into an autocomplete whose suggestions must stay open. */
    void typeKeys(String id, String text) {
        waitFor(id);
        driver.findElement(By.id(id)).sendKeys(text);
    }

    /** Clicks the first matching element once it can be clicked, e.g. an autocomplete suggestion or a label. */
    void clickCss(String cssSelector) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)))
                .click();
    }

    String textOf(String id) {
        waitFor(id);
        return driver.findElement(By.id(id)).getText();
    }

    /**
     * The element's text as a supplier, for polls in test classes that also run in the container: a lambda there
     * must not capture a BrowserSession, whose Selenium types the server does not have.
     */
    java.util.function.Supplier<String> textContentOf(String id) {
        return () -> textContent(id);
    }

    /** An element's text as it is now, shown or hidden (e.g. a counter that is hidden at zero); "" when absent. */
    String textContent(String id) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : '';", id);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    /** Waits until the page shows the text; a page re-rendered by ajax meanwhile is simply read again. */
    void waitForText(String text) {
        try {
            new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError("The page never showed \"" + text + "\"; it shows (screenshot "
                    + screenshotQuietly("timeout-" + System.currentTimeMillis()) + "):\n" + pageText(), notShown);
        }
    }

    private Path screenshotQuietly(String name) {
        try {
            return screenshot(name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void waitFor(String id) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static void ensureChromium() {
        if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
            return;
        }
        try {
            Process install = new ProcessBuilder("bash", "../scripts/ensure-chromium.sh").inheritIO().start();
            if (install.waitFor() != 0) {
                throw new IllegalStateException("scripts/ensure-chromium.sh failed; the browser tests need Chromium");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot install Chromium for the browser tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
