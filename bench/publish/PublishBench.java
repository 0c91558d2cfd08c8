import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Approve -> DELIVERED on every channel, through the staff API of the running local
 * platform, as staff publish: clerk1 drafts a redacted legal document and submits it,
 * head1 reviews, leader1 gives the final approval (the item is published at once). For
 * each item and channel the benchmark reads the delivery board (GET
 * /api/disclosures/{id}) until the channel reports DELIVERED, and records
 *
 * server: the channel's report time (reportedAt) minus the final APPROVE in the audit
 * trail - both stamped by the platform on this machine, no polling error; board: when the
 * board first showed DELIVERED minus when the final approval was sent - what a member of
 * staff watching the board sees (polling every 50 ms).
 *
 * A thread holds a hall screen open (the demo screen hall-1's event stream), so that the
 * screens channel has a screen to deliver to. Items are published one after another at a
 * steady pace (default one every 1.5 s), not in a burst, so that the figures are per-item
 * latency rather than queueing.
 *
 * Usage: bench/publish/run.sh [items] [seconds-between-items] Needs:
 * WEIBO_RATE_LIMIT=100000 WECHAT_RATE_LIMIT=100000 deploy/local/run.sh start --detach
 * --demo
 */
public class PublishBench {

	static final List<String> CHANNELS = List.of("portal", "weibo", "wechat", "bulletin", "screens");

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	static String disclosure;

	public static void main(String[] args) throws Exception {
		int items = (args.length > 0) ? Integer.parseInt(args[0]) : 50;
		double pace = (args.length > 1) ? Double.parseDouble(args[1]) : 1.5;
		disclosure = System.getenv().getOrDefault("DISCLOSURE_URL", "http://127.0.0.1:8081");
		String bulletin = System.getenv().getOrDefault("BULLETIN_URL", "http://127.0.0.1:8086");
		int warmup = 3;
		System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
		Thread screen = new Thread(() -> holdScreen(bulletin + "/screens/hall-1/events"), "hall-screen");
		screen.setDaemon(true);
		screen.start();
		Thread.sleep(2000);

		List<Item> published = Collections.synchronizedList(new ArrayList<>());
		Thread watcher = new Thread(() -> watch(published), "board-watcher");
		watcher.setDaemon(true);
		watcher.start();
		long started = System.nanoTime();
		for (int i = 0; i < warmup + items; i++) {
			long due = started + (long) (i * pace * 1e9);
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			Item item = publish(i, i < warmup);
			published.add(item);
		}
		Instant deadline = Instant.now().plusSeconds(90);
		while (Instant.now().isBefore(deadline) && !allDone(published)) {
			Thread.sleep(200);
		}
		System.out.printf(Locale.ROOT, "load average at end:   %s%n", loadAverage());
		report(published.stream().filter((item) -> !item.warmup).toList(), items, pace);
	}

	/** Drafts, submits, reviews and approves one item; returns it as approved. */
	static Item publish(int n, boolean warmup) throws Exception {
		String title = "张建军涉嫌盗窃案不起诉决定书（基准测试第" + (n + 1) + "号）";
		String body = "<p>被不起诉人张建军，男，公民身份号码14010519850312457X，联系电话13803512468。</p>" + "<p>经审查，张建军窃取商品价值人民币" + (500 + n)
				+ "元，已全部退赔。本院决定对张建军不起诉。</p>";
		String draft = """
				{"title":"%s","summary":"本院依法作出不起诉决定（基准测试）。","body":"%s","category":"CASE_INFO",
				 "subKind":"LEGAL_DOCUMENT","department":"公诉部","important":false,"term":"AD_HOC",
				 "visibility":"PUBLIC","persons":["张建军"]}""".formatted(title, body);
		String id = field(call("clerk1", "POST", "/api/disclosures", draft, 201), "id");
		call("clerk1", "POST", "/api/disclosures/" + id + "/submit", null, 200);
		call("head1", "POST", "/api/disclosures/" + id + "/approve", "{\"comment\":\"同意\"}", 200);
		Instant sent = Instant.now();
		String approved = call("leader1", "POST", "/api/disclosures/" + id + "/approve", "{\"comment\":\"同意发布\"}", 200);
		Instant answered = Instant.now();
		if (!"PUBLISHED".equals(field(approved, "status"))) {
			throw new IllegalStateException("item " + id + " not published at once: " + field(approved, "status"));
		}
		return new Item(id, sent, answered, warmup);
	}

	/** Reads the boards of items whose channels have not all answered, every 50 ms. */
	static void watch(List<Item> items) {
		while (true) {
			List<Item> pending;
			synchronized (items) {
				pending = items.stream().filter((item) -> !item.done()).toList();
			}
			for (Item item : pending) {
				try {
					String view = call("leader1", "GET", "/api/disclosures/" + item.id, null, 200);
					Instant seen = Instant.now();
					if (item.approvedAt == null) {
						item.approvedAt = lastApproval(view);
					}
					for (Map.Entry<String, String[]> delivery : deliveries(view).entrySet()) {
						String channel = delivery.getKey();
						String status = delivery.getValue()[0];
						if (item.status.containsKey(channel) && !"PENDING".equals(item.status.get(channel))) {
							continue;
						}
						if (!"DELIVERED".equals(status) && !"FAILED".equals(status) && !"SKIPPED".equals(status)) {
							continue;
						}
						item.status.put(channel, status);
						item.boardSeen.put(channel, seen);
						item.reportedAt.put(channel, Instant.parse(delivery.getValue()[1]));
					}
				}
				catch (Exception ex) {
					System.err.println("board of " + item.id + " not read: " + ex.getMessage());
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	static boolean allDone(List<Item> items) {
		synchronized (items) {
			return items.stream().allMatch(Item::done);
		}
	}

	static void report(List<Item> items, int count, double pace) {
		System.out.printf(Locale.ROOT, "%n%d items published through the approval chain, one every %.1f s%n", count,
				pace);
		System.out.println("approve -> DELIVERED per channel (ms)");
		System.out.printf(Locale.ROOT, "%-10s %-7s %5s %7s %7s %7s %7s   %s%n", "channel", "measure", "n", "p50", "p90",
				"p99", "max", "not delivered");
		for (String channel : CHANNELS) {
			for (String measure : List.of("server", "board")) {
				List<Long> times = new ArrayList<>();
				Map<String, Integer> other = new LinkedHashMap<>();
				for (Item item : items) {
					String status = item.status.getOrDefault(channel, "no answer");
					if (!"DELIVERED".equals(status)) {
						other.merge(status, 1, Integer::sum);
						continue;
					}
					times.add("server".equals(measure)
							? Duration.between(item.approvedAt, item.reportedAt.get(channel)).toMillis()
							: Duration.between(item.sent, item.boardSeen.get(channel)).toMillis());
				}
				Collections.sort(times);
				System.out.printf(Locale.ROOT, "%-10s %-7s %5d %7s %7s %7s %7s   %s%n", channel, measure, times.size(),
						percentile(times, 50), percentile(times, 90), percentile(times, 99),
						times.isEmpty() ? "-" : times.get(times.size() - 1), other.isEmpty() ? "" : other);
			}
		}
		List<Long> all = new ArrayList<>();
		for (Item item : items) {
			if (CHANNELS.stream().allMatch((channel) -> "DELIVERED".equals(item.status.get(channel)))) {
				all.add(CHANNELS.stream()
					.mapToLong((channel) -> Duration.between(item.approvedAt, item.reportedAt.get(channel)).toMillis())
					.max()
					.orElse(0));
			}
		}
		Collections.sort(all);
		System.out.printf(Locale.ROOT, "every channel (server, slowest channel per item): n=%d p50=%s p99=%s max=%s%n",
				all.size(), percentile(all, 50), percentile(all, 99), all.isEmpty() ? "-" : all.get(all.size() - 1));
		List<Long> approvals = items.stream()
			.map((item) -> Duration.between(item.sent, item.answered).toMillis())
			.sorted()
			.toList();
		System.out.printf(Locale.ROOT,
				"the final approval request itself (publish in its transaction): p50=%s p99=%s%n",
				percentile(approvals, 50), percentile(approvals, 99));
	}

	static String percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return "-";
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return String.valueOf(sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
	}

	/** Keeps the demo hall screen's event stream open, as a screen in the hall does. */
	static void holdScreen(String url) {
		while (true) {
			try {
				HttpResponse<InputStream> stream = HTTP.send(
						HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
						HttpResponse.BodyHandlers.ofInputStream());
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
					while (lines.readLine() != null) {
						// the screen only listens
					}
				}
			}
			catch (IOException ex) {
				System.err.println("hall screen stream: " + ex.getMessage() + "; reconnecting");
			}
			catch (InterruptedException ex) {
				return;
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	static String call(String user, String method, String path, String json, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(disclosure + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token(user))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 401) {
			TOKENS.remove(user);
			return call(user, method, path, json, expected);
		}
		if (response.statusCode() != expected) {
			throw new IllegalStateException(
					method + " " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static String token(String user) throws Exception {
		String token = TOKENS.get(user);
		if (token != null) {
			return token;
		}
		HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(disclosure + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + user + "\",\"password\":\"demo-" + user + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 200) {
			throw new IllegalStateException("login of " + user + " failed (" + login.statusCode()
					+ "): the demo staff exist only when the platform runs with --demo");
		}
		token = field(login.body(), "access_token");
		TOKENS.put(user, token);
		return token;
	}

	/** The time of the last APPROVE in the item's history. */
	static Instant lastApproval(String view) {
		Matcher step = Pattern.compile("\\{\"action\":\"APPROVE\"[^}]*?\"at\":\"([^\"]+)\"").matcher(view);
		Instant last = null;
		while (step.find()) {
			last = Instant.parse(step.group(1));
		}
		if (last == null) {
			throw new IllegalStateException("no APPROVE in the history");
		}
		return last;
	}

	/** channel -> {status, reportedAt} of the board. */
	static Map<String, String[]> deliveries(String view) {
		Map<String, String[]> board = new LinkedHashMap<>();
		int start = view.indexOf("\"deliveries\":[");
		if (start < 0) {
			return board;
		}
		Matcher row = Pattern
			.compile("\\{\"channel\":\"([a-z]+)\"[^}]*?\"status\":\"([A-Z]+)\"[^}]*?\"reportedAt\":\"([^\"]+)\"")
			.matcher(view.substring(start));
		while (row.find()) {
			board.put(row.group(1), new String[] { row.group(2), row.group(3) });
		}
		return board;
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static final class Item {

		final String id;

		final Instant sent;

		final Instant answered;

		final boolean warmup;

		volatile Instant approvedAt;

		final Map<String, String> status = new ConcurrentHashMap<>();

		final Map<String, Instant> boardSeen = new ConcurrentHashMap<>();

		final Map<String, Instant> reportedAt = new ConcurrentHashMap<>();

		Item(String id, Instant sent, Instant answered, boolean warmup) {
			this.id = id;
			this.sent = sent;
			this.answered = answered;
			this.warmup = warmup;
		}

		boolean done() {
			return CHANNELS.stream().allMatch(this.status::containsKey);
		}

	}

}
