package cn.jianwu.testsupport.docs;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import cn.jianwu.events.DeadLetterHeaders;
import cn.jianwu.events.EventCodec;
import cn.jianwu.events.EventExamples;
import cn.jianwu.events.EventType;
import cn.jianwu.events.Topics;
import com.fasterxml.jackson.annotation.JsonValue;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AsyncAPI 3.0 description of the platform's topics, made from the contract itself:
 * the topics of {@link Topics}, the types of {@link EventType} with their payload records
 * and example payloads, and the dead-letter naming rule. Only the prose is written here.
 */
final class AsyncApiDocument {

	/** What each topic carries, in the words of {@link Topics}. */
	private static final Map<String, String> TOPICS = Map.of(Topics.DISCLOSURE_EVENTS,
			"Published, revised, withdrawn and redeliver events of disclosure items, written by disclosure-service "
					+ "through its outbox and read by search-service, every channel adapter and report-service.",
			Topics.CHANNEL_DELIVERIES,
			"One report per (item, revision, channel, attempt): the per-channel proof of delivery staff see, "
					+ "written by search-service and the channel adapters from their ledgers, read by disclosure-service "
					+ "and report-service.",
			Topics.CASE_PROGRESS,
			"A case's procedural stage changed, or a query code of the case locked repeatedly: written by "
					+ "case-query-service through its outbox, keyed by case number, read by channel-wechat for progress "
					+ "and lock-out notices and by report-service (progress only).",
			Topics.HALL_EVENTS,
			"What the public submitted to the online service hall and what became of it, and the working-day "
					+ "calendar, written by hall-service through its outbox: ids, kinds and times only, never a writer "
					+ "or a message's text. Read by channel-wechat, which sends the answer of a message written on "
					+ "WeChat, channel-bulletin (the hall screens' agenda) and report-service.",
			Topics.DISCLOSURE_WORKFLOW,
			"Every workflow step of every item, written by disclosure-service through its outbox; staff-internal, "
					+ "read by report-service only (approval times, rejections, refusals).",
			Topics.CASE_QUERIES,
			"One event per audited procedural query (public and desk), written by case-query-service off the "
					+ "request thread, best effort: channel and outcome only, never a code, a case or a person. Read by "
					+ "report-service for the case-management figures.",
			Topics.WECHAT_ACTIVITY,
			"channel-wechat's bindings and template-message notices, counted best effort: no follower, case or "
					+ "booking. Read by report-service for the case-management figures.");

	/** What each event says, in the words of its payload record. */
	private static final Map<EventType, String> SUMMARIES = Map.ofEntries(Map.entry(EventType.DISCLOSURE_PUBLISHED,
			"An approved item went public. The body is already redacted: no consumer ever sees the unredacted text."),
			Map.entry(EventType.DISCLOSURE_REVISED,
					"A new revision of a published item was approved and replaces replacesRevision on every channel."),
			Map.entry(EventType.DISCLOSURE_WITHDRAWN,
					"A published item was withdrawn and must be retracted from every channel."),
			Map.entry(EventType.REDELIVERY_REQUESTED, "Staff asked one channel to deliver an item's revision again."),
			Map.entry(EventType.CHANNEL_DELIVERY_REPORTED,
					"What happened when a channel handled an item's revision (externalRef: the channel's own reference; "
							+ "reason: why it failed or was skipped, in words staff can act on)."),
			Map.entry(EventType.CASE_PROGRESSED,
					"A case reached a new procedural stage; it feeds notifications to authorised persons."),
			Map.entry(EventType.QUERY_CODE_LOCKED,
					"A query credential's code was locked a second or later time within the escalation window, or until "
							+ "the desk re-issues it; channel-wechat tells the user bound with that credential. Never the code."),
			Map.entry(EventType.HALL_MESSAGE_RECEIVED, "The online service hall committed a message from the public."),
			Map.entry(EventType.HALL_MESSAGE_ACKNOWLEDGED,
					"A message's procedural answer was sent; channel-wechat fetches it for a WeChat writer from hall-service."),
			Map.entry(EventType.HALL_MESSAGE_ANSWERED,
					"A message's answer was approved; channel-wechat fetches the answer for a WeChat writer from hall-service."),
			Map.entry(EventType.HALL_CALL_CLOSED, "An open call for opinions stopped taking responses."),
			Map.entry(EventType.HALL_APPOINTMENT_BOOKED,
					"Someone booked an appointment or signed up for an activity (ids, slot and state only)."),
			Map.entry(EventType.HALL_APPOINTMENT_CANCELLED, "A booking was cancelled and its place is free again."),
			Map.entry(EventType.HALL_APPOINTMENT_NOTICE_DUE,
					"A person who booked is to be told something; channel-wechat fetches the words from hall-service."),
			Map.entry(EventType.HALL_AGENDA_CHANGED,
					"The hall's reception agenda of a day changed; the hall screens fetch it again from hall-service."),
			Map.entry(EventType.HALL_CALENDAR_PUBLISHED,
					"A year of the working-day calendar was entered or changed (or published once at start): the "
							+ "weekdays off and the weekend days worked, for every service that counts working days."),
			Map.entry(EventType.DISCLOSURE_STEP_RECORDED,
					"A workflow step of an item's audit trail: who (role and department) did what, from which status "
							+ "to which, and when; a comment only for rejections, refusals and withdrawals."),
			Map.entry(EventType.CASE_QUERIED,
					"A procedural query was answered or refused: its channel, its outcome and whether it locked a code."),
			Map.entry(EventType.WECHAT_ACTIVITY_RECORDED,
					"A follower bound or unbound a case credential or bound a booking, or a notice was sent or failed."));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> schemas = new TreeMap<>();

