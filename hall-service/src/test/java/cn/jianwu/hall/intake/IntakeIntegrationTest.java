package cn.jianwu.hall.intake;

import java.util.UUID;

import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.hashing.HallHash;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service with disclosure-service simulated (one context for the intake and
 * lookup tests), and a writer's client.
 */
public abstract class IntakeIntegrationTest extends HallIntegrationTest {

	@Autowired
	protected HallHash hash;

	protected WriterClient writer;

	@DynamicPropertySource
	static void disclosure(DynamicPropertyRegistry registry) {
		registry.add("jianwu.hall.disclosure-url", DisclosureSimulator::url);
		// each test publishes and withdraws items of its own at once
		registry.add("jianwu.hall.disclosure-client.public-item-cache", () -> "0s");
	}

	@org.junit.jupiter.api.BeforeEach
	void writerClient() {
		this.writer = new WriterClient(this.port);
	}

	/** The message a receipt's tracking code names. */
	protected UUID messageId(String trackingCode) {
		return this.jdbc.queryForObject("SELECT id FROM message WHERE tracking_hash = ?", UUID.class,
				this.hash.trackingCode(trackingCode));
	}

}
