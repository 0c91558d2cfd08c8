package cn.jianwu.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The Debian {@code chromium} run headless by its own {@code chromium-driver}, both at
 * fixed paths: nothing is downloaded (no Selenium Manager), and a machine without them
 * fails the test with the command that installs them. Each run has a fresh profile,
 * deleted at the end.
 */
final class HeadlessChromium implements AutoCloseable {

	private static final String INSTALL = "Install them with 'apt-get install -y chromium chromium-driver' "
			+ "(.ci/run does), or point the system properties jianwu.chromium and jianwu.chromedriver at them.";

	private final ChromeDriver driver;

	private final Path profile;

	private final Path screenshots;

	private final List<String> console = new ArrayList<>();

	private HeadlessChromium(ChromeDriver driver, Path profile, Path screenshots) {
		this.driver = driver;
		this.profile = profile;
		this.screenshots = screenshots;
	}

	/**
	 * Fails, saying how to install them, unless the browser and its driver are there: a
	 * test calls it before it starts anything slow.
	 */
	static void requireInstalled() {
		executable("jianwu.chromium", "/usr/bin/chromium", "Chromium");
		executable("jianwu.chromedriver", "/usr/bin/chromedriver", "ChromeDriver");
	}

	static HeadlessChromium start(Path screenshots, Path driverLog) throws IOException {
		Path browser = executable("jianwu.chromium", "/usr/bin/chromium", "Chromium");
		Path driverBinary = executable("jianwu.chromedriver", "/usr/bin/chromedriver", "ChromeDriver");
		Files.createDirectories(screenshots);
		Path profile = Files.createTempDirectory("jianwu-chromium-profile-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
			.usingAnyFreePort()
			.withLogFile(driverLog.toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--user-data-dir=" + profile, "--window-size=1280,1024", "--lang=zh-CN");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new HeadlessChromium(driver, profile, screenshots);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/** Saves what the browser shows as {@code <name>.png} (the whole page height). */
	Path screenshot(String name) throws IOException {
		Object height = this.driver.executeScript("return document.documentElement.scrollHeight");
		int pageHeight = (height instanceof Number number) ? Math.min(number.intValue(), 6000) : 1024;
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, Math.max(1024, pageHeight)));
		Path file = this.screenshots.resolve(name + ".png");
		Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
		return file;
	}

	/** Every console message so far (CSP violations and script errors show here). */
	List<String> consoleMessages() {
		this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::toString)
			.forEach(this.console::add);
		return List.copyOf(this.console);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// a temporary folder left behind
			}
		}
	}

	private static Path executable(String property, String fallback, String name) {
		Path path = Path.of(System.getProperty(property, fallback));
		if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
			throw new IllegalStateException(name + " not found at " + path + ": the browser test needs the Debian "
					+ "packages chromium and chromium-driver. " + INSTALL);
		}
		return path;
	}

}
