package cn.jianwu.portal.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jianwu.portal.console.booking.StubBookingService;
import cn.jianwu.portal.console.cases.StubCaseQueryService;
import cn.jianwu.portal.console.reports.StubReportService;
import cn.jianwu.portal.hall.StubHallService;
import cn.jianwu.portal.publication.StubPublicRecord;
import org.jsoup.Jsoup;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console (and the public site's pages) against stubbed services, one Spring context
 * for every test class that extends it: disclosure-service
 * ({@link StubDisclosureService}, the sign-in, and its public reading API
 * {@link #PUBLIC_RECORD}) and hall-service, whose one address serves the appointments and
 * activities ({@link StubBookingService}) and passes the rest on to the messages and
 * calls ({@link StubHallService}). The stubs live as long as the JVM, since the context
 * they feed is cached beyond any one class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class StubbedConsole {

	static final StubDisclosureService DISCLOSURE = start();

	/** disclosure-service's public reading API, as the site's pages read it. */
	protected static final StubPublicRecord PUBLIC_RECORD = StubDisclosureService.PUBLIC_RECORD;

	static final StubHallService HALL = new StubHallService(StubDisclosureService.TOKEN);

	protected static final StubBookingService BOOKING = new StubBookingService(StubDisclosureService.TOKEN, HALL.url());

	protected static final StubReportService REPORTS = new StubReportService();

	/** case-query-service's staff API (the lock-out alerts). */
	protected static final StubCaseQueryService CASE_QUERY = new StubCaseQueryService();

	/** What every staff call to the stubs must carry. */
	protected static final String BEARER = "Bearer " + StubDisclosureService.TOKEN;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			BOOKING.close();
			REPORTS.close();
			CASE_QUERY.close();
			HALL.close();
			DISCLOSURE.close();
		}));
	}

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("jianwu.portal.disclosure-url", DISCLOSURE::url);
		registry.add("jianwu.portal.hall-url", BOOKING::url);
		String down = "http://127.0.0.1:9";
		registry.add("jianwu.portal.search-url", () -> down);
		registry.add("jianwu.portal.case-query-url", CASE_QUERY::url);
		registry.add("jianwu.console.bulletin-url", () -> down);
		registry.add("jianwu.console.report-url", REPORTS::url);
	}

	@LocalServerPort
	int consolePort;

	private final HttpClient staffBrowser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	/**
	 * Signs in with a demo account of the disclosure stub ({@code clerk1},
	 * {@code office1}).
	 */
	protected void signInAs(String username) {
		String csrf = Jsoup.parse(page("/console/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> signedIn = submit("/console/login",
				Map.of("username", username, "password", "demo-" + username, "_csrf", csrf));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/console");
	}

	protected HttpResponse<String> page(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.consolePort + path))
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	protected HttpResponse<byte[]> file(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.consolePort + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	protected HttpResponse<String> submit(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.consolePort + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.staffBrowser.send(request, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static StubDisclosureService start() {
		try {
			return new StubDisclosureService();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
