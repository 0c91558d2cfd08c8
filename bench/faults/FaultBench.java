import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.testsupport.hostile.HostileCorpus;
import cn.jianwu.testsupport.hostile.RawHttp;

/**
 * Fault scenarios against the running local platform, with the platform's own processes:
 * the broker stopped during approvals, Weibo answering after the adapter's read timeout,
 * channel-weibo killed mid-call, the hostile corpus against the gateway, Elasticsearch
 * stopped, Redis paused, the search index drifted. Each scenario publishes (or queries)
 * through the gateway as staff and the public do, breaks something, mends it, waits for
 * the outcome with a deadline and gives one row of the table:
 *
 * accepted items whose final approval answered PUBLISHED weibo ... portal items delivered
 * on that channel: the staff board says DELIVERED and the far end has it (the Weibo
 * simulator received a post with the item's link, the WeChat simulator a draft with it,
 * the public search API lists it; the bulletin has no far end outside the platform: the
 * board only) dup posts or drafts beyond the first per item, counted in the simulators'
 * request journals missing (item, channel) pairs not delivered when the deadline passed
 * 5xx answers with a 5xx status (or no answer) to the scenario's requests max ms / >1s
 * the slowest request and how many took over a second recover from the repair (broker or
 * service back, stub removed) to the outcome
 *
 * Started by bench/faults/run.sh, which starts the platform (or uses a running one) and
 * puts test-support's hostile corpus on the class path. See bench/faults/README.md.
 */
public class FaultBench {

	static final List<String> CHANNELS = List.of("weibo", "wechat", "bulletin", "portal");

