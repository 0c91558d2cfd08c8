package cn.jianwu.hall.feedback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.publication.MessageRows;
import cn.jianwu.hall.publication.TestApi;
import cn.jianwu.testsupport.TestStaffTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's item page lists the feedback on the item: summaries, newest first, the
 * caller's department's (the office sees every department's), never the text.
 */
class ItemFeedbackIT extends HallIntegrationTest {

	@Test
	void listsTheFeedbackOnAnItemForItsDepartment() {
		UUID item = UUID.randomUUID();
		Instant now = Instant.now();
		MessageRows.Row older = MessageRows.message("IT-FB-", MessageKind.ITEM_FEEDBACK, MessageStatus.ASSIGNED)
			.item(item)
			.department("公诉部")
			.subject("公开信息中的日期有误")
			.body("第二段的日期应为11月3日，我的电话13812345678。")
			.received(now.minus(2, ChronoUnit.HOURS))
			.insert(this.jdbc);
		MessageRows.Row newer = MessageRows.message("IT-FB-", MessageKind.ITEM_FEEDBACK, MessageStatus.ANSWERED)
			.item(item)
			.department("公诉部")
			.received(now.minus(1, ChronoUnit.HOURS))
			.answered("已修订。", now)
			.insert(this.jdbc);
		MessageRows.Row elsewhere = MessageRows.message("IT-FB-", MessageKind.ITEM_FEEDBACK, MessageStatus.ASSIGNED)
			.item(item)
			.department("案件管理部")
			.insert(this.jdbc);
		MessageRows.message("IT-FB-", MessageKind.ITEM_FEEDBACK, MessageStatus.ASSIGNED)
			.item(UUID.randomUUID())
			.department("公诉部")
			.insert(this.jdbc);
		TestApi api = new TestApi(this.port);
		String path = "/api/hall/staff/items/" + item + "/feedback";

		TestApi.Response clerk = api.send("GET", path, TestStaffTokens.token("clerk2", "李书记员", "公诉部", "CLERK"), null);
		TestApi.Response office = api.send("GET", path + "?size=2",
				TestStaffTokens.token("office1", "赵分办", "办公室", "HALL_OFFICER"), null);

		assertThat(clerk.status()).as(clerk.body()).isEqualTo(200);
		assertThat(clerk.<List<String>>read("$.items[*].id")).containsExactly(newer.id().toString(),
				older.id().toString());
		assertThat(clerk.<List<String>>read("$.items[*].subject")).contains("公开信息中的日期有误");
		assertThat(clerk.<List<String>>read("$.items[*].due")).containsExactly("CLOSED", "ON_TIME");
		assertThat(clerk.body()).doesNotContain("13812345678", "第二段的日期");
		assertThat(office.<Integer>read("$.total")).isEqualTo(3);
		assertThat(office.<List<String>>read("$.items[*].id")).hasSize(2)
			.doesNotContain(older.id().toString())
			.contains(elsewhere.id().toString());
		assertThat(api.get(path).status()).isEqualTo(401);
	}

}
