package cn.jianwu.hall.activity;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;
import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.platform.institution.InstitutionProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityAnnouncementsTest {

	private final ActivityAnnouncements announcements = new ActivityAnnouncements(
			new ActivityClock(Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC),
					new InstitutionProperties("XX区人民检察院", "12309", ZoneId.of("Asia/Shanghai"))),
			new ActivityProperties(URI.create("https://www.example.gov.cn/")));

	@Test
	void theAnnouncementSaysWhenWhereHowManyAndWhereToSignUp() {
		Activity activity = activity("检察开放日", "参观大厅。\n\n与检察官座谈。", Audience.INVITED);

		ItemRequest item = this.announcements.announcement(activity);

		assertThat(item.title()).isEqualTo("关于举办“检察开放日”的公告");
		assertThat(item.category()).isEqualTo(Category.OTHER);
		assertThat(item.term()).isEqualTo(Term.AD_HOC);
		assertThat(item.visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(item.department()).isEqualTo("办公室");
		assertThat(item.body()).startsWith("<p>参观大厅。</p><p>与检察官座谈。</p>")
			.contains("活动时间：2026年12月15日 09:30 至 2026年12月15日 11:30", "活动地点：本院一楼", "名额30名", "本次活动仅限特邀人员参加",
					"https://www.example.gov.cn/hall/activities/" + activity.id(), "12309", "XX区人民检察院");
	}

	@Test
	void staffTextNeverBecomesMarkup() {
		Activity activity = activity("开放日<script>", "<b>参观</b> & 座谈", Audience.PUBLIC);

		ItemRequest announcement = this.announcements.announcement(activity);
		ItemRequest report = this.announcements.report(activity, "圆满<i>结束</i>");

		assertThat(announcement.body()).contains("&lt;b&gt;参观&lt;/b&gt; &amp; 座谈").doesNotContain("<b>", "仅限特邀人员");
		assertThat(report.title()).isEqualTo("“开放日<script>”活动情况");
		assertThat(report.body()).contains("“开放日&lt;script&gt;”", "<p>圆满&lt;i&gt;结束&lt;/i&gt;</p>")
			.doesNotContain("<script>", "<i>");
	}

	private static Activity activity(String title, String description, Audience audience) {
		return new Activity(UUID.randomUUID(), title, ActivityKind.OPEN_DAY, description, "办公室",
				LocalDateTime.of(2026, 12, 15, 9, 30), LocalDateTime.of(2026, 12, 15, 11, 30), "本院一楼", 30, 0, 0,
				LocalDateTime.of(2026, 12, 8, 9, 0), LocalDateTime.of(2026, 12, 14, 17, 0), audience, null, null, null,
				null, null, null, "office1", Instant.now());
	}

}
