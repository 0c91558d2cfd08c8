package cn.jianwu.reports.archive;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.EventType;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.ingest.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's sealed volume ({@code jianwu.demo.enabled=true} only). A fresh demo has
 * published nothing before today, so last quarter would have no volume to show: this
 * writes a short history of the office's last quarter into the read model — through the
 * same {@link ReadModel} as the topics, marked by {@code demo-} item ids — and seals that
 * quarter. The rows are not on the topics, so a replay of the read model drops them; the
 * sealed volume stays and still verifies. Runs once (skipped when last quarter has a
 * volume).
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoArchive implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoArchive.class);

	private static final URI SOURCE = URI.create("/jianwu/report-service/demo");

	private static final List<String> TITLES = List.of("本院召开检务公开工作推进会", "本院第三季度检察工作情况通报", "本院开展“检察开放日”活动",
			"本院2026年部门预算执行情况说明");

	private final ReadModel readModel;

	private final ArchiveService archives;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final String office;

	DemoArchive(ReadModel readModel, ArchiveService archives, JdbcClient jdbc, InstitutionProperties institution,
			@Value("${jianwu.reports.office-department}") String office) {
		this.readModel = readModel;
		this.archives = archives;
		this.jdbc = jdbc;
		this.zone = institution.zone();
		this.office = office;
	}

	@Override
	public void run(ApplicationArguments args) {
		Quarter quarter = this.archives.pastQuarter();
		boolean sealed = this.jdbc.sql("SELECT count(*) FROM archive_volume WHERE quarter = :quarter")
			.param("quarter", quarter.toString())
			.query(Integer.class)
			.single() > 0;
		if (sealed) {
			log.info("Demo archive skipped: {} has a volume already", quarter);
			return;
		}
		this.readModel.take(history(quarter));
		List<?> volumes = this.archives.sealQuarter(quarter, ArchiveService.SYSTEM);
		log.info("Demo archive: {} volume(s) of {} sealed", volumes.size(), quarter);
	}

	private List<ReceivedEvent> history(Quarter quarter) {
		List<ReceivedEvent> events = new ArrayList<>();
		for (int i = 0; i < TITLES.size(); i++) {
			String itemId = "demo-" + quarter + "-" + (i + 1);
			Instant created = quarter.firstDay()
				.plusDays(10L + 20L * i)
				.atTime(LocalTime.of(9, 30))
				.atZone(this.zone)
				.toInstant();
			Instant published = created.plusSeconds(26 * 3600);
			events.add(received(step(itemId, WorkflowAction.CREATE, "clerk2", "CLERK", null, "DRAFT", created)));
			events.add(received(step(itemId, WorkflowAction.SUBMIT, "clerk2", "CLERK", "DRAFT", "PENDING_REVIEW",
					created.plusSeconds(600))));
			events.add(received(step(itemId, WorkflowAction.APPROVE, "head2", "SECTION_HEAD", "PENDING_REVIEW",
					"PENDING_APPROVAL", created.plusSeconds(7200))));
			events.add(received(step(itemId, WorkflowAction.APPROVE, "leader1", "DIVISION_LEADER", "PENDING_APPROVAL",
					"APPROVED", published)));
			events.add(received(
					step(itemId, WorkflowAction.PUBLISH, "system", "SYSTEM", "APPROVED", "PUBLISHED", published)));
			events.add(received(new DisclosurePublished(itemId, 1, Category.GOVERNMENT_AFFAIRS, null, TITLES.get(i),
					TITLES.get(i) + "（演示数据）", "<p>" + TITLES.get(i) + "。本条为演示数据。</p>", this.office, Visibility.PUBLIC,
					List.of(Channel.values()), published, null, List.of(), null)));
			for (Channel channel : Channel.values()) {
				events.add(received(new ChannelDeliveryReported(itemId, 1, channel, DeliveryStatus.DELIVERED, 1,
						"demo-" + channel.id() + "-" + (i + 1), null, published.plusSeconds(30))));
			}
		}
		return events;
	}

	private DisclosureStepRecorded step(String itemId, WorkflowAction action, String actor, String role, String from,
			String to, Instant at) {
		String actorDepartment = switch (actor) {
			case "system" -> null;
			case "leader1" -> "院领导";
			default -> this.office;
		};
		return new DisclosureStepRecorded(itemId, 1, action, actor, role, actorDepartment, this.office,
				Category.GOVERNMENT_AFFAIRS, null, false, null, from, to, null, at);
	}

	private static ReceivedEvent received(PlatformEvent event) {
		return new ReceivedEvent("demo-" + UUID.randomUUID(), EventType.of(event).ceType(), SOURCE, null, event);
	}

}
