package cn.jianwu.hall.call;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.institution.InstitutionProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallAnnouncementsTest {

	private final CallAnnouncements announcements = new CallAnnouncements(
			new InstitutionProperties("测试区人民检察院", "12309", ZoneId.of("Asia/Shanghai")),
			new CallProperties(URI.create("https://www.example.cn/")));

	private final OpenCall call = new OpenCall(UUID.fromString("0b6c5a9e-0000-4000-8000-000000000001"), "检务公开工作<改进>",
			"为改进检务公开工作，现公开征集意见。\n\n欢迎提出宝贵意见。", "办公室", List.of("哪些信息最希望公开？"), Instant.parse("2026-12-01T00:00:00Z"),
			Instant.parse("2026-12-31T09:00:00Z"), null, null, null, null, null, "clerk1",
			Instant.parse("2026-11-30T00:00:00Z"), 0);

	@Test
	void theAnnouncementIsAPublicAdHocItemForEveryChannelThatSaysHowToRespond() {
		ItemRequest item = this.announcements.announcement(this.call);
		assertThat(item.title()).isEqualTo("关于就“检务公开工作<改进>”公开征集意见的公告");
		assertThat(item.category()).isEqualTo(Category.OTHER);
		assertThat(item.term()).isEqualTo(Term.AD_HOC);
		assertThat(item.visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(item.channels()).containsExactly(Channel.values());
		assertThat(item.department()).isEqualTo("办公室");
		assertThat(item.body()).contains("<p>为改进检务公开工作，现公开征集意见。</p><p>欢迎提出宝贵意见。</p>")
			.contains("<li>哪些信息最希望公开？</li>")
			.contains("2026年12月1日 08:00 至 2026年12月31日 17:00")
			.contains("https://www.example.cn/hall/calls/0b6c5a9e-0000-4000-8000-000000000001")
			.contains("测试区人民检察院");
	}

	@Test
	void theResultsSayHowManyRespondedWhatTheySaidAndWhatWasAdopted() {
		ItemRequest item = this.announcements.results(this.call, 7, "多数意见希望公开办案流程。", "已采纳：增设办案流程栏目。");
		assertThat(item.title()).isEqualTo("关于“检务公开工作<改进>”意见征集情况的说明");
		assertThat(item.body()).contains("共收到意见7条")
			.contains("检务公开工作&lt;改进&gt;")
			.contains("<p>多数意见希望公开办案流程。</p>")
			.contains("<p>已采纳：增设办案流程栏目。</p>");
	}

}
