package cn.jianwu.hall.demo;

import java.time.Clock;
import java.util.List;

import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.calendar.AnswerClock;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.hall.intake.IntakeIntegrationTest;
import cn.jianwu.hall.intake.IntakeService;
import cn.jianwu.hall.intake.WriterClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo messages, run in the shared test context (a context of their own with
 * {@code jianwu.demo.enabled} would cost more than the check).
 */
class DemoMessagesIT extends IntakeIntegrationTest {

	@Autowired
	private IntakeService intake;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	private HandlingAudit audit;

	@Autowired
	private AnswerClock answerClock;

	@Autowired
	private HallDepartments departments;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Clock clock;

	@Test
	void demoMessagesCoverEveryStatusOnceAndTheFixedCodesShowTheAnswer() {
		DemoMessages demo = new DemoMessages(this.intake, this.jdbcClient, this.audit, this.answerClock,
				this.departments, this.hash, this.transactions, this.clock);
		demo.run(new DefaultApplicationArguments());
		demo.run(new DefaultApplicationArguments());

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM message WHERE tracking_hash = ?", Integer.class,
				this.hash.trackingCode("202600000001")))
			.isEqualTo(1);
		List<String> statuses = this.jdbc.queryForList("SELECT status FROM message WHERE subject IN ('如何申请国家司法救助', "
				+ "'对不起诉决定不服', '司法救助申请问题', '小区门口违章停车问题', '举报某单位工作人员违规收费', '申请监督看守所羁押期限', "
				+ "'反映案件久拖未决', '建议开通周末预约接待', '公开的起诉书中地址未完全隐去')", String.class);
		assertThat(statuses).hasSize(9)
			.contains("RECEIVED", "ASSIGNED", "ACKNOWLEDGED", "PENDING_APPROVAL", "ANSWERED", "MERGED", "REFERRED");
		assertThat(this.audit.verify().intact()).isTrue();
		WriterClient.Response lookup = this.writer.lookup(WriterClient.newClient(), "202600000001", "123456");
		assertThat(lookup.status()).isEqualTo(200);
		assertThat(lookup.text("status")).isEqualTo("ANSWERED");
		assertThat(lookup.text("answer")).contains("国家司法救助");
	}

}
