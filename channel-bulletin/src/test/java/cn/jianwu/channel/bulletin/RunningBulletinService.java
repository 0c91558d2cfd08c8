package cn.jianwu.channel.bulletin;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.kafka.EventSender;
import cn.jianwu.testsupport.TestInfrastructure;
import cn.jianwu.testsupport.TestStaffTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service running on the real broker and PostgreSQL, shared by the integration tests
 * that extend this class: one application context, so that exactly one delivery listener,
 * one set of dispatchers and one screen hub work on the test database (a second context
 * would take over some of the work, and a screen connected to one would be unknown to the
 * other's screens port). hall-service's agenda is {@link HallAgendaStub}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jianwu.demo.enabled=true", "jianwu.screens.heartbeat=1s", "jianwu.institution.name=测试区人民检察院",
				// StoreReconcileIT reconciles; here it would compare the stores with
				// whatever answers on disclosure-service's address
				"jianwu.bulletin.reconcile.enabled=false" })
public abstract class RunningBulletinService {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfrastructure.postgres(registry);
		TestInfrastructure.kafka(registry);
		TestStaffTokens.register(registry);
		registry.add("jianwu.bulletin.agenda.hall-url", HallAgendaStub::baseUrl);
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected EventSender events;

	protected String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	protected static DisclosurePublished item(String id, int revision, Category category, String title,
			Visibility visibility, List<Channel> channels) {
		return item(id, revision, category, title, visibility, channels, Instant.now());
	}

	protected static DisclosurePublished item(String id, int revision, Category category, String title,
			Visibility visibility, List<Channel> channels, Instant publishedAt) {
		return new DisclosurePublished(id, revision, category, null, title, "摘要：" + title, "<p>正文</p>", "办公室",
				visibility, channels, publishedAt, "http://localhost:8080/items/" + id, List.of());
	}

}