	/** The document as YAML, in a stable order. */
	String yaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setAllowUnicode(true);
		options.setWidth(120);
		options.setSplitLines(true);
		options.setDereferenceAliases(true);
		return "# Generated from platform-events by AsyncApiDocumentTest; do not edit by hand.\n"
				+ "# Rewrite it with: " + AsyncApiDocumentTest.UPDATE_COMMAND + "\n"
				+ new Yaml(options).dump(document());
	}

	private Map<String, Object> document() {
		Map<String, Object> messages = new LinkedHashMap<>();
		for (EventType type : EventType.values()) {
			messages.put(messageName(type), message(type));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("asyncapi", "3.0.0");
		document.put("info", info());
		document.put("defaultContentType", EventCodec.JSON);
		document.put("servers", ordered("local", server()));
		document.put("channels", channels());
		Map<String, Object> components = new LinkedHashMap<>();
		components.put("messages", messages);
		components.put("schemas", this.schemas);
		document.put("components", components);
		return document;
	}

	private static Map<String, Object> info() {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("title", "Sunshine Procuratorate Platform events");
		info.put("version", "v1");
		info.put("description",
				"""
						The Kafka topics the services share (docs/architecture.md, "Events"). \
						Every record is a CloudEvents 1.0 event in Kafka binary mode: the envelope in ce_* headers, the payload \
						as JSON in the record value, the aggregate id (item id or case number) as the record key, so that one \
						aggregate's events stay in order on one partition. Java class names never travel; consumers ignore \
						fields they do not know, so producers may add fields. Delivery is at least once: producers write \
						through an outbox, consumers are idempotent. The examples are the canonical payloads of \
						platform-events (cn/jianwu/events/examples/), which producer and consumer tests both read.""");
		return info;
	}

	private static Map<String, Object> server() {
		Map<String, Object> server = new LinkedHashMap<>();
		server.put("host", "127.0.0.1:9092");
		server.put("protocol", "kafka");
		server.put("description", "The local run (deploy/local/run.sh); elsewhere the address in KAFKA_BOOTSTRAP.");
		return server;
	}

	private Map<String, Object> channels() {
		Map<String, Object> channels = new LinkedHashMap<>();
		List<String> topics = topics();
		for (String topic : topics) {
			Map<String, Object> channel = new LinkedHashMap<>();
			channel.put("address", topic);
			if (TOPICS.containsKey(topic)) {
				channel.put("description", TOPICS.get(topic));
			}
			Map<String, Object> messages = new LinkedHashMap<>();
			Arrays.stream(EventType.values())
				.filter((type) -> type.topic().equals(topic))
				.forEach((type) -> messages.put(messageName(type), reference("messages", messageName(type))));
			channel.put("messages", messages);
			channels.put(topic, channel);
		}
		channels.put("deadLetters", deadLetters(topics));
		return channels;
	}

	private static Map<String, Object> deadLetters(List<String> topics) {
		String address = Topics.deadLetter("{topic}", "{consumer}");
		Map<String, Object> channel = new LinkedHashMap<>();
		channel.put("address", address);
		channel.put("description", """
				Each consumer group has its own dead-letter topic, %s, so that an operator can replay one \
				consumer's failures without re-feeding the others (deploy/local/run.sh dead-letters). A record that \
				failed its bounded retries, or can never be handled, arrives exactly as it was read, with Spring \
				Kafka's kafka_dlt-* headers (original topic, partition, offset, exception). A channel adapter's \
				failed delivery also carries %s (the reason staff saw) and %s (item@revision/channel/operation). \
				A replayed record goes back to the original topic with %s naming the one consumer group that \
				handles it; every other group skips it.""".formatted(address, DeadLetterHeaders.REASON,
				DeadLetterHeaders.DELIVERY, DeadLetterHeaders.REPLAY_FOR));
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("topic", ordered("enum", topics, "description", "The topic the record was read from."));
		parameters.put("consumer", ordered("description",
				"The consumer group that failed it: the service's name (spring.application.name), e.g. search-service."));
		channel.put("parameters", parameters);
		Map<String, Object> messages = new LinkedHashMap<>();
		for (EventType type : EventType.values()) {
			messages.put(messageName(type), reference("messages", messageName(type)));
		}
		channel.put("messages", messages);
		return channel;
	}

	/** Every topic constant of {@link Topics}, in declaration order. */
	static List<String> topics() {
		List<String> topics = new ArrayList<>();
		for (Field field : Topics.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					topics.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return topics;
	}

	private Map<String, Object> message(EventType type) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("name", type.ceType());
		message.put("title", type.payloadType().getSimpleName());
		if (SUMMARIES.containsKey(type)) {
			message.put("summary", SUMMARIES.get(type));
		}
		message.put("contentType", EventCodec.JSON);
		message.put("headers", headers(type));
		message.put("payload", schema(type.payloadType()));
		message.put("bindings", ordered("kafka", ordered("key", ordered("type", "string", "description",
				"The aggregate id (item id or case number), as in ce_subject."))));
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("name", type.ceType());
		example.put("payload", JSON.readValue(EventExamples.json(type), LinkedHashMap.class));
		message.put("examples", List.of(example));
		return message;
	}

	private static Map<String, Object> headers(EventType type) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("ce_specversion", ordered("type", "string", "const", "1.0"));
		properties.put("ce_id", ordered("type", "string", "description",
				"Derived from the type and the payload: a copy sent again carries the same id."));
		properties.put("ce_source",
				ordered("type", "string", "description", "The producing service, e.g. /jianwu/disclosure-service."));
		properties.put("ce_type", ordered("type", "string", "const", type.ceType()));
		properties.put("ce_subject", ordered("type", "string", "description", "The aggregate id, as the record key."));
		properties.put("ce_time", ordered("type", "string", "format", "date-time"));
		properties.put("content-type", ordered("type", "string", "const", EventCodec.JSON));
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put("type", "object");
		headers.put("required", List.copyOf(properties.keySet()));
		headers.put("properties", properties);
		return headers;
	}

	/** The JSON schema of a payload type, with records and enums kept as components. */
	private Object schema(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			Map<String, Object> array = new LinkedHashMap<>();
			array.put("type", "array");
			array.put("items", schema(parameterized.getActualTypeArguments()[0]));
			return array;
		}
		Class<?> raw = (Class<?>) type;
		if (raw == String.class) {
			return ordered("type", "string");
		}
		if (raw == int.class || raw == Integer.class) {
			return ordered("type", "integer", "format", "int32");
		}
		if (raw == long.class || raw == Long.class) {
			return ordered("type", "integer", "format", "int64");
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return ordered("type", "boolean");
		}
		if (raw == Instant.class) {
			return ordered("type", "string", "format", "date-time");
		}
		if (raw == LocalDate.class) {
			return ordered("type", "string", "format", "date");
		}
		if (raw == UUID.class) {
			return ordered("type", "string", "format", "uuid");
		}
		if (raw.isEnum()) {
			this.schemas.computeIfAbsent(raw.getSimpleName(), (name) -> enumSchema(raw));
			return reference("schemas", raw.getSimpleName());
		}
		if (raw.isRecord()) {
			if (!this.schemas.containsKey(raw.getSimpleName())) {
				// a placeholder while its components are described, for records that
				// contain themselves
				this.schemas.put(raw.getSimpleName(), ordered());
				this.schemas.put(raw.getSimpleName(), recordSchema(raw));
			}
			return reference("schemas", raw.getSimpleName());
		}
		throw new IllegalStateException("No JSON schema for " + raw.getName() + ": teach AsyncApiDocument.schema it");
	}

	private Map<String, Object> recordSchema(Class<?> record) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			properties.put(component.getName(), schema(component.getGenericType()));
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "object");
		schema.put("properties", properties);
		return schema;
	}

	/** An enum's values as they travel: its {@link JsonValue} when it has one. */
	private static Map<String, Object> enumSchema(Class<?> type) {
		Method wire = Arrays.stream(type.getMethods())
			.filter((method) -> method.isAnnotationPresent(JsonValue.class))
			.findFirst()
			.orElse(null);
		List<String> values = new ArrayList<>();
		for (Object constant : type.getEnumConstants()) {
			try {
				values.add((wire != null) ? String.valueOf(wire.invoke(constant)) : ((Enum<?>) constant).name());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "string");
		schema.put("enum", values);
		return schema;
	}

	private static String messageName(EventType type) {
		return type.payloadType().getSimpleName();
	}

	private static Map<String, Object> reference(String kind, String name) {
		return ordered("$ref", "#/components/" + kind + "/" + name);
	}

	/**
	 * A map that keeps its keys in the order given: the document must not change between
	 * runs.
	 */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
