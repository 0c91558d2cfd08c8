package cn.jianwu.hall.publication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.api.message.MessageStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public list: only answered messages whose writers allowed it, latest answer first,
 * redacted, a page at a time; never a writer.
 */
class PublicMessagesIT extends HallIntegrationTest {

	private static final String PREFIX = "IT-PUB-";

	private TestApi api;

	@BeforeEach
	void api() {
		this.api = new TestApi(this.port);
		MessageRows.deleteAll(this.jdbc, PREFIX);
	}

	@AfterEach
	void removeRows() {
		MessageRows.deleteAll(this.jdbc, PREFIX);
	}

	@Test
	void listsOnlyAnsweredMessagesTheWritersAllowedRedactedLatestAnswerFirst() {
		// Answered later than anything else in the table, so that these lead the list.
		Instant soon = Instant.now().plus(1, ChronoUnit.HOURS);
		MessageRows.Row published = MessageRows.message(PREFIX, MessageKind.COMPLAINT, MessageStatus.ANSWERED)
			.subject("王建国的案件为何迟迟没有结果")
			.body("我是王建国的家属，电话13812345678，身份证号〔已隐去的身份证号码〕，想了解案件进展。")
			.answered("经核查，王建国一案已依法移送审查起诉。请张秀英女士携身份证110101199003071234到本院办理，联系电话13912345678。", soon.plusSeconds(2))
			.insert(this.jdbc);
		MessageRows.Row older = MessageRows.message(PREFIX, MessageKind.COMPLAINT, MessageStatus.ANSWERED)
			.answered("已答复。", soon.plusSeconds(1))
			.insert(this.jdbc);
		MessageRows.Row notAllowed = MessageRows.message(PREFIX, MessageKind.COMPLAINT, MessageStatus.ANSWERED)
			.publicOk(false)
			.answered("不公开的答复。", soon.plusSeconds(3))
			.insert(this.jdbc);
		MessageRows.Row pending = MessageRows.message(PREFIX, MessageKind.COMPLAINT, MessageStatus.PENDING_APPROVAL)
			.answered("尚未审核的草稿。", soon.plusSeconds(4))
			.insert(this.jdbc);
		MessageRows.Row merged = MessageRows.message(PREFIX, MessageKind.COMPLAINT, MessageStatus.MERGED)
			.closed(soon.plusSeconds(5))
			.insert(this.jdbc);

		TestApi.Response page = this.api.get("/api/public/messages?kind=COMPLAINT&size=50");

		assertThat(page.status()).as(page.body()).isEqualTo(200);
		List<String> ids = page.read("$.items[*].id");
		assertThat(ids).startsWith(published.id().toString(), older.id().toString())
			.doesNotContain(notAllowed.id().toString(), pending.id().toString(), merged.id().toString());
		for (String id : ids) {
			assertThat(this.jdbc.queryForObject(
					"SELECT status = 'ANSWERED' AND public_ok FROM message WHERE id = ?::uuid", Boolean.class, id))
				.as("listed message %s", id)
				.isTrue();
		}
		assertThat(page.<List<String>>read("$.items[*].kind")).containsOnly("COMPLAINT");
		assertThat(page.<Integer>read("$.page")).isZero();
		assertThat(page.<Integer>read("$.size")).isEqualTo(50);

		Map<String, Object> first = page.read("$.items[0]");
		assertThat(first).containsOnlyKeys("id", "kind", "subject", "question", "answer", "department", "receivedAt",
				"answeredAt");
		assertThat(first.get("subject")).isEqualTo("王某的案件为何迟迟没有结果");
		assertThat((String) first.get("question")).contains("王某的家属").doesNotContain("王建国", "13812345678");
		assertThat((String) first.get("answer")).contains("王某一案", "张某女士")
			.doesNotContain("王建国", "张秀英", "110101199003071234", "13912345678");
		assertThat(first.get("department")).isEqualTo("控告申诉检察部");
		assertThat(page.body()).doesNotContain("王建国", "13812345678", "110101199003071234", "不公开的答复", "尚未审核的草稿");
	}

	@Test
	void pagesThroughTheListAPageAtATime() {
		Instant soon = Instant.now().plus(1, ChronoUnit.HOURS);
		MessageRows.Row newer = MessageRows.message(PREFIX, MessageKind.SUGGESTION, MessageStatus.ANSWERED)
			.answered("感谢建议一。", soon.plusSeconds(2))
			.insert(this.jdbc);
		MessageRows.Row next = MessageRows.message(PREFIX, MessageKind.SUGGESTION, MessageStatus.ANSWERED)
			.answered("感谢建议二。", soon.plusSeconds(1))
			.insert(this.jdbc);

		TestApi.Response first = this.api.get("/api/public/messages?kind=SUGGESTION&page=0&size=1");
		TestApi.Response second = this.api.get("/api/public/messages?kind=SUGGESTION&page=1&size=1");

		assertThat(first.<List<String>>read("$.items[*].id")).containsExactly(newer.id().toString());
		assertThat(second.<List<String>>read("$.items[*].id")).containsExactly(next.id().toString());
		assertThat(second.<Integer>read("$.page")).isEqualTo(1);
		assertThat(second.<Integer>read("$.size")).isEqualTo(1);
		Long answered = this.jdbc.queryForObject(
				"SELECT count(*) FROM message WHERE status = 'ANSWERED' AND public_ok AND kind = 'SUGGESTION'",
				Long.class);
		assertThat(first.<Number>read("$.total").longValue()).isEqualTo(answered).isGreaterThanOrEqualTo(2);
	}

	@Test
	void refusesPagesOutOfRangeAndUnknownKindsWithAProblemInChinese() {
		for (String query : List.of("size=51", "size=0", "page=-1", "page=abc", "kind=GOSSIP")) {
			TestApi.Response refused = this.api.get("/api/public/messages?" + query);
			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.<String>read("$.type")).endsWith("/invalid-parameter");
			assertThat(refused.<String>read("$.title")).isEqualTo("请求参数有误");
			assertThat(refused.body()).doesNotContain("GOSSIP", "Exception");
		}
		assertThat(this.api.get("/api/public/messages?size=51").<String>read("$.detail")).contains("1到50");
	}

}
