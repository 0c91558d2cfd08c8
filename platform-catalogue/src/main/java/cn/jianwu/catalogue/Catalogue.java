package cn.jianwu.catalogue;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.jianwu.events.Topics;

/**
 * What the platform consists of: its services with their ports, schemas and topics, and
 * the servers it runs on. The one place these facts are written down: the local launcher
 * and the system tests read it, and manifest-checks compares compose, the Kubernetes
 * manifests and the topic script against it. Adding a service (a channel adapter) means
 * adding its entry here.
 */
public final class Catalogue {

	/** The services, in the order they are listed, started and shown. */
	public static final List<PlatformService> SERVICES = List.of(
			PlatformService.of("gateway", 8080, Exposure.PUBLIC_ENTRY),
			PlatformService.of("disclosure-service", 8081, Exposure.INTERNAL)
				.withSchema("disclosure")
				.consuming(Topics.CHANNEL_DELIVERIES)
				.publishing(Topics.DISCLOSURE_EVENTS, Topics.DISCLOSURE_WORKFLOW),
			PlatformService.of("case-query-service", 8082, Exposure.INTERNAL)
				.withSchema("casequery")
				.publishing(Topics.CASE_PROGRESS, Topics.CASE_QUERIES),
			PlatformService.of("search-service", 8083, Exposure.INTERNAL)
				.consuming(Topics.DISCLOSURE_EVENTS)
				.publishing(Topics.CHANNEL_DELIVERIES),
			PlatformService.of("channel-weibo", 8084, Exposure.INTERNAL)
				.withSchema("channel_weibo")
				.consuming(Topics.DISCLOSURE_EVENTS)
				.publishing(Topics.CHANNEL_DELIVERIES)
				.asChannelAdapter(new SimulatedApi("weibo-simulator", "weibo", 8091, "WEIBO_ACCESS_TOKEN",
						"cn.jianwu.simulators.weibo.WeiboAccount", "WEIBO_API_BASE_URL",
						Map.of("WEIBO_ACCESS_TOKEN", "local-simulated-token", "WEIBO_SAFE_DOMAIN", "localhost"))),
			PlatformService.of("channel-wechat", 8085, Exposure.INTERNAL)
				.withSchema("channel_wechat")
				.consuming(Topics.DISCLOSURE_EVENTS, Topics.CASE_PROGRESS, Topics.HALL_EVENTS)
				.publishing(Topics.CHANNEL_DELIVERIES, Topics.WECHAT_ACTIVITY)
				.asChannelAdapter(new SimulatedApi("wechat-simulator", "wechat", 8092, "WECHAT_APP_ID",
						"cn.jianwu.simulators.wechat.WechatAccount", "WECHAT_API_BASE_URL",
						// progress notices go to the simulator's message/template/send;
						// it
						// cannot call back with PUBLISHJOBFINISH, so results are asked
						// for soon
						Map.of("WECHAT_APP_ID", "wx0000000000local", "WECHAT_APP_SECRET", "local-simulated-secret",
								"WECHAT_TOKEN", "local-callback-token", "WECHAT_PROGRESS_TEMPLATE_ID",
								"local-case-progress-template", "WECHAT_APPOINTMENT_TEMPLATE_ID",
								"local-appointment-template", "JIANWU_CHANNEL_AWAITING_CHECK_AFTER", "3s",
								"JIANWU_CHANNEL_SWEEP_INTERVAL", "1s"))),
			PlatformService.of("channel-bulletin", 8086, Exposure.LAN_ONLY)
				.withSchema("channel_bulletin")
				.consuming(Topics.DISCLOSURE_EVENTS, Topics.HALL_EVENTS)
				.publishing(Topics.CHANNEL_DELIVERIES)
				.asChannelAdapter(null),
			PlatformService.of("portal", 8087, Exposure.INTERNAL),
			PlatformService.of("hall-service", 8088, Exposure.INTERNAL)
				.withSchema("hall")
				.publishing(Topics.HALL_EVENTS),
			// A read model of every topic (never of other services' tables); it drafts
			// the annual report
			// through disclosure-service's API.
			PlatformService.of("report-service", 8089, Exposure.INTERNAL)
				.withSchema("reports")
				.consuming(Topics.DISCLOSURE_EVENTS, Topics.DISCLOSURE_WORKFLOW, Topics.CHANNEL_DELIVERIES,
						Topics.CASE_PROGRESS, Topics.CASE_QUERIES, Topics.HALL_EVENTS, Topics.WECHAT_ACTIVITY));

	/**
	 * Partitions of each platform topic: up to six instances of a consumer share it (the
	 * services declare at least 3, and Kafka would otherwise add partitions and move
	 * keys).
	 */
	public static final int TOPIC_PARTITIONS = 6;

	public static final int DEAD_LETTER_PARTITIONS = 3;

	/**
	 * Platform topics keep every event ({@code retention.ms=-1}): report-service rebuilds
	 * its read model from offset 0 (docs/reports.md "Replay"), and its reports look back
	 * years. A year is small (thousands of items, a few hundred thousand queries).
	 */
	public static final long TOPIC_RETENTION_MS = -1;

	/** Dead letters wait for an operator: kept four weeks. */
	public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(28);

	private Catalogue() {
	}

	public static Optional<PlatformService> service(String name) {
		return SERVICES.stream().filter((service) -> service.name().equals(name)).findFirst();
	}

	/** The platform's topics: every topic a service publishes or consumes. */
	public static Set<String> topics() {
		Set<String> topics = new LinkedHashSet<>();
		for (PlatformService service : SERVICES) {
			topics.addAll(service.publishes());
			topics.addAll(service.consumes());
		}
		return Collections.unmodifiableSet(topics);
	}

	/** Every consumer's dead-letter topic ({@code <topic>.<consumer group>.dlt}). */
	public static Set<String> deadLetterTopics() {
		Set<String> topics = new LinkedHashSet<>();
		SERVICES.forEach((service) -> topics.addAll(service.deadLetterTopics()));
		return Collections.unmodifiableSet(topics);
	}

	/** The services that publish the topic. */
	public static List<String> publishers(String topic) {
		return SERVICES.stream()
			.filter((service) -> service.publishes().contains(topic))
			.map(PlatformService::name)
			.toList();
	}

	/** The services that consume the topic, each as a consumer group of its own. */
	public static List<String> consumers(String topic) {
		return SERVICES.stream()
			.filter((service) -> service.consumes().contains(topic))
			.map(PlatformService::name)
			.toList();
	}

	/** The third-party APIs a local run plays when no real credentials are set. */
	public static List<SimulatedApi> simulatedApis() {
		return SERVICES.stream()
			.filter((service) -> service.simulatedApi() != null)
			.map(PlatformService::simulatedApi)
			.toList();
	}

}
