package cn.jianwu.portal.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.ChangeKind;
import cn.jianwu.disclosure.api.publication.PublicChange;
import cn.jianwu.disclosure.api.publication.PublicChangePage;
import cn.jianwu.disclosure.api.publication.PublicHistory;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.api.publication.PublicRevision;
import cn.jianwu.disclosure.api.publication.SitemapEntry;
import cn.jianwu.disclosure.api.publication.SitemapPage;
import cn.jianwu.disclosure.api.publication.WithdrawalNotice;
import cn.jianwu.events.Category;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

/**
 * disclosure-service's public reading API ({@code /api/public/**}) as the portal reads
 * it, answering with the JSON of disclosure-api's records: a long-term guide and a
 * periodic report, an item revised once (with its note), a withdrawn item (410 with its
 * notice), the changes of all three, and sitemap pages of as many items as a test says.
 * It records the queries it was asked.
 */
public final class StubPublicRecord {

	public static final String GUIDE = "9a000000-0000-4000-8000-000000000001";

	public static final String REPORT = "9a000000-0000-4000-8000-000000000002";

	public static final String REVISED = "9a000000-0000-4000-8000-000000000003";

	public static final String WITHDRAWN = "9a000000-0000-4000-8000-000000000004";

	public static final String WITHDRAWAL_REASON = "所涉案件已进入再审程序，依法暂停公开。";

	public static final String REVISION_NOTE = "更正了办理时限的表述。";

	static final Instant FIRST = Instant.parse("2026-10-09T02:00:00Z");

	static final Instant SECOND = Instant.parse("2026-11-20T02:00:00Z");

	static final Instant WITHDRAWN_AT = Instant.parse("2026-12-01T08:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The query strings of {@code /api/public/items} and {@code /api/public/changes}, in
	 * order.
	 */
	public final List<String> queries = new CopyOnWriteArrayList<>();

	/** How many items the sitemap pages say there are. */
	public volatile long sitemapTotal = 3;

	/**
	 * Answers a request under {@code /api/public/}.
	 */
	public void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String query = (exchange.getRequestURI().getRawQuery() != null) ? exchange.getRequestURI().getQuery() : "";
		Map<String, String> parameters = parameters(query);
		if (path.equals("/api/public/items")) {
			this.queries.add(path + "?" + query);
			List<PublicItem> items = query.contains("subKind=GUIDE") || query.contains("term=LONG_TERM")
					? List.of(guide()) : List.of(guide(), report(), revised(2));
			answer(exchange, 200, new PublicItemPage(items, items.size(), 0, 15));
			return;
		}
		if (path.equals("/api/public/changes")) {
			this.queries.add(path + "?" + query);
			answer(exchange, 200, new PublicChangePage(changes()));
			return;
		}
		if (path.equals("/api/public/sitemap")) {
			int page = Integer.parseInt(parameters.getOrDefault("page", "0"));
			int size = Integer.parseInt(parameters.getOrDefault("size", "50000"));
			long first = (long) page * size;
			// a few entries stand for a full page: enough to tell which page was asked
			List<SitemapEntry> entries = LongStream.range(first, Math.min(first + 3, this.sitemapTotal))
				.mapToObj((n) -> new SitemapEntry(new UUID(0x9b00000000004000L, 0x8000000000000000L | n).toString(),
						SECOND))
				.toList();
			answer(exchange, 200, new SitemapPage(entries, this.sitemapTotal, page, size));
			return;
		}
		if (path.startsWith("/api/public/items/" + WITHDRAWN)) {
			withdrawn(exchange);
			return;
		}
		if (path.equals("/api/public/items/" + GUIDE)) {
			answer(exchange, 200, guide());
			return;
		}
		if (path.equals("/api/public/items/" + REPORT)) {
			answer(exchange, 200, report());
			return;
		}
		if (path.equals("/api/public/items/" + REVISED)) {
			answer(exchange, 200, revised(2));
			return;
		}
		if (path.equals("/api/public/items/" + REVISED + "/revisions")) {
			answer(exchange, 200, new PublicHistory(REVISED, revised(2).title(),
					List.of(new PublicRevision(2, SECOND, REVISION_NOTE), new PublicRevision(1, FIRST, null))));
			return;
		}
		if (path.equals("/api/public/items/" + REVISED + "/revisions/1")) {
			answer(exchange, 200, revised(1));
			return;
		}
		if (path.equals("/api/public/items/" + REVISED + "/revisions/2")) {
			answer(exchange, 200, revised(2));
			return;
		}
		problem(exchange, 404, "not-found", "信息不存在", null);
	}

