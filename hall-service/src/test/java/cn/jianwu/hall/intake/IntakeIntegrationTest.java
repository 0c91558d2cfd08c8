package cn.jianwu.hall.intake;

import java.util.UUID;

import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.hashing.HallHash;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running service (disclosure-service simulated at its HTTP boundary, as for every
 * hall test), and a writer's client.
 */
public abstract class IntakeIntegrationTest extends HallIntegrationTest {

	@Autowired
	protected HallHash hash;

	protected WriterClient writer;

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
