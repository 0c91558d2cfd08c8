package cn.jianwu.portal.feed;

import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.ChangeKind;
import cn.jianwu.disclosure.api.publication.PublicChange;
import cn.jianwu.events.Category;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AtomFeedTest {

	private static final String ID = "9a000000-0000-4000-8000-000000000003";

	private static final Instant FIRST = Instant.parse("2026-10-09T02:00:00Z");

	private static final Instant SECOND = Instant.parse("2026-11-20T02:00:00Z");

	private static final Instant WITHDRAWN = Instant.parse("2026-12-01T08:00:00Z");

	private final AtomFeed atom = new AtomFeed("https://www.example.gov.cn", "www.example.gov.cn", "测试区人民检察院");

	@Test
	void everyChangeIsAnEntryNewestFirstRevisionsAndWithdrawalsMarked() throws Exception {
		SyndFeed feed = parse(this.atom.write("categories/government-affairs/guide", "测试区人民检察院 · 检察政务信息 · 办事指南",
				"/categories/government-affairs/guide", "/categories/government-affairs/guide/feed.atom",
				List.of(new PublicChange(ID, 2, ChangeKind.WITHDRAWN, WITHDRAWN, "控告申诉办事指南（修订）", "撤回前的摘要",
						Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, "控告申诉检察部", "已由新版指南取代。"),
						new PublicChange(ID, 2, ChangeKind.REVISED, SECOND, "控告申诉办事指南（修订）", "来访须知。",
								Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, "控告申诉检察部", "更正了办理时限的表述。"),
						new PublicChange(ID, 1, ChangeKind.PUBLISHED, FIRST, "控告申诉办事指南", "来访须知。",
								Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, "控告申诉检察部", null))));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getUri()).isEqualTo("tag:www.example.gov.cn,2026:categories/government-affairs/guide");
		assertThat(feed.getTitle()).isEqualTo("测试区人民检察院 · 检察政务信息 · 办事指南");
		assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
			.containsExactlyInAnyOrder(
					tuple("alternate", "https://www.example.gov.cn/categories/government-affairs/guide"),
					tuple("self", "https://www.example.gov.cn/categories/government-affairs/guide/feed.atom"));
		assertThat(feed.getPublishedDate()).as("the feed's updated: its newest change").isEqualTo(Date.from(WITHDRAWN));
		assertThat(feed.getAuthors()).extracting((author) -> author.getName()).containsExactly("测试区人民检察院");

		List<SyndEntry> entries = feed.getEntries();
		assertThat(entries).extracting(SyndEntry::getTitle)
			.containsExactly("【撤回】控告申诉办事指南（修订）", "【修订】控告申诉办事指南（修订）", "控告申诉办事指南");
		assertThat(entries).extracting(SyndEntry::getUri)
			.containsExactly("tag:www.example.gov.cn,2026:items/" + ID + "/withdrawn",
					"tag:www.example.gov.cn,2026:items/" + ID + "/revisions/2",
					"tag:www.example.gov.cn,2026:items/" + ID + "/revisions/1");
		assertThat(entries).extracting(SyndEntry::getLink).containsOnly("https://www.example.gov.cn/items/" + ID);
		assertThat(entries).extracting(SyndEntry::getUpdatedDate)
			.containsExactly(Date.from(WITHDRAWN), Date.from(SECOND), Date.from(FIRST));

		SyndEntry withdrawal = entries.get(0);
		assertThat(withdrawal.getDescription().getValue()).isEqualTo("撤回理由：已由新版指南取代。");
		assertThat(withdrawal.getContents()).as("no text of a withdrawn item").isEmpty();
		assertThat(feed.toString()).doesNotContain("撤回前的摘要");
		assertThat(entries.get(1).getDescription().getValue()).isEqualTo("修订说明：更正了办理时限的表述。\n来访须知。");
		assertThat(entries.get(2).getDescription().getValue()).isEqualTo("来访须知。");
		assertThat(entries.get(2).getCategories()).extracting((category) -> category.getName())
			.containsExactly("GOVERNMENT_AFFAIRS", "GUIDE");
	}

	@Test
	void anEmptyFeedIsStillAValidFeed() throws Exception {
		SyndFeed feed = parse(this.atom.write("feed", "最新公开", "/", "/feed.atom", List.of()));
		assertThat(feed.getEntries()).isEmpty();
		assertThat(feed.getUri()).isEqualTo("tag:www.example.gov.cn,2026:feed");
	}

	private static SyndFeed parse(String xml) throws Exception {
		return new SyndFeedInput().build(new StringReader(xml));
	}

}
