package cn.jianwu.channel.wechat.publish;

import java.time.Instant;
import java.util.List;

import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import me.chanjar.weixin.mp.bean.draft.WxMpDraftArticles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleComposerTest {

	private final ArticleComposer composer = new ArticleComposer();

	@Test
	void carriesTheBodyAsEscapedParagraphsAndLinksThePortal() {
		WxMpDraftArticles article = this.composer.compose(item(
				"<p>第一段<b>加粗</b>文字。</p><ul><li>一</li><li>二</li></ul>"
						+ "<p>含有 &lt;script&gt;alert(1)&lt;/script&gt; 的文字<br>换行后</p>",
				"https://example.gov.cn/items/1"), "THUMB");
		assertThat(article.getTitle()).isEqualTo("关于开展检察开放日活动的公告");
		assertThat(article.getAuthor()).isEqualTo("办公室");
		assertThat(article.getDigest()).isEqualTo("检察开放日活动安排");
		assertThat(article.getThumbMediaId()).isEqualTo("THUMB");
		assertThat(article.getContentSourceUrl()).isEqualTo("https://example.gov.cn/items/1");
		assertThat(article.getContent()).isEqualTo(
				"<p>第一段加粗文字。</p><p>一</p><p>二</p>" + "<p>含有 &lt;script&gt;alert(1)&lt;/script&gt; 的文字</p><p>换行后</p>"
						+ "<p>原文链接：<a href=\"https://example.gov.cn/items/1\">https://example.gov.cn/items/1</a></p>");
	}

	@Test
	void leavesOutLinksThatAreNotWebAddresses() {
		WxMpDraftArticles article = this.composer.compose(item("<p>正文</p>", "javascript:alert(1)"), "THUMB");
		assertThat(article.getContentSourceUrl()).isNull();
		assertThat(article.getContent()).isEqualTo("<p>正文</p>");
	}

	@Test
	void cutsLongFieldsToWechatsLimits() {
		assertThat(ArticleComposer.limit("一".repeat(200), ArticleComposer.DIGEST_LIMIT))
			.hasSize(ArticleComposer.DIGEST_LIMIT)
			.endsWith("…");
		String body = ("<p>" + "文".repeat(1000) + "</p>").repeat(40);
		String content = ArticleComposer.content(body, "https://example.gov.cn/items/1");
		assertThat(content.length()).isLessThan(20_000);
		assertThat(content).contains(ArticleComposer.CUT_SHORT).endsWith("</a></p>");
	}

	@Test
	void aPublishedJobIsDeliveredAsItsArticleAndAFailureTellsStaffWhy() {
		assertThat(new PublishResult("P1", 0, "ART", "https://mp.weixin.qq.com/s/x").outcome())
			.isEqualTo(new DeliveryOutcome.Delivered("ART", null));
		assertThat(new PublishResult("P1", 4, null, null).outcome()).isInstanceOf(DeliveryOutcome.NeedsStaff.class)
			.extracting(DeliveryOutcome::note)
			.asString()
			.contains("审核未通过");
		assertThat(new PublishResult("P1", 1, null, null).pending()).isTrue();
	}

	private static DisclosurePublished item(String body, String portalUrl) {
		return new DisclosurePublished("item-1", 1, Category.GOVERNMENT_AFFAIRS, null, "关于开展检察开放日活动的公告", "检察开放日活动安排",
				body, "办公室", Visibility.PUBLIC, List.of(Channel.WECHAT), Instant.now(), portalUrl, List.of());
	}

}
