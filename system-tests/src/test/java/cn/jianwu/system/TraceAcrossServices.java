package cn.jianwu.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.PlatformService;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import cn.jianwu.system.OtlpCollector.ExportedSpan;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One approval is one trace, from the gateway through disclosure-service and Kafka to
 * every channel adapter, on the whole platform as {@code run.sh} starts it with its spans
 * exported by OTLP to {@link OtlpCollector}: the parent links at each hop are checked (so
 * the ids did not meet by chance), and each service's JSON log carries the same trace id
 * on the lines an operator would look for. Runs on a platform another test started (one
 * platform start for the system tests that can share it).
 */
final class TraceAcrossServices {

	private static final String GATEWAY = "http://127.0.0.1:8080";

	private static final List<String> ADAPTERS = Catalogue.SERVICES.stream()
		.filter(PlatformService::channelAdapter)
		.map(PlatformService::name)
		.toList();

	private final StaffApi staff = new StaffApi(GATEWAY);

	private final OtlpCollector collector;

	private final LocalPlatform platform;

	TraceAcrossServices(LocalPlatform platform, OtlpCollector collector) {
		this.platform = platform;
		this.collector = collector;
	}

	/** The platform's environment for exporting its spans to the collector. */
	static Map<String, String> exportingTo(OtlpCollector collector) {
		return Map.of("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", collector.tracesEndpoint(),
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms");
	}

	void approveAndFollowTheTrace() throws Exception {
		String clerk = this.staff.token("clerk1");
		String head = this.staff.token("head1");
		String leader = this.staff.token("leader1");
		UUID item = this.staff
			.create(clerk,
					new ItemRequest("关于检察开放日活动安排的通知", "检察开放日活动安排。", "<p>本院定于下月举办检察开放日活动。</p>",
							Category.GOVERNMENT_AFFAIRS, null, "公诉部", false, Term.AD_HOC, Visibility.PUBLIC,
							List.of(Channel.values()), null, null, null, null, null, null, null))
			.id();
		this.staff.submit(clerk, item);
		this.staff.approve(head, item, "同意");

		// The caller's own span, as a browser or an upstream proxy would send it.
		String traceId = randomHex(16);
		String callerSpan = randomHex(8);
		StaffItem approved = this.staff.approve(leader, item, "同意发布", "traceparent",
				"00-" + traceId + "-" + callerSpan + "-01");
		assertThat(approved.status()).isIn(ItemStatus.APPROVED, ItemStatus.PUBLISHED);

		// Each service exports its spans in its own batches: wait for every span asserted
		// on below.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<ExportedSpan> exported = this.collector.trace(traceId);
			assertThat(services(exported, "SPAN_KIND_CONSUMER")).containsAll(ADAPTERS);
			assertThat(spans(exported, "gateway", "SPAN_KIND_SERVER")).isNotEmpty();
			assertThat(spans(exported, "disclosure-service", "SPAN_KIND_SERVER")).isNotEmpty();
		});
		List<ExportedSpan> trace = this.collector.trace(traceId);

		// gateway: continues the caller's trace and passes it on to disclosure-service
		List<ExportedSpan> gateway = spans(trace, "gateway", "SPAN_KIND_SERVER");
		assertThat(gateway).extracting(ExportedSpan::parentSpanId).contains(callerSpan);
		// disclosure-service: its request is the child of the gateway's (the gateway
		// opens no
		// client span of its own), and it sends the event
		assertThat(spans(trace, "disclosure-service", "SPAN_KIND_SERVER")).extracting(ExportedSpan::parentSpanId)
			.containsAnyElementsOf(ids(gateway));
		List<ExportedSpan> sent = spans(trace, "disclosure-service", "SPAN_KIND_PRODUCER");
		assertThat(sent).extracting(ExportedSpan::name).anyMatch((name) -> name.contains("disclosure.events"));
		// each adapter: takes the record as the child of that send
		for (String adapter : ADAPTERS) {
			assertThat(spans(trace, adapter, "SPAN_KIND_CONSUMER")).as(adapter)
				.extracting(ExportedSpan::parentSpanId)
				.containsAnyElementsOf(ids(sent));
		}
		assertThat(this.collector.refused()).isEmpty();

		// the structured logs carry the same trace id on the lines that tell the story
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(jsonLog("gateway", traceId))
				.anyMatch((line) -> line.contains("/api/disclosures/" + item + "/approve 200"));
			assertThat(jsonLog("disclosure-service", traceId))
				.anyMatch((line) -> line.contains("Item " + item + " revision 1 published"));
			for (String adapter : ADAPTERS) {
				assertThat(jsonLog(adapter, traceId)).as(adapter)
					.anyMatch((line) -> line.contains("for item " + item + ": work queued for"));
			}
		});
	}

	/** The messages of a service's JSON log lines that carry the trace id. */
	private List<String> jsonLog(String service, String traceId) throws IOException {
		Path file = this.platform.logs().resolve(service + ".json");
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter((line) -> line.startsWith("{") && line.contains(traceId))
				.filter((line) -> traceId.equals(JsonPath.parse(line).read("$.traceId")))
				.map((line) -> JsonPath.<String>read(line, "$.message"))
				.toList();
		}
	}

	private static List<ExportedSpan> spans(List<ExportedSpan> trace, String service, String kind) {
		return trace.stream().filter((span) -> span.service().equals(service) && span.kind().equals(kind)).toList();
	}

	private static Set<String> services(List<ExportedSpan> trace, String kind) {
		return trace.stream()
			.filter((span) -> span.kind().equals(kind))
			.map(ExportedSpan::service)
			.collect(Collectors.toSet());
	}

	private static Set<String> ids(List<ExportedSpan> spans) {
		return spans.stream().map(ExportedSpan::spanId).collect(Collectors.toSet());
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