	static PublicItem guide() {
		return new PublicItem(GUIDE, 1, "审查起诉阶段权利义务告知", "犯罪嫌疑人、被害人在审查起诉阶段享有的权利和应履行的义务。", "<p>一、委托辩护人的权利。</p>",
				Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, "第一检察部", FIRST, List.of(), Term.LONG_TERM, null,
				List.of("审查起诉"));
	}

	static PublicItem report() {
		return new PublicItem(REPORT, 1, "案件信息公开工作情况", null, "<p>本季度共公开案件程序性信息一千余条。</p>", Category.CASE_INFO,
				SubKind.IMPORTANT_CASE, "案件管理部", FIRST, List.of(), Term.PERIODIC, "2026Q4", List.of());
	}

	/** The revised guide: revision 2 corrected a time limit and added a paragraph. */
	static PublicItem revised(int revision) {
		return (revision == 1)
				? new PublicItem(REVISED, 1, "控告申诉办事指南", "来访须知。", "<p>接待时间：工作日上午。</p><p>请携带身份证件。</p>",
						Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, "控告申诉检察部", FIRST, List.of(), Term.LONG_TERM, null,
						List.of())
				: new PublicItem(REVISED, 2, "控告申诉办事指南（修订）", "来访须知。",
						"<p>接待时间：工作日全天。</p><p>请携带身份证件。</p><p>可提前电话预约。</p>", Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE,
						"控告申诉检察部", SECOND, List.of(), Term.LONG_TERM, null, List.of());
	}

	static WithdrawalNotice notice() {
		return new WithdrawalNotice(WITHDRAWN, "某某案起诉书", Category.CASE_INFO, SubKind.LEGAL_DOCUMENT, FIRST,
				WITHDRAWN_AT, WITHDRAWAL_REASON);
	}

	/** Newest first: the withdrawal, the revision, the first publications. */
	static List<PublicChange> changes() {
		return List.of(
				new PublicChange(WITHDRAWN, 1, ChangeKind.WITHDRAWN, WITHDRAWN_AT, "某某案起诉书", null, Category.CASE_INFO,
						SubKind.LEGAL_DOCUMENT, "第一检察部", WITHDRAWAL_REASON),
				new PublicChange(REVISED, 2, ChangeKind.REVISED, SECOND, "控告申诉办事指南（修订）", "来访须知。",
						Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, "控告申诉检察部", REVISION_NOTE),
				new PublicChange(REVISED, 1, ChangeKind.PUBLISHED, FIRST, "控告申诉办事指南", "来访须知。",
						Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, "控告申诉检察部", null));
	}

	private static void withdrawn(HttpExchange exchange) throws IOException {
		problem(exchange, 410, WithdrawalNotice.PROBLEM_TYPE, "该信息已撤回", notice());
	}

	private static Map<String, String> parameters(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			int at = pair.indexOf('=');
			if (at > 0) {
				parameters.put(pair.substring(0, at), pair.substring(at + 1));
			}
		}
		return parameters;
	}

	private static void answer(HttpExchange exchange, int status, Object value) throws IOException {
		write(exchange, status, "application/json", JSON.writeValueAsString(value));
	}

	private static void problem(HttpExchange exchange, int status, String type, String title,
			WithdrawalNotice withdrawal) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://jianwu.cn/problems/" + type);
		problem.put("title", title);
		problem.put("status", status);
		if (withdrawal != null) {
			problem.put(WithdrawalNotice.PROBLEM_PROPERTY, withdrawal);
		}
		write(exchange, status, "application/problem+json", JSON.writeValueAsString(problem));
	}

	private static void write(HttpExchange exchange, int status, String type, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