	static final List<String> ALL = List.of("hostile", "broker", "weibo-timeouts", "weibo-kill", "redis-pause",
			"es-down", "index-drift");

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(3))
		.build();

	static Options options;

	public static void main(String[] args) throws Exception {
		options = Options.parse(args);
		say("fault bench: %s; %d items, outage %d s; gateway %s; data %s", String.join(", ", options.scenarios),
				options.items, options.outage, options.gateway, options.data);
		Platform platform = new Platform(options);
		platform.check();
		Staff staff = new Staff(options.gateway);
		Journal journal = new Journal(options.weibo, options.wechat);
		journal.start();
		List<Row> rows = new ArrayList<>();
		Scenarios scenarios = new Scenarios(platform, staff, journal);
		for (String scenario : options.scenarios) {
			say("=== %s", scenario);
			Row row;
			try {
				row = scenarios.run(scenario);
			}
			catch (Exception ex) {
				ex.printStackTrace();
				row = new Row(scenario);
				row.missed("the scenario failed: " + ex);
			}
			rows.add(row);
			say("%s: %s", scenario, row.verdict());
		}
		journal.stop();
		System.out.println();
		System.out.println(Row.table(rows, options));
		boolean allMet = rows.stream().allMatch((row) -> row.misses.isEmpty());
		System.exit(allMet ? 0 : 1);
	}

	static void say(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[%s] %s%n", Instant.now().toString().substring(11, 19),
				String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(Math.max(0, duration.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

	// ------------------------------------------------------------------ options

	static final class Options {

		List<String> scenarios = ALL;

		int items = 100;

		int outage = 60;

		int slowItems = 5;

		int killItems = 5;

		int pause = 20;

		int esDown = 20;

		int driftDocs = 10;

		int deadline = 300;

		String gateway = "http://127.0.0.1:8080";

		String weibo = "http://127.0.0.1:8091";

		String wechat = "http://127.0.0.1:8092";

		String elasticsearch = "http://127.0.0.1:9200";

		Path data;

		Path repo;

		static Options parse(String[] args) {
			Options options = new Options();
			for (int i = 0; i < args.length; i++) {
				String value = (i + 1 < args.length) ? args[i + 1] : null;
				switch (args[i]) {
					case "--scenarios" -> options.scenarios = scenarios(value);
					case "--items" -> options.items = Integer.parseInt(value);
					case "--outage" -> options.outage = Integer.parseInt(value);
					case "--slow-items" -> options.slowItems = Integer.parseInt(value);
					case "--kill-items" -> options.killItems = Integer.parseInt(value);
					case "--pause" -> options.pause = Integer.parseInt(value);
					case "--es-down" -> options.esDown = Integer.parseInt(value);
					case "--drift-docs" -> options.driftDocs = Integer.parseInt(value);
					case "--deadline" -> options.deadline = Integer.parseInt(value);
					case "--gateway" -> options.gateway = value;
					case "--data" -> options.data = Path.of(value);
					case "--repo" -> options.repo = Path.of(value);
					default -> throw new IllegalArgumentException("unknown option " + args[i]
							+ " (--scenarios a,b --items N --outage S --slow-items N --kill-items N --pause S"
							+ " --es-down S --drift-docs N --deadline S --gateway URL --data DIR --repo DIR)");
				}
				i++;
			}
			if (options.data == null || options.repo == null) {
				throw new IllegalArgumentException("--data and --repo are required (bench/faults/run.sh sets them)");
			}
			return options;
		}

		static List<String> scenarios(String list) {
			List<String> chosen = new ArrayList<>();
			for (String name : list.split(",")) {
				if (!ALL.contains(name.strip())) {
					throw new IllegalArgumentException("unknown scenario " + name + "; one of " + ALL);
				}
				chosen.add(name.strip());
			}
			// always in the documented order: index-drift last, since it restarts
			// search-service
			return ALL.stream().filter(chosen::contains).toList();
		}

	}

	// ------------------------------------------------------------------ scenarios

	static final class Scenarios {

		final Platform platform;

		final Staff staff;

		final Journal journal;

		/**
		 * Items published by earlier scenarios and delivered to the portal: for
		 * index-drift.
		 */
		final List<String> indexed = new ArrayList<>();

		Scenarios(Platform platform, Staff staff, Journal journal) {
			this.platform = platform;
			this.staff = staff;
			this.journal = journal;
		}

		Row run(String scenario) throws Exception {
			return switch (scenario) {
				case "hostile" -> hostile();
				case "broker" -> broker();
				case "weibo-timeouts" -> weiboTimeouts();
				case "weibo-kill" -> weiboKill();
				case "redis-pause" -> redisPause();
				case "es-down" -> elasticsearchDown();
				case "index-drift" -> indexDrift();
				default -> throw new IllegalArgumentException(scenario);
			};
		}

		/** Kafka stopped; the whole approval chain of N items runs during the outage. */
		Row broker() throws Exception {
			Row row = new Row("broker down " + options.outage + " s, " + options.items + " items");
			Stats stats = new Stats();
			this.staff.login("clerk1", "head1", "leader1");
			this.platform.stop("kafka");
			Instant down = Instant.now();
			say("Kafka is down; publishing %d items over the next %d s", options.items, options.outage);
			List<Item> items = publishPaced("broker", options.items, down, Duration.ofSeconds(options.outage * 3 / 4),
					stats);
			Duration left = Duration.between(Instant.now(), down.plusSeconds(options.outage));
			say("%d/%d accepted while Kafka was down; the outage ends in %.0f s", accepted(items), items.size(),
					left.toMillis() / 1000.0);
			sleep(left);
			Platform.Restart restart = this.platform.restart("kafka");
			row.note("Kafka down for %.0f s; run.sh restart kafka took %.1f s", seconds(down, restart.done()),
					restart.seconds());
			Deliveries deliveries = awaitDeliveries(items, restart.done());
			row.fill(items, stats, deliveries, this.journal);
			row.recover = deliveries.recoverText(restart.done());
			row.expectAccepted(items.size());
			row.expectFast(1000);
			row.expectNo5xx();
			row.expectDeliveredEverywhere();
			remember(items, deliveries);
			return row;
		}

		/** Weibo answers after the adapter's read timeout (and posts all the same). */
		Row weiboTimeouts() throws Exception {
			Row row = new Row("Weibo answers after 8 s, " + options.slowItems + " items");
			Stats stats = new Stats();
			Simulator weibo = new Simulator(options.weibo);
			List<String> stubs = weibo.slowShares(8000);
			Instant slow = Instant.now();
			List<Item> items;
			try {
				items = publishPaced("weibo-timeouts", options.slowItems, slow, Duration.ofSeconds(options.slowItems),
						stats);
				say("waiting until Weibo has been called for each item (every call answers after 8 s) ...");
				awaitPosted(items, Duration.ofSeconds(Math.max(120, options.slowItems * 15L)));
			}
			finally {
				weibo.remove(stubs);
			}
			Instant fast = Instant.now();
			row.note("slow Weibo for %.0f s; %s", seconds(slow, fast), weibo.timelineNote());
			Deliveries deliveries = awaitDeliveries(items, fast);
			row.fill(items, stats, deliveries, this.journal);
			row.recover = deliveries.recoverText(fast);
			row.expectAccepted(items.size());
			row.expectNo5xx();
			row.expectDeliveredEverywhere();
			row.expectRecoveredWithin(deliveries, fast, 30);
			remember(items, deliveries);
			return row;
		}

		/** kill -9 of channel-weibo while a post is in flight, then run.sh restart. */
		Row weiboKill() throws Exception {
			Row row = new Row("kill -9 channel-weibo mid-call, " + options.killItems + " items");
			Stats stats = new Stats();
			Simulator weibo = new Simulator(options.weibo);
			List<String> stubs = weibo.slowShares(8000);
			List<Item> items;
			Instant killed;
			try {
				items = publishPaced("weibo-kill", options.killItems, Instant.now(), Duration.ofSeconds(2), stats);
				say("waiting for a Weibo call in flight ...");
				Instant deadline = Instant.now().plusSeconds(60);
				while (items.stream().noneMatch((item) -> this.journal.weiboPosts(item.id) > 0)) {
					if (Instant.now().isAfter(deadline)) {
						throw new IllegalStateException("channel-weibo never called Weibo within 60 s");
					}
					sleep(Duration.ofMillis(200));
				}
				// the simulator answers after 8 s: the call is in flight
				sleep(Duration.ofSeconds(2));
				killed = this.platform.kill9("channel-weibo");
			}
			finally {
				weibo.remove(stubs);
			}
			// what the killed instance had not delivered: only those show that deliveries
			// resumed
			Deliveries atKill = new Deliveries(items);
			atKill.read(this.staff);
			Set<String> pending = new LinkedHashSet<>();
			for (Item item : items) {
				if (item.accepted && !Deliveries.delivered(atKill.boards.getOrDefault(item.id, Map.of()), "weibo")) {
					pending.add(item.id);
				}
			}
			Instant restarting = Instant.now();
			Platform.Restart restart = this.platform.restart("channel-weibo");
			row.note("killed at %s with %d of %d items not yet on Weibo; run.sh restart channel-weibo took %.1f s; %s",
					killed.toString().substring(11, 19), pending.size(), items.size(), restart.seconds(),
					weibo.timelineNote());
			Deliveries deliveries = awaitDeliveries(items, restart.done());
			row.fill(items, stats, deliveries, this.journal);
			Optional<Instant> resumed = deliveries.firstReport("weibo", restarting, pending);
			row.recover = resumed
				.map((at) -> String.format(Locale.ROOT, "resumed %.1f s, %s", seconds(restarting, at),
						deliveries.recoverText(restarting)))
				.orElse("not resumed");
			row.expectAccepted(items.size());
			row.expectNo5xx();
			row.expectDeliveredEverywhere();
			if (!pending.isEmpty() && (resumed.isEmpty() || seconds(restarting, resumed.get()) > 30)) {
				row.missed("Weibo deliveries did not resume within 30 s of the restart");
			}
			remember(items, deliveries);
			return row;
		}

		/**
		 * The hostile corpus against the gateway: public endpoints, the case query, staff
		 * endpoints.
		 */
		Row hostile() {
			Row row = new Row("hostile corpus via gateway");
			Stats stats = new Stats();
			int port = URI.create(options.gateway).getPort();
			String token = this.staff.token("clerk1");
			Hostile probe = new Hostile(port, stats);
			probe.get("/api/search", null, "q", "page");
			probe.get("/api/search/suggest", null, "q");
			probe.get("/api/public/items", null, "q", "page");
			probe.get("/api/hotline/entry", null, "round");
			probe.post("/api/cases/query", null, "queryCode", "idLast4", "channel");
			probe.get("/api/disclosures/{id}", token);
			probe.post("/api/disclosures", token, "title", "summary", "body", "category", "subKind", "department",
					"important", "term", "visibility", "persons");
			probe.post("/api/disclosures/{id}/approve", token, "comment");
			row.fill(List.of(), stats, null, this.journal);
			row.note("%d requests: %s; %d error answers that are not Problem Details, %d quoting the input",
					stats.requests.get(), stats.statusSummary(), probe.notProblem, probe.echoed);
			probe.findings.stream().limit(10).forEach((finding) -> row.note("  %s", finding));
			row.expectNo5xx();
			return row;
		}

		/**
		 * Redis (the launcher's own) stopped with SIGSTOP while the public case query is
		 * asked.
		 */
		Row redisPause() {
			Row row = new Row("Redis paused " + options.pause + " s");
			Stats stats = new Stats();
			Optional<Long> pid = this.platform.ownedPid("redis");
			if (pid.isEmpty()) {
				row.note("skipped: the launcher reuses a Redis it did not start (run.sh sets JIANWU_REDIS_PORT for"
						+ " its own); pausing someone else's server is not this bench's business");
				return row;
			}
			CaseQuery query = new CaseQuery(options.gateway, stats);
			int before = query.ask();
			if (before != 200) {
				row.note("before the pause the demo case query answered %d (needs --demo and raised throttles)",
						before);
			}
			Stats during = new Stats();
			CaseQuery paused = new CaseQuery(options.gateway, during);
			Platform.signal(pid.get(), "STOP");
			Instant stopped = Instant.now();
			int ok = 0;
			int asked = 0;
			try {
				while (Instant.now().isBefore(stopped.plusSeconds(options.pause))) {
					Instant next = Instant.now().plusSeconds(1);
					asked++;
					if (paused.ask() == 200) {
						ok++;
					}
					sleep(Duration.between(Instant.now(), next));
				}
			}
			finally {
				Platform.signal(pid.get(), "CONT");
			}
			Instant resumed = Instant.now();
			int after = query.ask();
			row.fill(List.of(), during, null, this.journal);
			row.accepted = ok + "/" + asked;
			row.note("case query while Redis was stopped: %d of %d answered 200 (%s); after SIGCONT: %d", ok, asked,
					during.statusSummary(), after);
			row.recover = "-";
			if (ok < asked) {
				row.missed("the case query did not answer every time while Redis was paused");
			}
			row.expectNo5xx();
			if (after != 200) {
				row.missed("the case query answered " + after + " after Redis came back");
			}
			stats.merge(during);
			return row;
		}

		/**
		 * Elasticsearch stopped: search answers 503 Problem Details; restarted: search
		 * works.
		 */
		Row elasticsearchDown() {
			Row row = new Row("Elasticsearch down " + options.esDown + " s");
			Stats stats = new Stats();
			this.platform.stop("elasticsearch");
			Instant down = Instant.now();
			int problems = 0;
			int asked = 0;
			while (Instant.now().isBefore(down.plusSeconds(options.esDown))) {
				Instant next = Instant.now().plusSeconds(1);
				Answer answer = Answer.get(options.gateway + "/api/search?q=" + urlEncode("不起诉"), null, stats);
				asked++;
				if (answer.status == 503 && answer.contentType.startsWith("application/problem+json")) {
					problems++;
				}
				sleep(Duration.between(Instant.now(), next));
			}
			Platform.Restart restart = this.platform.restart("elasticsearch");
			Instant searchBack = null;
			Instant deadline = Instant.now().plusSeconds(120);
			while (Instant.now().isBefore(deadline)) {
				if (Answer.get(options.gateway + "/api/search?q=" + urlEncode("不起诉"), null, null).status == 200) {
					searchBack = Instant.now();
					break;
				}
				sleep(Duration.ofMillis(500));
			}
			row.fill(List.of(), stats, null, this.journal);
			row.accepted = problems + "/" + asked + " 503";
			row.note("search while Elasticsearch was down: %s (%d of %d were 503 Problem Details); run.sh restart"
					+ " elasticsearch took %.1f s", stats.statusSummary(), problems, asked, restart.seconds());
			Instant back = searchBack;
			row.recover = (back != null) ? String.format(Locale.ROOT, "%.1f s", seconds(restart.done(), back))
					: "not back";
			int other5xx = stats.fiveXx.get() - problems;
			if (other5xx > 0 || problems < asked) {
				row.missed("search answered something other than 503 Problem Details while Elasticsearch was down");
			}
			if (back == null) {
				row.missed("search did not answer 200 within 120 s of Elasticsearch's restart");
			}
			return row;
		}

		/**
		 * Documents deleted from the index while search-service runs; search-service
		 * restarted; its reconciliation (20 s after start-up) puts them back.
		 */
		Row indexDrift() throws Exception {
			Row row = new Row("index drift, " + options.driftDocs + " docs deleted");
			Stats stats = new Stats();
			Elasticsearch es = new Elasticsearch(options.elasticsearch);
			List<String> victims = es.liveDocuments(this.indexed, options.driftDocs);
			if (victims.isEmpty()) {
				List<Item> items = publishPaced("index-drift", options.driftDocs, Instant.now(),
						Duration.ofSeconds(options.driftDocs), stats);
				awaitDeliveries(items, Instant.now());
				victims = es.liveDocuments(items.stream().map((item) -> item.id).toList(), options.driftDocs);
			}
			for (String id : victims) {
				es.delete(id);
			}
			Instant deleted = Instant.now();
			es.refresh();
			long gone = victims.stream().filter((id) -> !es.exists(id)).count();
			say("deleted %d documents from the index (%d gone); waiting out index.gc_deletes (60 s) before the restart",
					victims.size(), gone);
			// within gc_deletes Elasticsearch remembers the delete's version and refuses
			// the
			// reconciliation's write of the same revision as a conflict
			sleep(Duration.between(Instant.now(), deleted.plusSeconds(61)));
			Platform.Restart restart = this.platform.restart("search-service");
			Instant back = null;
			Instant deadline = restart.done().plusSeconds(120);
			while (Instant.now().isBefore(deadline)) {
				es.refresh();
				if (victims.stream().allMatch(es::exists)) {
					back = Instant.now();
					break;
				}
				sleep(Duration.ofSeconds(1));
			}
			long repaired = victims.stream().filter(es::exists).count();
			row.fill(List.of(), stats, null, this.journal);
			row.accepted = repaired + "/" + victims.size() + " back";
			row.note("run.sh restart search-service took %.1f s; %d of %d deleted documents back", restart.seconds(),
					repaired, victims.size());
			Instant repairedAt = back;
			row.recover = (repairedAt != null)
					? String.format(Locale.ROOT, "%.1f s", seconds(restart.done(), repairedAt)) : "not repaired";
			if (repairedAt == null || seconds(restart.done(), repairedAt) > 60) {
				row.missed("the index was not repaired within a minute of search-service's start-up");
			}
			return row;
		}

		// ---------------------------------------------------------------- helpers

		List<Item> publishPaced(String tag, int count, Instant from, Duration spread, Stats stats) {
			List<Item> items = new ArrayList<>();
			String run = UUID.randomUUID().toString().substring(0, 6);
			for (int i = 0; i < count; i++) {
				Instant due = from.plusMillis((count <= 1) ? 0 : spread.toMillis() * i / (count - 1));
				sleep(Duration.between(Instant.now(), due));
				items.add(this.staff.publish(tag + "-" + run, i + 1, stats));
			}
			return items;
		}

		void awaitPosted(List<Item> items, Duration timeout) {
			Instant deadline = Instant.now().plus(timeout);
			while (Instant.now().isBefore(deadline)) {
				if (items.stream()
					.filter((item) -> item.accepted)
					.allMatch((item) -> this.journal.weiboPosts(item.id) > 0)) {
					return;
				}
				sleep(Duration.ofSeconds(1));
			}
			say("not every item reached Weibo within %d s", timeout.toSeconds());
		}

		Deliveries awaitDeliveries(List<Item> items, Instant since) {
			Deliveries deliveries = new Deliveries(items);
			Instant deadline = Instant.now().plusSeconds(options.deadline);
			Instant lastSay = Instant.now();
			while (true) {
				deliveries.read(this.staff);
				if (deliveries.boardSettled()) {
					// the journal is read every 2 s, the index refreshed every second
					sleep(Duration.ofSeconds(3));
					deliveries.listSearch();
					if (deliveries.complete(this.journal) || !deliveries.boardComplete()) {
						// delivered, or failed for good: nothing more will come
						break;
					}
				}
				if (Instant.now().isAfter(deadline)) {
					deliveries.listSearch();
					say("deadline: %s", deliveries.progress(this.journal));
					break;
				}
				if (Instant.now().isAfter(lastSay.plusSeconds(15))) {
					say("waiting for deliveries: %s", deliveries.progress(this.journal));
					lastSay = Instant.now();
				}
				sleep(Duration.ofSeconds(2));
			}
			return deliveries;
		}

		void remember(List<Item> items, Deliveries deliveries) {
			for (Item item : items) {
				if (deliveries.delivered(item, "portal", this.journal)) {
					this.indexed.add(item.id);
				}
			}
		}

		static long accepted(List<Item> items) {
			return items.stream().filter((item) -> item.accepted).count();
		}

	}

	// ------------------------------------------------------------------ table

	static final class Row {

		final String scenario;

		String accepted = "-";

		final Map<String, String> delivered = new LinkedHashMap<>();

		String duplicates = "-";

		String missing = "-";

		String fiveXx = "-";

		String latency = "-";

		String recover = "-";

		final List<String> notes = new ArrayList<>();

		final List<String> misses = new ArrayList<>();

		private List<Item> items = List.of();

		private Stats stats;

		private Deliveries deliveries;

		private Journal journal;

		Row(String scenario) {
			this.scenario = scenario;
			CHANNELS.forEach((channel) -> this.delivered.put(channel, "-"));
		}

		void fill(List<Item> items, Stats stats, Deliveries deliveries, Journal journal) {
			this.items = items;
			this.stats = stats;
			this.deliveries = deliveries;
			this.journal = journal;
			this.fiveXx = Integer.toString(stats.fiveXx.get());
			this.latency = (stats.requests.get() == 0) ? "-"
					: stats.maxMillis.get() + " / " + stats.overOneSecond.get();
			if (deliveries == null) {
				return;
			}
			long accepted = items.stream().filter((item) -> item.accepted).count();
			this.accepted = accepted + "/" + items.size();
			int missingPairs = 0;
			for (String channel : CHANNELS) {
				int count = 0;
				for (Item item : items) {
					if (!item.accepted) {
						continue;
					}
					if (deliveries.delivered(item, channel, journal)) {
						count++;
					}
					else {
						missingPairs++;
					}
				}
				this.delivered.put(channel, Integer.toString(count));
			}
			this.missing = Integer.toString(missingPairs);
			int duplicates = 0;
			for (Item item : items) {
				duplicates += Math.max(0, journal.weiboPosts(item.id) - 1)
						+ Math.max(0, journal.wechatDrafts(item.id) - 1);
			}
			this.duplicates = Integer.toString(duplicates);
			Map<String, Integer> why = deliveries.whyMissing(journal);
			if (!why.isEmpty()) {
				note("not delivered: %s", why);
			}
			if (duplicates > 0) {
				List<String> twice = new ArrayList<>();
				for (Item item : items) {
					if (journal.weiboPosts(item.id) > 1 || journal.wechatDrafts(item.id) > 1) {
						twice.add(item.id + " (weibo " + journal.weiboPosts(item.id) + ", wechat "
								+ journal.wechatDrafts(item.id) + ")");
					}
				}
				note("posted more than once: %s", String.join(", ", twice.subList(0, Math.min(5, twice.size()))));
			}
		}

		void note(String format, Object... args) {
			this.notes.add(String.format(Locale.ROOT, format, args));
		}

		void missed(String target) {
			this.misses.add(target);
		}

		void expectAccepted(int expected) {
			long accepted = this.items.stream().filter((item) -> item.accepted).count();
			if (accepted < expected) {
				missed(accepted + " of " + expected + " items accepted");
			}
		}

		void expectFast(long millis) {
			if (this.stats.maxMillis.get() > millis) {
				missed(this.stats.overOneSecond.get() + " requests took over 1 s (slowest " + this.stats.maxMillis.get()
						+ " ms)");
			}
		}

		void expectNo5xx() {
			if (this.stats.fiveXx.get() > 0) {
				missed(this.stats.fiveXx.get() + " answers 5xx or none");
			}
		}

		void expectDeliveredEverywhere() {
			if (!"0".equals(this.missing)) {
				missed(this.missing + " (item, channel) deliveries missing");
			}
			if (!"0".equals(this.duplicates)) {
				missed(this.duplicates + " duplicate posts");
			}
		}

		void expectRecoveredWithin(Deliveries deliveries, Instant from, int seconds) {
			Optional<Instant> last = deliveries.lastReport();
			if (last.isPresent() && seconds(from, last.get()) > seconds) {
				missed("deliveries took " + Math.round(seconds(from, last.get())) + " s after the repair (target "
						+ seconds + " s)");
			}
		}

		String verdict() {
			return this.misses.isEmpty() ? "targets met" : "MISSED: " + String.join("; ", this.misses);
		}

		static String table(List<Row> rows, Options options) {
			List<String[]> lines = new ArrayList<>();
			lines.add(new String[] { "scenario", "accepted", "weibo", "wechat", "bulletin", "portal/search", "dup",
					"missing", "5xx", "max ms / >1s", "recover", "targets" });
			for (Row row : rows) {
				lines.add(new String[] { row.scenario, row.accepted, row.delivered.get("weibo"),
						row.delivered.get("wechat"), row.delivered.get("bulletin"), row.delivered.get("portal"),
						row.duplicates, row.missing, row.fiveXx, row.latency, row.recover,
						row.misses.isEmpty() ? "met" : "MISSED" });
			}
			int[] widths = new int[lines.get(0).length];
			for (String[] line : lines) {
				for (int i = 0; i < line.length; i++) {
					widths[i] = Math.max(widths[i], line[i].length());
				}
			}
			StringBuilder table = new StringBuilder();
			for (int l = 0; l < lines.size(); l++) {
				String[] line = lines.get(l);
				StringBuilder text = new StringBuilder("| ");
				for (int i = 0; i < line.length; i++) {
					text.append(line[i]).append(" ".repeat(widths[i] - line[i].length())).append(" | ");
				}
				table.append(text.toString().stripTrailing()).append('\n');
				if (l == 0) {
					StringBuilder rule = new StringBuilder("|");
					for (int width : widths) {
						rule.append("-".repeat(width + 2)).append('|');
					}
					table.append(rule).append('\n');
				}
			}
			table.append('\n');
			for (Row row : rows) {
				table.append(row.scenario).append(": ").append(row.verdict()).append('\n');
				for (String note : row.notes) {
					table.append("  ").append(note).append('\n');
				}
			}
			return table.toString();
		}

	}

	// ------------------------------------------------------------------ staff and items

	static final class Item {

		final String id;

		final boolean accepted;

		final Instant approvedAt;

		Item(String id, boolean accepted, Instant approvedAt) {
			this.id = id;
			this.accepted = accepted;
			this.approvedAt = approvedAt;
		}

	}

	/** Per scenario: what its requests got. */
	static final class Stats {

		final AtomicInteger requests = new AtomicInteger();

		final AtomicInteger fiveXx = new AtomicInteger();

		final AtomicInteger overOneSecond = new AtomicInteger();

		final AtomicLong maxMillis = new AtomicLong();

		final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

		void record(int status, long millis) {
			this.requests.incrementAndGet();
			if (status >= 500 || status == 0) {
				this.fiveXx.incrementAndGet();
			}
			if (millis > 1000) {
				this.overOneSecond.incrementAndGet();
			}
			this.maxMillis.accumulateAndGet(millis, Math::max);
			this.statuses.computeIfAbsent(status, (key) -> new AtomicInteger()).incrementAndGet();
		}

		void merge(Stats other) {
			other.statuses.forEach((status, count) -> {
				for (int i = 0; i < count.get(); i++) {
					record(status, 0);
				}
			});
			this.maxMillis.accumulateAndGet(other.maxMillis.get(), Math::max);
		}

		String statusSummary() {
			Map<Integer, Integer> sorted = new TreeMap<>();
			this.statuses.forEach((status, count) -> sorted.put(status, count.get()));
			List<String> parts = new ArrayList<>();
			sorted.forEach((status, count) -> parts.add(count + "×" + ((status == 0) ? "no answer" : status)));
			return String.join(", ", parts);
		}

	}

	/** One HTTP answer, timed. */
	static final class Answer {

		final int status;

		final String body;

		final String contentType;

		final long millis;

		Answer(int status, String body, String contentType, long millis) {
			this.status = status;
			this.body = body;
			this.contentType = contentType;
			this.millis = millis;
		}

		static Answer send(HttpRequest request, Stats stats) {
			long started = System.nanoTime();
			Answer answer;
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				answer = new Answer(response.statusCode(), response.body(),
						response.headers().firstValue("Content-Type").orElse(""),
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (IOException ex) {
				answer = new Answer(0, ex.toString(), "", (System.nanoTime() - started) / 1_000_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
			if (stats != null) {
				stats.record(answer.status, answer.millis);
			}
			return answer;
		}

		static Answer get(String url, String token, Stats stats) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return send(request.build(), stats);
		}

		static Answer post(String url, String json, Stats stats) {
			return send(HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), stats);
		}

	}

	/**
	 * The staff API through the gateway: drafts, decisions with Idempotency-Key, the
	 * delivery board. Demo accounts (the platform runs with --demo).
	 */
	static final class Staff {

		final String gateway;

		final Map<String, String> tokens = new ConcurrentHashMap<>();

		Staff(String gateway) {
			this.gateway = gateway;
		}

		void login(String... users) {
			for (String user : users) {
				token(user);
			}
		}

		String token(String user) {
			return this.tokens.computeIfAbsent(user, (name) -> {
				Answer login = Answer.post(this.gateway + "/api/auth/token",
						"{\"username\":\"" + name + "\",\"password\":\"demo-" + name + "\"}", null);
				if (login.status != 200) {
					throw new IllegalStateException("login of " + name + " failed (" + login.status
							+ "): the demo staff exist only when the platform runs with --demo");
				}
				return Json.string(Json.parse(login.body), "access_token");
			});
		}

		/**
		 * One request as staff; an unanswered request (timeout, connection lost) is sent
		 * again with the same Idempotency-Key, as the console does.
		 */
		Answer call(String user, String method, String path, String json, String idempotencyKey, Stats stats) {
			for (int attempt = 1;; attempt++) {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path))
					.timeout(Duration.ofSeconds(30))
					.header("Authorization", "Bearer " + token(user))
					.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
							: HttpRequest.BodyPublishers.noBody());
				if (json != null) {
					request.header("Content-Type", "application/json");
				}
				if (idempotencyKey != null) {
					request.header("Idempotency-Key", idempotencyKey);
				}
				Answer answer = Answer.send(request.build(), stats);
				if (answer.status == 401) {
					this.tokens.remove(user);
					continue;
				}
				if (answer.status == 0 && idempotencyKey != null && attempt < 3) {
					say("%s %s as %s: no answer (%s); again with the same Idempotency-Key", method, path, user,
							answer.body);
					continue;
				}
				return answer;
			}
		}

		/**
		 * clerk1 drafts and submits, head1 reviews, leader1 approves (published at once).
		 */
		Item publish(String tag, int n, Stats stats) {
			String title = "张建军涉嫌盗窃案不起诉决定书（故障演练" + tag + "第" + n + "号）";
			String body = "<p>被不起诉人张建军，男，公民身份号码14010519850312457X，联系电话13803512468。</p>" + "<p>经审查，张建军窃取商品价值人民币"
					+ (500 + n) + "元，已全部退赔。本院决定对张建军不起诉。</p>";
			String draft = """
					{"title":"%s","summary":"本院依法作出不起诉决定（故障演练）。","body":"%s","category":"CASE_INFO",
					 "subKind":"LEGAL_DOCUMENT","department":"公诉部","important":false,"term":"AD_HOC",
					 "visibility":"PUBLIC","persons":["张建军"]}""".formatted(title, body);
			Answer created = call("clerk1", "POST", "/api/disclosures", draft, UUID.randomUUID().toString(), stats);
			if (created.status != 201) {
				say("create %s #%d: %d %s", tag, n, created.status, abbreviate(created.body));
				return new Item("failed-" + UUID.randomUUID(), false, null);
			}
			String id = Json.string(Json.parse(created.body), "id");
			Answer submitted = call("clerk1", "POST", "/api/disclosures/" + id + "/submit", null,
					UUID.randomUUID().toString(), stats);
			Answer reviewed = (submitted.status == 200) ? call("head1", "POST", "/api/disclosures/" + id + "/approve",
					"{\"comment\":\"同意\"}", UUID.randomUUID().toString(), stats) : submitted;
			Answer approved = (reviewed.status == 200) ? call("leader1", "POST", "/api/disclosures/" + id + "/approve",
					"{\"comment\":\"同意发布\"}", UUID.randomUUID().toString(), stats) : reviewed;
			boolean published = approved.status == 200
					&& "PUBLISHED".equals(Json.string(Json.parse(approved.body), "status"));
			if (!published) {
				say("item %s (%s #%d) not published: %d %s", id, tag, n, approved.status, abbreviate(approved.body));
			}
			return new Item(id, published, Instant.now());
		}

		/** channel -> {status, reportedAt, lastError} of the item's board. */
		Map<String, Board> board(String id) {
			Answer view = call("leader1", "GET", "/api/disclosures/" + id, null, null, null);
			Map<String, Board> board = new LinkedHashMap<>();
			if (view.status != 200) {
				return board;
			}
			Object deliveries = Json.at(Json.parse(view.body), "deliveries");
			if (deliveries instanceof List<?> rows) {
				for (Object row : rows) {
					String channel = Json.string(row, "channel");
					String reported = Json.string(row, "reportedAt");
					board.put(channel, new Board(Json.string(row, "status"),
							(reported != null) ? Instant.parse(reported) : null, Json.string(row, "lastError")));
				}
			}
			return board;
		}

	}

	record Board(String status, Instant reportedAt, String lastError) {

	}

	/**
	 * What the boards, the simulators and the search API say about a scenario's items.
	 */
	static final class Deliveries {

		static final Set<String> FINAL = Set.of("DELIVERED", "FAILED", "SKIPPED", "RETRACTED");

		final List<Item> items;

		final Map<String, Map<String, Board>> boards = new ConcurrentHashMap<>();

		final Set<String> searchable = ConcurrentHashMap.newKeySet();

		Deliveries(List<Item> items) {
			this.items = items.stream().filter((item) -> item.accepted).toList();
		}

		void read(Staff staff) {
			for (Item item : this.items) {
				Map<String, Board> known = this.boards.get(item.id);
				if (known != null && CHANNELS.stream()
					.allMatch((channel) -> known.get(channel) != null && FINAL.contains(known.get(channel).status()))) {
					continue;
				}
				this.boards.put(item.id, staff.board(item.id));
			}
		}

		static boolean delivered(Map<String, Board> board, String channel) {
			Board row = board.get(channel);
			return row != null && "DELIVERED".equals(row.status());
		}

		boolean boardComplete() {
			return this.items.stream()
				.allMatch((item) -> CHANNELS.stream()
					.allMatch((channel) -> delivered(this.boards.getOrDefault(item.id, Map.of()), channel)));
		}

		/**
		 * Whether every channel of every item has its final report: DELIVERED, or FAILED
		 * (retries ran out), SKIPPED, RETRACTED; only staff change those.
		 */
		boolean boardSettled() {
			return this.items.stream().allMatch((item) -> CHANNELS.stream().allMatch((channel) -> {
				Board row = this.boards.getOrDefault(item.id, Map.of()).get(channel);
				return row != null && FINAL.contains(row.status());
			}));
		}

		/** The public search API, page by page: which items it lists. */
		void listSearch() {
			for (int page = 0; page < 200; page++) {
				Answer answer = Answer.get(options.gateway + "/api/search?size=50&sort=date&page=" + page, null, null);
				if (answer.status != 200) {
					return;
				}
				Object hits = Json.at(Json.parse(answer.body), "hits");
				if (!(hits instanceof List<?> list) || list.isEmpty()) {
					return;
				}
				for (Object hit : list) {
					this.searchable.add(Json.string(hit, "id"));
				}
			}
		}

		boolean delivered(Item item, String channel, Journal journal) {
			if (!delivered(this.boards.getOrDefault(item.id, Map.of()), channel)) {
				return false;
			}
			return switch (channel) {
				case "weibo" -> journal.weiboPosts(item.id) > 0;
				case "wechat" -> journal.wechatDrafts(item.id) > 0;
				case "portal" -> this.searchable.contains(item.id);
				default -> true;
			};
		}

		boolean complete(Journal journal) {
			return this.items.stream()
				.allMatch((item) -> CHANNELS.stream().allMatch((channel) -> delivered(item, channel, journal)));
		}

		String progress(Journal journal) {
			List<String> parts = new ArrayList<>();
			for (String channel : CHANNELS) {
				long done = this.items.stream()
					.filter((item) -> delivered(this.boards.getOrDefault(item.id, Map.of()), channel))
					.count();
				parts.add(channel + " " + done + "/" + this.items.size());
			}
			return String.join(", ", parts);
		}

		/** Why (item, channel) pairs are missing: board status and the reason given. */
		Map<String, Integer> whyMissing(Journal journal) {
			Map<String, Integer> why = new TreeMap<>();
			for (Item item : this.items) {
				Map<String, Board> board = this.boards.getOrDefault(item.id, Map.of());
				for (String channel : CHANNELS) {
					if (delivered(item, channel, journal)) {
						continue;
					}
					Board row = board.get(channel);
					String reason;
					if (row == null) {
						reason = "no report";
					}
					else if (!"DELIVERED".equals(row.status())) {
						reason = row.status() + ((row.lastError() != null) ? " \"" + row.lastError() + "\"" : "");
					}
					else {
						reason = "DELIVERED on the board, not seen at the far end";
					}
					why.merge(channel + ": " + reason, 1, Integer::sum);
				}
			}
			return why;
		}

		Optional<Instant> lastReport() {
			return this.boards.values()
				.stream()
				.flatMap((board) -> board.entrySet().stream())
				.filter((entry) -> CHANNELS.contains(entry.getKey()) && "DELIVERED".equals(entry.getValue().status()))
				.map((entry) -> entry.getValue().reportedAt())
				.filter((at) -> at != null)
				.max(Instant::compareTo);
		}

		Optional<Instant> firstReport(String channel, Instant after, Set<String> among) {
			return this.boards.entrySet()
				.stream()
				.filter((entry) -> among.contains(entry.getKey()))
				.map((entry) -> entry.getValue().get(channel))
				.filter((row) -> row != null && "DELIVERED".equals(row.status()) && row.reportedAt() != null
						&& row.reportedAt().isAfter(after))
				.map(Board::reportedAt)
				.min(Instant::compareTo);
		}

		String recoverText(Instant from) {
			if (this.items.isEmpty()) {
				return "-";
			}
			if (!boardComplete()) {
				return boardSettled() ? "some failed for good" : "not all within " + options.deadline + " s";
			}
			return lastReport().map((last) -> String.format(Locale.ROOT, "%.1f s", Math.max(0, seconds(from, last))))
				.orElse("-");
		}

	}

	// ------------------------------------------------------------------ the simulators

	/**
	 * What the simulated Weibo and WeChat received, read from their WireMock request
	 * journals every 2 s (the journal keeps only the last 1,000 requests): posts with 200
	 * answers per item, found by the item's portal link /items/<id>.
	 */
	static final class Journal {

		static final Pattern ITEM_LINK = Pattern
			.compile("/items/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

		final String weibo;

		final String wechat;

		final Map<String, Set<String>> weiboPosts = new ConcurrentHashMap<>();

		final Map<String, Set<String>> wechatDrafts = new ConcurrentHashMap<>();

		final Set<String> seen = ConcurrentHashMap.newKeySet();

		volatile boolean running = true;

		Thread thread;

		Journal(String weibo, String wechat) {
			this.weibo = weibo;
			this.wechat = wechat;
		}

		void start() {
			this.thread = new Thread(() -> {
				Instant since = Instant.now().minusSeconds(5);
				while (this.running) {
					// overlapping reads; each request counts once, by its id
					Instant next = Instant.now().minusSeconds(30);
					read(this.weibo, since, "/2/statuses/share.json", this.weiboPosts);
					read(this.wechat, since, "/cgi-bin/draft/add", this.wechatDrafts);
					since = next;
					try {
						Thread.sleep(2000);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "journal");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() {
			// one last read
			sleep(Duration.ofSeconds(3));
			this.running = false;
		}

		void read(String simulator, Instant since, String path, Map<String, Set<String>> posts) {
			Answer answer = Answer.get(simulator + "/__admin/requests?since=" + since, null, null);
			if (answer.status != 200) {
				return;
			}
			Object requests = Json.at(Json.parse(answer.body), "requests");
			if (!(requests instanceof List<?> events)) {
				return;
			}
			for (Object event : events) {
				String id = Json.string(event, "id");
				Object request = Json.at(event, "request");
				String url = Json.string(request, "url");
				if (id == null || url == null || !url.startsWith(path) || !this.seen.add(id)) {
					continue;
				}
				Object status = Json.at(event, "response", "status");
				if (status == null) {
					status = Json.at(event, "responseDefinition", "status");
				}
				if (!(status instanceof Number number) || number.intValue() != 200) {
					continue;
				}
				String body = Json.string(request, "body");
				if (body == null) {
					continue;
				}
				String decoded = body.replace("\\/", "/");
				try {
					decoded = URLDecoder.decode(decoded, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					// JSON, not form data
				}
				Set<String> items = new LinkedHashSet<>();
				Matcher link = ITEM_LINK.matcher(decoded);
				while (link.find()) {
					items.add(link.group(1));
				}
				for (String item : items) {
					posts.computeIfAbsent(item, (key) -> ConcurrentHashMap.newKeySet()).add(id);
				}
			}
		}

		int weiboPosts(String item) {
			return this.weiboPosts.getOrDefault(item, Set.of()).size();
		}

		int wechatDrafts(String item) {
			return this.wechatDrafts.getOrDefault(item, Set.of()).size();
		}

	}

	/** One WireMock simulator's admin API. */
	static final class Simulator {

		final String url;

		Simulator(String url) {
			this.url = url;
		}

		/**
		 * Copies of the share mappings that answer 200, one priority higher, answering
		 * after the delay: Weibo still posts, the adapter's read timeout (6 s) runs out.
		 * @return the ids of the added mappings
		 */
		List<String> slowShares(int delayMillis) {
			Answer mappings = Answer.get(this.url + "/__admin/mappings", null, null);
			List<String> added = new ArrayList<>();
			Object list = Json.at(Json.parse(mappings.body), "mappings");
			if (!(list instanceof List<?> all)) {
				throw new IllegalStateException("no mappings at " + this.url);
			}
			for (Object mapping : all) {
				if (!"/2/statuses/share.json".equals(Json.string(Json.at(mapping, "request"), "urlPath"))) {
					continue;
				}
				Object status = Json.at(mapping, "response", "status");
				if (status instanceof Number number && number.intValue() != 200) {
					continue;
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) mapping);
				copy.remove("id");
				copy.remove("uuid");
				copy.put("name", "fault bench: " + copy.getOrDefault("name", "share") + ", answered after "
						+ delayMillis + " ms");
				Object priority = copy.get("priority");
				int higher = (priority instanceof Number number) ? Math.max(1, number.intValue() - 1) : 1;
				copy.put("priority", higher);
				@SuppressWarnings("unchecked")
				Map<String, Object> response = new LinkedHashMap<>((Map<String, Object>) copy.get("response"));
				response.put("fixedDelayMilliseconds", delayMillis);
				copy.put("response", response);
				Answer created = Answer.post(this.url + "/__admin/mappings", Json.write(copy), null);
				if (created.status != 201) {
					throw new IllegalStateException(
							"WireMock refused the slow mapping: " + created.status + " " + abbreviate(created.body));
				}
				added.add(Json.string(Json.parse(created.body), "id"));
			}
			if (added.isEmpty()) {
				throw new IllegalStateException("no share mapping answering 200 at " + this.url);
			}
			say("Weibo simulator answers shares after %d ms (%d mapping%s added)", delayMillis, added.size(),
					(added.size() == 1) ? "" : "s");
			return added;
		}

		void remove(List<String> ids) {
			for (String id : ids) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(this.url + "/__admin/mappings/" + id))
					.timeout(Duration.ofSeconds(10))
					.DELETE()
					.build();
				Answer.send(request, null);
			}
			say("Weibo simulator answers at once again");
		}

		/**
		 * Whether the simulator serves the account's timeline, which the adapter reads
		 * when in doubt.
		 */
		String timelineNote() {
			Answer timeline = Answer.get(this.url + "/2/statuses/user_timeline.json?access_token=x&count=5", null,
					null);
			return (timeline.status == 200) ? "the simulator serves user_timeline"
					: "the simulator has no user_timeline (HTTP " + timeline.status
							+ "): an adapter in doubt cannot find its post there";
		}

	}

	// ------------------------------------------------------------------ the other far
	// ends

	/** The hostile corpus of test-support against gateway endpoints, over raw sockets. */
	static final class Hostile {

		final int port;

		final Stats stats;

		final List<String> findings = new ArrayList<>();

		int notProblem;

		int echoed;

		Hostile(int port, Stats stats) {
			this.port = port;
			this.stats = stats;
		}

		void get(String template, String token, String... query) {
			probe("GET", template, token, List.of(query), List.of(), false);
		}

		void post(String template, String token, String... properties) {
			probe("POST", template, token, List.of(), List.of(properties), true);
		}

		void probe(String method, String template, String token, List<String> query, List<String> properties,
				boolean json) {
			String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			if (template.contains("{")) {
				for (String segment : HostileCorpus.PATH_SEGMENTS) {
					check(method, template.replaceAll("\\{[^}]+}", segment), token, null, null);
				}
			}
			for (String name : query.isEmpty() ? List.of("q") : query) {
				for (String value : HostileCorpus.QUERY_VALUES) {
					check(method, path + "?" + name + "=" + value, token, null, null);
				}
			}
			if (!json) {
				return;
			}
			for (String body : HostileCorpus.BODIES) {
				check(method, path, token, "application/json", body);
			}
			for (String property : properties) {
				for (String value : HostileCorpus.PROPERTY_VALUES) {
					check(method, path, token, "application/json", "{\"" + property + "\":" + value + "}");
				}
			}
			for (List<String> wrong : HostileCorpus.WRONG_CONTENT) {
				check(method, path, token, wrong.get(0), wrong.get(1));
			}
		}

		void check(String method, String target, String token, String contentType, String body) {
			long started = System.nanoTime();
			RawHttp.Answer answer;
			try {
				answer = RawHttp.send(this.port, method, target, token, contentType,
						(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
			}
			catch (RuntimeException ex) {
				answer = new RawHttp.Answer(0, "", ex.toString());
			}
			this.stats.record(answer.status(), (System.nanoTime() - started) / 1_000_000);
			String request = method + " " + abbreviate(target) + ((body != null) ? " " + abbreviate(body) : "");
			if (answer.status() >= 500 || answer.status() == 0) {
				this.findings.add(answer.status() + " for " + request + ": " + abbreviate(answer.body()));
			}
			else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
				this.notProblem++;
				this.findings
					.add(answer.status() + " not Problem Details (" + answer.contentType() + ") for " + request);
			}
			else if (answer.status() >= 400 && answer.body().contains(HostileCorpus.ECHO)) {
				this.echoed++;
				this.findings.add(answer.status() + " quotes the input for " + request);
			}
		}

	}

	/**
	 * The public case query with the demo credential (case-query-service README "Demo
	 * data").
	 */
	static final class CaseQuery {

		final String gateway;

		final Stats stats;

		CaseQuery(String gateway, Stats stats) {
			this.gateway = gateway;
			this.stats = stats;
		}

		int ask() {
			return Answer.post(this.gateway + "/api/cases/query",
					"{\"queryCode\":\"361958204713\",\"idLast4\":\"002X\"}", this.stats).status;
		}

	}

	/** Elasticsearch, directly: the alias disclosures. */
	static final class Elasticsearch {

		final String url;

		Elasticsearch(String url) {
			this.url = url;
		}

		/**
		 * Up to {@code count} live (not tombstoned) documents, preferring the given ids.
		 */
		List<String> liveDocuments(List<String> preferred, int count) {
			List<String> live = new ArrayList<>();
			for (String id : preferred) {
				if (live.size() >= count) {
					break;
				}
				if (exists(id)) {
					live.add(id);
				}
			}
			return live;
		}

		boolean exists(String id) {
			Answer answer = Answer.get(this.url + "/disclosures/_doc/" + id + "?_source_includes=tombstone,title", null,
					null);
			if (answer.status != 200) {
				return false;
			}
			Object document = Json.parse(answer.body);
			return Boolean.TRUE.equals(Json.at(document, "found"))
					&& !Boolean.TRUE.equals(Json.at(document, "_source", "tombstone"));
		}

		void delete(String id) {
			Answer answer = Answer.send(HttpRequest.newBuilder(URI.create(this.url + "/disclosures/_doc/" + id))
				.timeout(Duration.ofSeconds(10))
				.DELETE()
				.build(), null);
			if (answer.status != 200) {
				say("could not delete %s from the index: %d %s", id, answer.status, abbreviate(answer.body));
			}
		}

		void refresh() {
			Answer.post(this.url + "/disclosures/_refresh", "{}", null);
		}

	}

	// ------------------------------------------------------------------ the platform's
	// processes

	/** The launcher's pid files and run.sh restart. */
	static final class Platform {

		final Options options;

		Platform(Options options) {
			this.options = options;
		}

		void check() {
			if (ownedPid("launcher").isEmpty()) {
				throw new IllegalStateException("no launcher runs for " + this.options.data
						+ " (start one with bench/faults/run.sh, or give its data folder)");
			}
		}

		Optional<Long> ownedPid(String name) {
			try {
				long pid = Long.parseLong(Files.readString(this.options.data.resolve("run/" + name + ".pid")).strip());
				return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
			}
			catch (IOException | NumberFormatException ex) {
				return Optional.empty();
			}
		}

		ProcessHandle process(String name) {
			long pid = ownedPid(name).orElseThrow(
					() -> new IllegalStateException(name + " does not run (no live pid in run/" + name + ".pid)"));
			return ProcessHandle.of(pid).orElseThrow();
		}

		/** SIGTERM, as an operator stops a server; waits until it has ended. */
		void stop(String name) {
			ProcessHandle process = process(name);
			List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
			say("stopping %s (pid %d) with SIGTERM", name, process.pid());
			process.destroy();
			awaitExit(process, Duration.ofSeconds(60));
			tree.forEach(ProcessHandle::destroy);
		}

		/** kill -9: no shutdown at all. */
		Instant kill9(String name) {
			ProcessHandle process = process(name);
			say("kill -9 %s (pid %d)", name, process.pid());
			process.destroyForcibly();
			awaitExit(process, Duration.ofSeconds(10));
			return Instant.now();
		}

		static void awaitExit(ProcessHandle process, Duration timeout) {
			try {
				process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("pid " + process.pid() + " did not end within " + timeout, ex);
			}
		}

		static void signal(long pid, String signal) {
			try {
				Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
				if (kill.waitFor() != 0) {
					throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
				}
				say("kill -%s %d", signal, pid);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** deploy/local/run.sh restart: waits until the part is healthy again. */
		Restart restart(String name) {
			Instant started = Instant.now();
			ProcessBuilder builder = new ProcessBuilder(this.options.repo.resolve("deploy/local/run.sh").toString(),
					"restart", name)
				.redirectErrorStream(true);
			builder.environment().put("JIANWU_DATA", this.options.data.toString());
			try {
				Process process = builder.start();
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				int code = process.waitFor();
				output.lines().forEach((line) -> say("  run.sh restart %s: %s", name, line.strip()));
				if (code != 0) {
					throw new IllegalStateException("run.sh restart " + name + " failed (exit " + code + ")");
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			Instant done = Instant.now();
			return new Restart(done, seconds(started, done));
		}

		record Restart(Instant done, double seconds) {

		}

	}

	// ------------------------------------------------------------------ JSON

	/**
	 * Just enough JSON for the answers read here: objects, arrays, strings, numbers,
	 * literals.
	 */
	static final class Json {

		private final String text;

		private int at;

		private Json(String text) {
			this.text = text;
		}

		static Object parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				Json json = new Json(text);
				return json.value();
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		static Object at(Object node, String... path) {
			Object current = node;
			for (String key : path) {
				if (!(current instanceof Map<?, ?> map)) {
					return null;
				}
				current = map.get(key);
			}
			return current;
		}

		static String string(Object node, String... path) {
			Object value = at(node, path);
			return (value instanceof String text) ? text : null;
		}

		private Object value() {
			skip();
			char c = this.text.charAt(this.at);
			return switch (c) {
				case '{' -> object();
				case '[' -> array();
				case '"' -> string();
				case 't' -> literal("true", Boolean.TRUE);
				case 'f' -> literal("false", Boolean.FALSE);
				case 'n' -> literal("null", null);
				default -> number();
			};
		}

		private Map<String, Object> object() {
			Map<String, Object> object = new LinkedHashMap<>();
			this.at++;
			skip();
			if (this.text.charAt(this.at) == '}') {
				this.at++;
				return object;
			}
			while (true) {
				skip();
				String key = string();
				skip();
				expect(':');
				object.put(key, value());
				skip();
				char c = this.text.charAt(this.at++);
				if (c == '}') {
					return object;
				}
				if (c != ',') {
					throw new IllegalArgumentException("expected , or } at " + this.at);
				}
			}
		}

		private List<Object> array() {
			List<Object> array = new ArrayList<>();
			this.at++;
			skip();
			if (this.text.charAt(this.at) == ']') {
				this.at++;
				return array;
			}
			while (true) {
				array.add(value());
				skip();
				char c = this.text.charAt(this.at++);
				if (c == ']') {
					return array;
				}
				if (c != ',') {
					throw new IllegalArgumentException("expected , or ] at " + this.at);
				}
			}
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char escaped = this.text.charAt(this.at++);
				switch (escaped) {
					case 'n' -> out.append('\n');
					case 't' -> out.append('\t');
					case 'r' -> out.append('\r');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> out.append(escaped);
				}
			}
		}

		private Object number() {
			int start = this.at;
			while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
				this.at++;
			}
			String number = this.text.substring(start, this.at);
			if (number.isEmpty()) {
				throw new IllegalArgumentException("unexpected " + this.text.charAt(start) + " at " + start);
			}
			if (number.contains(".") || number.contains("e") || number.contains("E")) {
				return Double.parseDouble(number);
			}
			return Long.parseLong(number);
		}

		private Object literal(String word, Object value) {
			if (!this.text.startsWith(word, this.at)) {
				throw new IllegalArgumentException("unexpected text at " + this.at);
			}
			this.at += word.length();
			return value;
		}

		private void expect(char c) {
			if (this.text.charAt(this.at) != c) {
				throw new IllegalArgumentException("expected " + c + " at " + this.at);
			}
			this.at++;
		}

		private void skip() {
			while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
				this.at++;
			}
		}

		static String write(Object value) {
			if (value == null) {
				return "null";
			}
			if (value instanceof String text) {
				StringBuilder out = new StringBuilder("\"");
				for (char c : text.toCharArray()) {
					switch (c) {
						case '"' -> out.append("\\\"");
						case '\\' -> out.append("\\\\");
						case '\n' -> out.append("\\n");
						case '\r' -> out.append("\\r");
						case '\t' -> out.append("\\t");
						default -> {
							if (c < 0x20) {
								out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
							}
							else {
								out.append(c);
							}
						}
					}
				}
				return out.append('"').toString();
			}
			if (value instanceof Map<?, ?> map) {
				List<String> members = new ArrayList<>();
				map.forEach((key, member) -> members.add(write(String.valueOf(key)) + ":" + write(member)));
				return "{" + String.join(",", members) + "}";
			}
			if (value instanceof Collection<?> list) {
				List<String> elements = new ArrayList<>();
				list.forEach((element) -> elements.add(write(element)));
				return "[" + String.join(",", elements) + "]";
			}
			return String.valueOf(value);
		}

	}

	static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replace('\n', ' ');
		return (line.length() > 160) ? line.substring(0, 160) + "…(" + line.length() + ")" : line;
	}

	static String urlEncode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
